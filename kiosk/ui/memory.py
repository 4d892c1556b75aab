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

from kiosk.services import allocator

AFTER_VISIT_MS = 3000  # the attract loop has replaced the visit's screens by then
ARENAS = 2


def limit_arenas() -> None:
    """At most ARENAS malloc arenas: glibc gives each thread that allocates (Qt's image
    reader, render and media threads) an arena of its own, each keeping freed memory apart
    from the others; with two, the kiosk stays some 25 MB smaller (soak, 4,000 taps). Called
    at start, before those threads exist; nothing happens on other C libraries."""
    allocator.set_option(allocator.M_ARENA_MAX, ARENAS)


def release_after_visit(engine: QQmlEngine) -> None:
    # The engine as the timer's context: a kiosk closed meanwhile cancels it.
    QTimer.singleShot(AFTER_VISIT_MS, engine, lambda: release(engine))


def release(engine: QQmlEngine) -> None:
    engine.collectGarbage()
    gc.collect()
    allocator.trim()
