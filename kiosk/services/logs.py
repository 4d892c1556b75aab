"""Logging to HOME/logs/kiosk.log, rotated so a kiosk running for months never fills its disk."""

from __future__ import annotations

import logging
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
