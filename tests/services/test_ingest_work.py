"""An import worker keeps the memory of one picture for the next (glibc; elsewhere skipped)."""

from __future__ import annotations

import platform
import subprocess
import sys

import pytest

# In a process of its own: the setting lasts for the life of the process.
PROBE = """
import ctypes, sys
from kiosk.services.ingest_work import keep_freed_memory

FIELDS = "arena ordblks smblks hblks hblkhd usmblks fsmblks uordblks fordblks keepcost"

class Info(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in FIELDS.split()]

libc = ctypes.CDLL("libc.so.6")
libc.mallinfo2.restype = Info
libc.malloc.restype = ctypes.c_void_p
libc.free.argtypes = [ctypes.c_void_p]
if sys.argv[1] == "keep":
    keep_freed_memory(512 << 20)
before = libc.mallinfo2().hblkhd
block = libc.malloc(32 << 20)  # a decoded picture's worth
mapped = libc.mallinfo2().hblkhd - before >= 32 << 20
libc.free(block)
print(mapped, libc.mallinfo2().arena >= 32 << 20)
"""


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="glibc's allocator only")
def test_a_worker_keeps_large_freed_blocks_for_the_next_picture():
    def run(mode: str) -> str:
        done = subprocess.run([sys.executable, "-c", PROBE, mode], capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        return done.stdout.split()

    assert run("default") == ["True", "False"]  # mapped apart, handed back when freed
    assert run("keep") == ["False", "True"]  # from the heap, and kept once freed
