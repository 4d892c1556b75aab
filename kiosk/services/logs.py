"""Logging to HOME/logs/kiosk.log (and native.log for what libraries print), rotated so a kiosk
running for months never fills its disk."""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from logging.handlers import RotatingFileHandler

from kiosk.services.home import KioskHome

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_to_home(home: KioskHome) -> None:
    """Send the kiosk's log records to the home's log file, if the home can hold one."""
    root = logging.getLogger("kiosk")
    if any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        return
    try:
        home.logs_dir.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            home.logs_dir / "kiosk.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        return  # a read-only or missing home: the command itself reports that
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    root.setLevel(logging.INFO)


NATIVE_LOG_BYTES = 2_000_000


def native_messages_to_home(home: KioskHome) -> None:
    """What the libraries under the kiosk write to stderr (Qt's warnings, FFmpeg's notes) goes
    to HOME/logs/native.log, kept below about twice NATIVE_LOG_BYTES by moving the old one
    aside at each start (and by `keep_native_log_small` while the kiosk runs). Nothing changes
    if the home cannot hold the file."""
    path = home.logs_dir / "native.log"
    try:
        home.logs_dir.mkdir(parents=True, exist_ok=True)
        if path.exists() and path.stat().st_size > NATIVE_LOG_BYTES:
            os.replace(path, path.with_name("native.log.1"))
        target = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    except OSError:
        return
    os.dup2(target, sys.stderr.fileno())
    os.close(target)


def keep_native_log_small(home: KioskHome) -> None:
    """Once native.log passes NATIVE_LOG_BYTES, move it aside and go on in a new one. Called
    after each visit: a kiosk runs for months without a restart, and FFmpeg notes every film
    and excerpt it opens."""
    with contextlib.suppress(OSError):
        if (home.logs_dir / "native.log").stat().st_size > NATIVE_LOG_BYTES:
            native_messages_to_home(home)
