"""How long ago this process started, for `kiosk run --smoke` (installers use it)."""

from __future__ import annotations

import os
import time

_IMPORTED_AT = time.time()


def process_age_ms() -> float:
    """Milliseconds since the process was started by the OS (Linux), else since this import.

    The kernel gives the start in clock ticks since boot; it is compared with the boot-time
    clock, not with the wall clock minus /proc/stat's boot time, which is whole seconds and
    once made every start look up to a second slower than it was.
    """
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            start_ticks = int(stat.read().rsplit(")", 1)[1].split()[19])
        started = start_ticks / os.sysconf("SC_CLK_TCK")
        return (time.clock_gettime(time.CLOCK_BOOTTIME) - started) * 1000
    except (OSError, ValueError, IndexError, AttributeError):
        return (time.time() - _IMPORTED_AT) * 1000
