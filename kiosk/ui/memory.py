"""Between visits the kiosk hands back the memory the visit used.

Pictures, QML objects and Python objects freed during a visit stay with the process (the C
allocator keeps freed pages for reuse) unless returned: over months, the resident size would
creep up with the high-water mark of the busiest visit. After a visit ends, once its screens
are gone, the JavaScript heap and Python's collector run, and glibc returns free pages to the
system (malloc_trim; nothing happens on other C libraries).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc

from PySide6.QtCore import QTimer
from PySide6.QtQml import QQmlEngine

AFTER_VISIT_MS = 3000  # the attract loop has replaced the visit's screens by then


def release_after_visit(engine: QQmlEngine) -> None:
    # The engine as the timer's context: a kiosk closed meanwhile cancels it.
    QTimer.singleShot(AFTER_VISIT_MS, engine, lambda: release(engine))


def release(engine: QQmlEngine) -> None:
    engine.collectGarbage()
    gc.collect()
    _trim_c_heap()


def _trim_c_heap() -> None:
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name) if name else None
        trim = getattr(libc, "malloc_trim", None)
    except OSError:
        trim = None
    if trim is not None:
        trim(0)
