"""The kiosk under systemd (Type=notify, WatchdogSec=): READY=1 once its first frame is drawn,
and WATCHDOG=1 from the GUI thread only while frames are being drawn.

Each tick of the watchdog asks the window for a frame; the next tick tells the service manager
the kiosk is alive only if one was drawn since. A blocked GUI thread sends nothing (its timer
does not fire), nor does a renderer that stopped drawing, and systemd restarts the kiosk. A
kiosk not started by systemd sends nothing at all (kiosk.system.notify_service_manager).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtQuick import QQuickWindow

from kiosk import system

log = logging.getLogger(__name__)


class ServiceNotifier(QObject):
    def __init__(self, window: QQuickWindow, parent: QObject | None = None):
        super().__init__(parent)
        self._window = window
        self._ready = False
        self._frames = 0
        self._timer = QTimer(self)
        window.frameSwapped.connect(self._drawn)
        interval = system.watchdog_seconds()
        if interval is not None:
            # Twice a period, as sd_watchdog_enabled(3) advises: one late tick is not a restart.
            self._timer.setInterval(max(1, int(interval * 1000 / 2)))
            self._timer.timeout.connect(self._tick)
            self._timer.start()

    @Slot()  # declared: a slot PySide makes on the fly can outlive its object's wrapper
    def _drawn(self) -> None:
        self._frames += 1
        if not self._ready:
            self._ready = True
            if system.notify_service_manager("READY=1", "STATUS=showing the exhibition"):
                log.info("told the service manager the kiosk is ready")

    @Slot()
    def _tick(self) -> None:
        if self._frames:
            system.notify_service_manager("WATCHDOG=1")
        self._frames = 0
        self._window.update()  # a frame to draw before the next tick, if the renderer can
