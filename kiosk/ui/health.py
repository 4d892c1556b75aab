"""The kiosk's watch on itself: grown past its memory limit (settings.toml, [health]), logging
errors faster than its limit (a fault that repeats at every tap: a broken renderer or file
system), or asked
from outside (`kiosk restart`: the nightly timer, an upgrade), it asks to be restarted, at the
next attract loop, never during a visit. kiosk.ui.app restarts it and records why
(kiosk.services.restarts)."""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from kiosk import system
from kiosk.ui.navigator import Navigator
from kiosk.ui.visit import Visit

log = logging.getLogger(__name__)
CHECK_MS = 60_000
ERROR_WINDOW_S = 3600  # errors are counted over the last hour


class ErrorCount(logging.Handler):
    """The errors the kiosk logged in the last hour (a handler on the root logger)."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self._times: deque[float] = deque()

    def emit(self, record: logging.LogRecord) -> None:
        self._times.append(record.created)

    def last_hour(self) -> int:
        while self._times and self._times[0] < time.time() - ERROR_WINDOW_S:
            self._times.popleft()
        return len(self._times)


class Health(QObject):
    restartWanted = Signal(str)  # why

    def __init__(
        self,
        visit: Visit,
        navigator: Navigator,
        limit_mb: int,
        error_limit: int = 0,
        requested: Callable[[], str | None] = lambda: None,
        parent: QObject | None = None,
        check_ms: int = CHECK_MS,
    ):
        super().__init__(parent)
        self._navigator = navigator
        self._limit_mb = limit_mb
        self._requested = requested  # a restart asked for from outside, with its reason
        self._error_limit = error_limit  # 0: errors never restart the kiosk
        self._errors = ErrorCount()
        logging.getLogger().addHandler(self._errors)
        self.destroyed.connect(lambda: logging.getLogger().removeHandler(self._errors))
        self._reason = ""
        visit.ended.connect(self._between_visits)
        self._timer = QTimer(self)
        self._timer.setInterval(check_ms)
        self._timer.timeout.connect(self._check)
        self._timer.start()

    @Slot()
    def _check(self) -> None:
        if self._reason:
            return
        self._reason = self._requested() or self._memory() or self._too_many_errors()
        if not self._reason:
            return
        log.warning("%s; restarting at the next attract loop", self._reason)
        if self._navigator.current == Navigator.Screen.Attract:
            self._between_visits()

    def _memory(self) -> str:
        resident = system.resident_mb()
        if resident is None or resident <= self._limit_mb:
            return ""
        return f"memory: {resident:.0f} MB resident, above the limit of {self._limit_mb} MB"

    def _too_many_errors(self) -> str:
        count = self._errors.last_hour()
        if not self._error_limit or count <= self._error_limit:
            return ""
        return f"errors: {count} logged in the last hour, above the limit of {self._error_limit}"

    @Slot()
    def _between_visits(self) -> None:
        if self._reason:
            self._timer.stop()
            self.restartWanted.emit(self._reason)
