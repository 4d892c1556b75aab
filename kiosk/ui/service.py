"""The kiosk under systemd (Type=notify, WatchdogSec=): READY=1 once its first frame is drawn,
and WATCHDOG=1 from the GUI thread only while frames are being drawn.

Each tick of the watchdog asks the window for a frame and listens for the next one drawn; the
next tick tells the service manager the kiosk is alive only if it came. A blocked GUI thread
sends nothing (its timer does not fire), nor does a renderer that stopped drawing, and systemd
restarts the kiosk. Python hears of one frame a tick, never of every frame (the GUI thread's
frames stay free of Python). A kiosk not started by systemd sends nothing at all
(kiosk.system.notify_service_manager).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, QTimer, Slot
from PySide6.QtQuick import QQuickWindow

from kiosk import system

log = logging.getLogger(__name__)
ONCE = Qt.ConnectionType.SingleShotConnection


class ServiceNotifier(QObject):
    def __init__(self, window: QQuickWindow, parent: QObject | None = None):
        super().__init__(parent)
        self._window = window
        self._drawn = False  # a frame since the last tick
        self._listening = True
        window.frameSwapped.connect(self._first_frame, ONCE)
        self._timer = QTimer(self)
        interval = system.watchdog_seconds()
        if interval is not None:
            # Twice a period, as sd_watchdog_enabled(3) advises: one late tick is not a restart.
            self._timer.setInterval(max(1, int(interval * 1000 / 2)))
            self._timer.timeout.connect(self._tick)
            self._timer.start()

    @Slot()  # declared: a slot PySide makes on the fly can outlive its object's wrapper
    def _first_frame(self) -> None:
        self._frame()
        if system.notify_service_manager("READY=1", "STATUS=showing the exhibition"):
            log.info("told the service manager the kiosk is ready")

    @Slot()
    def _frame(self) -> None:
        self._drawn, self._listening = True, False

    @Slot()
    def _tick(self) -> None:
        if self._drawn:
            system.notify_service_manager("WATCHDOG=1")
        self._drawn = False
        if not self._listening:
            self._listening = True
            self._window.frameSwapped.connect(self._frame, ONCE)
        self._window.update()  # a frame to draw before the next tick, if the renderer can
