"""After a visit, the kiosk hands back memory; a kiosk closed before that happens is fine."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtQml import QQmlEngine
from PySide6.QtTest import QTest

from kiosk.ui import memory


def test_the_release_after_a_visit_runs_and_is_cancelled_with_its_engine(qapp, qtbot, monkeypatch):
    monkeypatch.setattr(memory, "AFTER_VISIT_MS", 20)
    calls = []
    monkeypatch.setattr(memory.system, "trim_malloc", lambda: calls.append("trim"))
    engine = QQmlEngine()
    memory.release_after_visit(engine)
    qtbot.waitUntil(lambda: calls == ["trim"])  # on a loaded machine, later than 20 ms
    gone = QQmlEngine()
    memory.release_after_visit(gone)
    gone.deleteLater()
    QTest.qWait(100)  # the engine went first: nothing ran, nothing failed
    assert calls == ["trim"]


# In a process of its own: the allocator's settings are the process's. A screenful of pixels
# is freed while a small block made after it is still alive (as in a running kiosk, where
# other objects sit above a picture in the heap).
_PROJECT = Path(__file__).resolve().parents[2]
_FREED_PICTURE = """
import ctypes, sys
from benchmarks.driver import resident_mb
from kiosk.ui import memory
libc = ctypes.CDLL(None)
libc.malloc.restype = ctypes.c_void_p
libc.free.argtypes = [ctypes.c_void_p]
if sys.argv[1] == "tuned":
    memory.tune_allocator()
size = 1920 * 1080 * 4
libc.free(libc.malloc(size))  # an earlier picture, come and gone
picture = libc.malloc(size)
ctypes.memset(picture, 1, size)
small = libc.malloc(64)
before = resident_mb()
libc.free(picture)
print(before - resident_mb())
"""


def test_a_freed_picture_goes_back_to_the_system_at_once():
    def returned_mb(mode: str) -> float:
        run = [sys.executable, "-c", _FREED_PICTURE, mode]
        done = subprocess.run(run, capture_output=True, text=True, check=True, cwd=_PROJECT)
        return float(done.stdout)

    assert returned_mb("tuned") > 7  # the picture's 7.9 MB, without waiting for a trim
    assert returned_mb("glibc's default") < 1  # what the tuning is for: kept until a trim
