"""How long ago this process started, for `kiosk run --smoke` (installers use it)."""

from __future__ import annotations

import time

from kiosk import system

_IMPORTED_AT = time.time()


def process_age_ms() -> float:
    """Milliseconds since the process was started by the OS (Linux), else since this import."""
    age = system.process_age_seconds()
    return (time.time() - _IMPORTED_AT if age is None else age) * 1000
