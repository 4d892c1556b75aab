"""What the kiosk asks of the operating system beyond portable Python, in one place.

The kiosk runs on Linux with glibc, where each of these does what it says. Elsewhere each one
degrades as its docstring tells, and says so by what it returns, so that the use cases above
(kiosk.services, kiosk.ui) read the same on every system. Nothing of the kiosk's own is
imported here: any layer may use it.
"""

from __future__ import annotations

import ctypes
import functools
import os
import signal
import socket
import time
from typing import IO

# -- files


def lock_exclusively(handle: IO) -> bool:
    """Lock an open file for this process without waiting (flock): False if another process
    holds it. The lock goes with the file's closing or the process's end, however it ends.
    Without fcntl (Windows) nothing is locked and it returns True: two holders can meet."""
    try:
        import fcntl
    except ImportError:
        return True
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


# -- processes

_PR_SET_PDEATHSIG = 1  # linux/prctl.h


def resident_mb() -> float | None:
    """This process's resident memory in MB, from Linux's /proc; None elsewhere."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        return None
    return None


def die_with_parent() -> bool:
    """Have the kernel kill this process when the thread that made it ends (Linux's
    PR_SET_PDEATHSIG). False where that cannot be asked: the caller watches its parent."""
    libc = _libc()
    prctl = getattr(libc, "prctl", None)
    if prctl is None:
        return False
    return prctl(_PR_SET_PDEATHSIG, signal.SIGKILL) == 0


def process_age_seconds() -> float | None:
    """Seconds since the OS started this process, from Linux's /proc; None elsewhere.

    The kernel gives the start in clock ticks since boot; it is compared with the boot-time
    clock, not with the wall clock minus /proc/stat's boot time, which is whole seconds and
    once made every start look up to a second slower than it was.
    """
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            start_ticks = int(stat.read().rsplit(")", 1)[1].split()[19])
        started = start_ticks / os.sysconf("SC_CLK_TCK")
        return time.clock_gettime(time.CLOCK_BOOTTIME) - started
    except (OSError, ValueError, IndexError, AttributeError):
        return None


# -- the service manager (systemd's notify protocol, sd_notify(3))


def notify_service_manager(*states: str) -> bool:
    """Tell the service manager that started this process how it is ("READY=1",
    "WATCHDOG=1"): one datagram to $NOTIFY_SOCKET. False where there is none (the kiosk was
    not started by systemd with Type=notify) or it cannot be reached."""
    address = os.environ.get("NOTIFY_SOCKET", "")
    if not address or address[0] not in "/@":
        return False
    if address[0] == "@":  # Linux's abstract namespace
        address = "\0" + address[1:]
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sender:
            sender.sendto("\n".join(states).encode(), address)
    except OSError:
        return False
    return True


def watchdog_seconds() -> float | None:
    """How often the service manager wants to hear WATCHDOG=1 (WatchdogSec=), when it watches
    this process or its parent (the kiosk runs as cage's client, and systemd watches cage, the
    service's main process, which speaks for it with NotifyAccess=all); None otherwise."""
    try:
        usec = int(os.environ.get("WATCHDOG_USEC", ""))
    except ValueError:
        return None
    watched = os.environ.get("WATCHDOG_PID", str(os.getpid()))
    ours = watched in (str(os.getpid()), str(os.getppid()))
    return usec / 1_000_000 if usec > 0 and ours else None


# -- memory: glibc's allocator. Each returns False, having done nothing, on other C libraries.

M_TRIM_THRESHOLD = -1
M_MMAP_THRESHOLD = -3
M_ARENA_MAX = -8


def set_malloc_option(option: int, value: int) -> bool:
    """glibc's mallopt: an M_ constant above and its value."""
    mallopt = getattr(_libc(), "mallopt", None)
    return mallopt is not None and mallopt(option, value) == 1


def trim_malloc() -> bool:
    """Hand the allocator's free pages back to the system (glibc's malloc_trim)."""
    malloc_trim = getattr(_libc(), "malloc_trim", None)
    if malloc_trim is None:
        return False
    malloc_trim(0)
    return True


@functools.cache
def _libc() -> ctypes.CDLL | None:
    """The symbols the process has loaded, the C library's among them (POSIX); None where
    there is no such handle (Windows). Not find_library("c"): it runs ldconfig, at startup."""
    try:
        return ctypes.CDLL(None)
    except (OSError, TypeError):
        return None
