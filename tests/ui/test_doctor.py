"""`kiosk doctor` on a kiosk PC: it draws the kiosk's first frame in a process of its own."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.slow
def test_doctor_draws_a_first_frame_and_names_every_check(demo_home):
    done = subprocess.run(
        [sys.executable, "-m", "kiosk", "doctor", "--home", str(demo_home.root)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    lines = done.stdout.splitlines()
    names = [line[6:18].strip() for line in lines]
    assert names == [
        "snapshot", "clock", "disk", "staff PIN", "fonts", "sound", "voice", "hours", "first frame",
        "service", "watchdog", "restart", "restarts",
    ]  # fmt: skip
    frame = next(line for line in lines if "first frame" in line[6:18])
    assert frame.startswith("ok") and "first frame after" in frame, frame
    assert "FAIL  staff PIN" in done.stdout and done.returncode == 1  # the demo has no PIN
