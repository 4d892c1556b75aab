"""The C allocator's settings (glibc's mallopt and malloc_trim); a no-op on other C libraries.

Pictures are large blocks: how the allocator keeps or returns them decides both how fast a
process that decodes many of them runs and how much memory a long-running one holds.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools

M_TRIM_THRESHOLD = -1
M_MMAP_THRESHOLD = -3
M_ARENA_MAX = -8


def set_option(option: int, value: int) -> None:
    mallopt = getattr(_libc(), "mallopt", None)
    if mallopt is not None:
        mallopt(option, value)


def keep_freed_memory(limit: int) -> None:
    """Blocks up to `limit` bytes come from the heap and freed ones stay with the process for
    the next: a worker decoding one 24-MP photo after another then reuses the same pages
    instead of having new ones mapped and zeroed each time (half its system time)."""
    set_option(M_MMAP_THRESHOLD, limit)
    set_option(M_TRIM_THRESHOLD, limit)


def trim() -> None:
    """Hand free pages back to the system."""
    malloc_trim = getattr(_libc(), "malloc_trim", None)
    if malloc_trim is not None:
        malloc_trim(0)


@functools.cache
def _libc() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("c")
    try:
        return ctypes.CDLL(name) if name else None
    except OSError:
        return None
