"""Between visits the kiosk hands back the memory the visit used.

Pictures, QML objects and Python objects freed during a visit stay with the process (the C
allocator keeps freed pages for reuse) unless returned: over months, the resident size would
creep up with the high-water mark of the busiest visit. After a visit ends, once its screens
are gone, the JavaScript heap and Python's collector run, and glibc returns free pages to the
system (malloc_trim; nothing happens on other C libraries).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QTimer
from PySide6.QtQml import QQmlEngine

from kiosk import system

AFTER_VISIT_MS = 3000  # the attract loop has replaced the visit's screens by then
ARENAS = 2
# Blocks of this size and up (a screenful of pixels is some 8 MB) are mapped apart.
PICTURE_BLOCK = 1 << 20


def tune_allocator() -> None:
    """Called at start, before Qt's threads exist; nothing happens on other C libraries.

    At most ARENAS malloc arenas: glibc gives each thread that allocates (Qt's image reader,
    render and media threads) an arena of its own, each keeping freed memory apart from the
    others; with two, the kiosk stays some 25 MB smaller (soak, 4,000 taps).

    Pictures' pixel buffers mapped apart and unmapped when freed, always: by default glibc
    raises that threshold to the largest block freed so far, after which pictures come from
    the arenas, which grow in steps that stay (the soak's floor stepped up 10-16 MB at random
    points of a run; with the threshold fixed, some 5 MB)."""
    system.set_malloc_option(system.M_ARENA_MAX, ARENAS)
    system.set_malloc_option(system.M_MMAP_THRESHOLD, PICTURE_BLOCK)


def release_after_visit(engine: QQmlEngine) -> None:
    # The engine as the timer's context: a kiosk closed meanwhile cancels it.
    QTimer.singleShot(AFTER_VISIT_MS, engine, lambda: release(engine))


def release(engine: QQmlEngine) -> None:
    engine.collectGarbage()
    gc.collect()
    system.trim_malloc()
