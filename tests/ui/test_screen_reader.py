"""The kiosk as a screen reader finds it: from outside its process, over AT-SPI (the Linux
accessibility bus Orca reads), on a real X display. tests/at_spi.py, run by Debian's Python
with pyatspi in the kiosk's D-Bus session, presses each section's tile as a screen reader
does and reads back every control's role and name; `make test` installs what it needs as
root (python3-pyatspi, at-spi2-core, dbus-daemon)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.ui.test_real_window import xvfb

SYSTEM_PYTHON = "/usr/bin/python3"
READER = Path(__file__).resolve().parents[1] / "at_spi.py"
SECTIONS = ["Chronology", "Photos and video", "Student artworks", "Concert programme"]


def _has_pyatspi() -> bool:
    found = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True)
    return found.returncode == 0


pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not (shutil.which("dbus-run-session") and shutil.which("Xvfb"))
        or not os.path.exists(SYSTEM_PYTHON)
        or not _has_pyatspi(),
        reason="needs dbus-run-session, Xvfb and python3-pyatspi (make test installs them as root)",
    ),
]


def test_a_screen_reader_names_home_and_every_sections_controls(demo_home):
    with xvfb() as display:
        env = {
            **os.environ,
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",  # as when Orca runs
        }
        kiosk = f"{sys.executable} -m kiosk run --home {demo_home.root}"
        script = f"{kiosk} & K=$!; {SYSTEM_PYTHON} {READER} museum-kiosk {_quoted(SECTIONS)}; "
        script += "R=$?; kill $K; wait $K; exit $R"
        done = subprocess.run(
            ["dbus-run-session", "--", "bash", "-c", script],
            env=env,
            capture_output=True,
            text=True,
            timeout=180,
        )
    assert done.returncode == 0, done.stderr[-2000:]
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]  # the reader's
    screens = {seen["screen"]: seen for seen in map(json.loads, lines)}
    assert list(screens) == ["Home", *SECTIONS]
    home = screens["Home"]["named"]
    for control in ["Home", "Back", "Search", "Access", "English", "Русский", *SECTIONS]:
        assert ["push button", control] in home, f"Home has no button {control!r}"
    assert ["heading", "Memory Lives Because It Bears Witness"] in home
    for section in SECTIONS:
        seen = screens[section]
        assert seen["unnamed"] == [], f"{section}: controls without a name: {seen['unnamed']}"
        buttons = [name for role, name in seen["named"] if role == "push button"]
        assert len(buttons) > 10, f"{section}: only {buttons}"
    assert ["push button", "Sources"] in screens["Chronology"]["named"]
    assert any(name == "Listen" for _, name in screens["Concert programme"]["named"])


def _quoted(words: list[str]) -> str:
    return " ".join("'" + word.replace("'", "'\\''") + "'" for word in words)
