"""Opening hours on screen: outside them the kiosk sleeps (Main.qml draws a black curtain and
hides the attract loop), and a touch only wakes it.

It falls asleep only between visits: when the museum closes, a visit goes on to its end; a
kiosk woken after hours sleeps again when that visit ends, or when nobody began one within
the idle time.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot

from kiosk.content.hours import Hours
from kiosk.ui import backend
from kiosk.ui.navigator import Navigator

log = logging.getLogger(__name__)
CHECK_MS = 30_000  # how late the kiosk may notice opening or closing time


class OpeningHours(QObject):
    changed = Signal()

    def __init__(
        self,
        hours: Hours,
        navigator: Navigator,
        awake_seconds: int,
        clock: Callable[[], datetime] = datetime.now,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self._hours = hours
        self._navigator = navigator
        self._clock = clock
        self._asleep = False
        self._check_timer = QTimer(self, interval=CHECK_MS)
        self._check_timer.timeout.connect(self.check)
        self._awake_timer = QTimer(self, singleShot=True, interval=awake_seconds * 1000)
        self._awake_timer.timeout.connect(self.check)
        navigator.changed.connect(self._awake_timer.stop)  # a visit began: it ends asleep
        self._check_timer.start()
        self.check()

    @staticmethod
    def create(engine):
        return backend.of(engine).hours

    def _get_asleep(self) -> bool:
        return self._asleep

    asleep = Property(bool, _get_asleep, notify=changed)

    @Slot()
    def wake(self) -> None:
        """A touch on the black screen: the attract loop, for the idle time."""
        if self._asleep:
            self._set_asleep(False)
            self._awake_timer.start()

    @Slot()
    def check(self) -> None:
        """Asleep when closed, between visits, and not just woken."""
        between_visits = self._navigator.current == Navigator.Screen.Attract
        just_woken = self._awake_timer.isActive()
        closed = not self._hours.is_open(self._clock())
        self._set_asleep(closed and between_visits and not just_woken)

    def _set_asleep(self, asleep: bool) -> None:
        if asleep != self._asleep:
            self._asleep = asleep
            log.info("%s (%s)", "asleep" if asleep else "awake", self._hours.describe())
            self.changed.emit()
