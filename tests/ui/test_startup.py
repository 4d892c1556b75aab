"""`kiosk run --smoke` reports the process's age: it must be the age, not the age plus the
fraction of a second that the kernel's whole-second boot time hides."""

from __future__ import annotations

import subprocess
import sys
import time

CHILD = (
    "import time; time.sleep(0.3)\n"
    "from kiosk.ui.startup import process_age_ms\n"
    "print(process_age_ms())\n"
)


def test_the_process_age_lies_between_the_childs_own_sleep_and_the_parents_wall_clock():
    for _ in range(3):
        started = time.monotonic()
        out = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True)
        elapsed_ms = (time.monotonic() - started) * 1000
        age = float(out.stdout)
        tick_ms = 10  # the kernel records the start in clock ticks
        assert 300 <= age <= elapsed_ms + tick_ms, (age, elapsed_ms)


def test_where_the_os_does_not_tell_the_age_is_counted_from_startups_import(monkeypatch):
    from kiosk.ui import startup

    monkeypatch.setattr(startup.system, "process_age_seconds", lambda: None)
    monkeypatch.setattr(startup, "_IMPORTED_AT", time.time() - 2)
    assert 2000 <= startup.process_age_ms() < 3000
