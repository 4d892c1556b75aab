"""The running kiosk's part in a fleet, off the GUI thread: it looks in HOME/inbox now and then
and installs the exhibition bundles that verify (kiosk.services.inbox; the new snapshot is
shown at the next attract loop by kiosk.ui.new_snapshots), and it writes its status for the
staff PC (kiosk.services.fleet). Hashing a bundle of thousands of photos takes a while: one
worker thread does it, and the frames never wait for it."""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from kiosk.services.fleet import write_status
from kiosk.services.home import KioskHome
from kiosk.services.inbox import Inbox

log = logging.getLogger(__name__)
_WORKER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="fleet")
INBOX_EVERY_MS = 30_000
STATUS_EVERY_MS = 5 * 60_000
FIRST_STATUS_MS = 10_000


class InboxWatch(QObject):
    installed = Signal(str)  # the snapshot a bundle brought, now current

    def __init__(self, home: KioskHome, parent: QObject | None = None):
        super().__init__(parent)
        self._inbox = Inbox(home)
        self._busy = False
        self._timer = _every(self, INBOX_EVERY_MS, self.check)

    def check(self) -> None:
        if self._busy:
            return
        self._busy = True
        _WORKER.submit(self._look)

    def stop(self) -> None:
        self._timer.stop()

    def _look(self) -> None:
        """On the worker thread."""
        try:
            for done in self._inbox.check():
                with contextlib.suppress(RuntimeError):  # the kiosk closed meanwhile
                    self.installed.emit(done.snapshot)
        except Exception:  # the inbox is staff's business; the visitors keep their exhibition
            log.exception("the inbox could not be read")
        finally:
            self._busy = False


class StatusWriter(QObject):
    def __init__(
        self,
        home: KioskHome,
        shown: Callable[[], str | None],
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self._home, self._shown, self._started = home, shown, time.time()
        self._timer = _every(self, STATUS_EVERY_MS, self.write)
        # Soon after start, not during it: reading the logs for the day's errors would take
        # the interpreter from the first frames.
        QTimer.singleShot(FIRST_STATUS_MS, self, self.write)

    def write(self) -> None:
        _WORKER.submit(self._write, self._shown())

    def stop(self) -> None:
        self._timer.stop()

    def _write(self, shown: str | None) -> None:
        try:
            write_status(self._home, shown, self._started)
        except Exception as error:  # a full disk: the status is late, the kiosk runs on
            log.warning("status.json not written: %s", error)


def _every(owner: QObject, every_ms: int, action: Callable[[], None]) -> QTimer:
    timer = QTimer(owner, interval=every_ms, timerType=Qt.TimerType.CoarseTimer)
    timer.timeout.connect(action)
    timer.start()
    return timer
