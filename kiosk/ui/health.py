"""The kiosk's watch on itself: grown past its memory limit (settings.toml, [health]), it asks
to be restarted, at the next attract loop, never during a visit. kiosk.ui.app restarts it and
records why (kiosk.services.restarts)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from kiosk import system
from kiosk.ui.navigator import Navigator
from kiosk.ui.visit import Visit

log = logging.getLogger(__name__)
CHECK_MS = 60_000


class Health(QObject):
    restartWanted = Signal(str)  # why

    def __init__(
        self,
        visit: Visit,
        navigator: Navigator,
        limit_mb: int,
        parent: QObject | None = None,
        check_ms: int = CHECK_MS,
    ):
        super().__init__(parent)
        self._navigator = navigator
        self._limit_mb = limit_mb
        self._reason = ""
        visit.ended.connect(self._between_visits)
        self._timer = QTimer(self)
        self._timer.setInterval(check_ms)
        self._timer.timeout.connect(self._check)
        self._timer.start()

    @Slot()
    def _check(self) -> None:
        resident = system.resident_mb()
        if self._reason or resident is None or resident <= self._limit_mb:
            return
        self._reason = f"memory: {resident:.0f} MB resident, above the limit of {self._limit_mb} MB"
        log.warning("%s; restarting at the next attract loop", self._reason)
        if self._navigator.current == Navigator.Screen.Attract:
            self._between_visits()

    @Slot()
    def _between_visits(self) -> None:
        if self._reason:
            self._timer.stop()
            self.restartWanted.emit(self._reason)
