"""A kiosk stopped by a signal ends as a staff exit does: the open visit closed and the last
counts written, instead of dying in the middle of a batch.

systemd stops the kiosk with SIGTERM (a shutdown at closing time, `systemctl stop`, an
upgrade), and whoever runs it in a terminal with Ctrl+C. Python runs a signal's handler only
between two bytecodes, and a kiosk waiting in Qt's event loop may run none for minutes, so
the signal also writes a byte to a socket that Qt watches (signal.set_wakeup_fd): Qt wakes,
Python runs, and the handler asks the event loop to end.
"""

from __future__ import annotations

import contextlib
import signal
import socket

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier

STOPPING = (signal.SIGTERM, signal.SIGINT)
SAID = {  # why the run ended, as `kiosk doctor` and the staff panel list it
    signal.SIGTERM: "stopped by the system (SIGTERM: a shutdown, systemctl stop)",
    signal.SIGINT: "stopped with Ctrl+C (SIGINT)",
}


class StopOnSignal(QObject):
    """While it lives, SIGTERM and SIGINT end `app.exec()` with 0; `received` says which came.
    A second signal while the kiosk winds down finds the default handler, and ends it at once."""

    def __init__(self, app: QCoreApplication):
        super().__init__(app)
        self.received: int | None = None
        self._app = app
        self._waking, writing = socket.socketpair()
        for end in (self._waking, writing):
            end.setblocking(False)
        self._writing = writing
        self._wakeup_before = signal.set_wakeup_fd(writing.fileno(), warn_on_full_buffer=False)
        self._before = {s: signal.signal(s, self._stop) for s in STOPPING}
        self._notifier = QSocketNotifier(self._waking.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._woken)

    def _stop(self, signum: int, frame: object) -> None:
        self.received = signum
        for s in STOPPING:
            signal.signal(s, signal.SIG_DFL)
        self._app.exit(0)

    def _woken(self) -> None:
        """Python runs again here, and with it the handler; the byte is only the wake-up."""
        with contextlib.suppress(BlockingIOError):
            self._waking.recv(64)

    def release(self) -> None:
        """Give the process its handlers back (a test, a restart in place)."""
        self._notifier.setEnabled(False)
        signal.set_wakeup_fd(self._wakeup_before)
        if self.received is None:  # else the default stays: a second signal ends at once
            for s, handler in self._before.items():
                signal.signal(s, handler)
        self._waking.close()
        self._writing.close()
