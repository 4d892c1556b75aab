"""A kiosk has no console: what libraries print to stderr lands in HOME/logs/native.log."""

from __future__ import annotations

import subprocess
import sys

from kiosk.services.home import KioskHome
from kiosk.services.logs import NATIVE_LOG_BYTES

CHILD = """
import os, sys
from kiosk.services.home import KioskHome
from kiosk.services.logs import native_messages_to_home
native_messages_to_home(KioskHome.resolve(sys.argv[1]))
os.write(2, b"WARNING qt.test: written by a library, not by Python\\n")
"""


def test_stderr_goes_to_the_homes_native_log_and_an_old_large_one_is_moved_aside(tmp_path):
    home = KioskHome.resolve(tmp_path / "home")
    home.logs_dir.mkdir(parents=True)
    (home.logs_dir / "native.log").write_bytes(b"x" * (NATIVE_LOG_BYTES + 1))
    done = subprocess.run([sys.executable, "-c", CHILD, str(home.root)], capture_output=True)
    assert done.returncode == 0 and done.stderr == b""
    text = (home.logs_dir / "native.log").read_text()
    assert text == "WARNING qt.test: written by a library, not by Python\n"
    assert (home.logs_dir / "native.log.1").stat().st_size == NATIVE_LOG_BYTES + 1


RUNNING = """
import os, sys
from kiosk.services.home import KioskHome
from kiosk.services.logs import NATIVE_LOG_BYTES, keep_native_log_small, native_messages_to_home
home = KioskHome.resolve(sys.argv[1])
native_messages_to_home(home)
os.write(2, b"small\\n")
keep_native_log_small(home)  # below the size: nothing moves
os.write(2, b"x" * NATIVE_LOG_BYTES + b"\\n")
keep_native_log_small(home)
os.write(2, b"INFO ffmpeg: after the visit\\n")
"""


def test_a_running_kiosk_moves_a_large_native_log_aside_between_visits(tmp_path):
    home = KioskHome.resolve(tmp_path / "home")
    done = subprocess.run([sys.executable, "-c", RUNNING, str(home.root)], capture_output=True)
    assert done.returncode == 0 and done.stderr == b""
    assert (home.logs_dir / "native.log").read_text() == "INFO ffmpeg: after the visit\n"
    old = (home.logs_dir / "native.log.1").read_bytes()
    assert old.startswith(b"small\n") and len(old) == len("small\n") + NATIVE_LOG_BYTES + 1


SET_ASIDE = """
import os, sys
from kiosk.services.home import KioskHome
from kiosk.services.logs import native_messages_set_aside
with native_messages_set_aside(KioskHome.resolve(sys.argv[1])):
    os.write(2, b"Input #0, mov,mp4: a note from FFmpeg\\n")
os.write(2, b"kiosk: the command's own last word\\n")
"""


def test_a_command_sets_library_notes_aside_and_has_its_stderr_back_after(tmp_path):
    home = KioskHome.resolve(tmp_path / "home")
    done = subprocess.run([sys.executable, "-c", SET_ASIDE, str(home.root)], capture_output=True)
    assert done.returncode == 0 and done.stderr == b"kiosk: the command's own last word\n"
    assert (home.logs_dir / "native.log").read_text() == "Input #0, mov,mp4: a note from FFmpeg\n"
