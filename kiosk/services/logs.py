"""Logging to HOME/logs/kiosk.log (and native.log for what libraries print), rotated so a kiosk
running for months never fills its disk."""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from collections.abc import Iterator
from logging.handlers import RotatingFileHandler

from kiosk.media.files import SHARED_FILE_MODE, SHARED_FOLDER_MODE
from kiosk.services.home import KioskHome

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_to_home(home: KioskHome) -> None:
    """Send the kiosk's log records to the home's log file, if the home can hold one."""
    root = logging.getLogger("kiosk")
    if any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        return
    try:
        _make_logs_dir(home)
        handler = SharedRotatingFileHandler(
            home.logs_dir / "kiosk.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:  # a read-only or missing home: the command itself reports that, in one
        root.addHandler(logging.NullHandler())  # line: no traceback from logging's last resort
        return
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    root.setLevel(logging.INFO)


class SharedRotatingFileHandler(RotatingFileHandler):
    """Each new log file writable by the home's group: staff's commands and the kiosk, each
    under its own account, write the same log."""

    def _open(self):
        stream = super()._open()
        _share(self.baseFilename)
        return stream

    def handleError(self, record: logging.LogRecord) -> None:
        """A full or read-only disk cannot take the log: the command says so in one line,
        without logging's traceback on stderr for every record it could not write."""


def _make_logs_dir(home: KioskHome) -> None:
    home.logs_dir.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):  # someone else's folder: as they left it
        if home.logs_dir.stat().st_uid == os.geteuid():
            home.logs_dir.chmod(SHARED_FOLDER_MODE)


def _share(path: str | os.PathLike) -> None:
    with contextlib.suppress(OSError):
        if os.stat(path).st_uid == os.geteuid():
            os.chmod(path, SHARED_FILE_MODE)


NATIVE_LOG_BYTES = 2_000_000


def native_messages_to_home(home: KioskHome) -> None:
    """What the libraries under the kiosk write to stderr (Qt's warnings, FFmpeg's notes) goes
    to HOME/logs/native.log, kept below about twice NATIVE_LOG_BYTES by moving the old one
    aside at each start (and by `keep_native_log_small` while the kiosk runs). Nothing changes
    if the home cannot hold the file."""
    target = _open_native_log(home)
    if target is not None:
        os.dup2(target, sys.stderr.fileno())
        os.close(target)


@contextlib.contextmanager
def native_messages_set_aside(home: KioskHome) -> Iterator[None]:
    """While inside, what the libraries write to stderr goes to native.log, as on a kiosk
    (`kiosk snapshot` would otherwise print FFmpeg's notes on every film between its own
    lines); stderr is the terminal again after, for the command's own last word."""
    target = _open_native_log(home)
    if target is None:
        yield
        return
    sys.stderr.flush()
    terminal = os.dup(2)
    os.dup2(target, 2)
    os.close(target)
    try:
        yield
    finally:
        os.dup2(terminal, 2)
        os.close(terminal)


def _open_native_log(home: KioskHome) -> int | None:
    """native.log opened to append (the old one moved aside if large); None if it cannot be."""
    path = home.logs_dir / "native.log"
    try:
        _make_logs_dir(home)
        if path.exists() and path.stat().st_size > NATIVE_LOG_BYTES:
            os.replace(path, path.with_name("native.log.1"))
        target = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, SHARED_FILE_MODE)
    except OSError:
        return None
    _share(path)
    return target


def keep_native_log_small(home: KioskHome) -> None:
    """Once native.log passes NATIVE_LOG_BYTES, move it aside and go on in a new one. Called
    after each visit: a kiosk runs for months without a restart, and FFmpeg notes every film
    and excerpt it opens."""
    with contextlib.suppress(OSError):
        if (home.logs_dir / "native.log").stat().st_size > NATIVE_LOG_BYTES:
            native_messages_to_home(home)
