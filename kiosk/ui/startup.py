"""How long ago this process started, for `kiosk run --smoke` (installers use it)."""

from __future__ import annotations

import os
import time

_IMPORTED_AT = time.time()


def process_age_ms() -> float:
    """Milliseconds since the process was started by the OS (Linux), else since this import."""
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            start_ticks = int(stat.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/stat", encoding="ascii") as system:
            boot = next(int(line.split()[1]) for line in system if line.startswith("btime"))
        started = boot + start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, StopIteration):
        started = _IMPORTED_AT
    return (time.time() - started) * 1000
