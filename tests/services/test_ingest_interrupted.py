"""An import killed or stopped part-way: what was recorded is whole, the rest is absent.

The real `kiosk import` runs in a subprocess that signals itself just before it moves the
N-th staged original into the media store (the test wraps os.replace), as a kill or a
power cut there would.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap

import pytest

from tests.media_files import photo
from tests.services.test_ingest import _every_row_has_its_files

pytestmark = pytest.mark.slow

STOPPER = textwrap.dedent("""
    import os, signal, sys
    target, count, sig = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    real_replace, seen = os.replace, [0]

    def replace(source, destination):
        if target in str(destination):
            seen[0] += 1
            if seen[0] == count:
                os.kill(os.getpid(), sig)
        return real_replace(source, destination)

    os.replace = replace
    from kiosk.cli import main
    main(sys.argv[4:])
""")


def _import_stopped_at(home, usb, count: int, sig: signal.Signals):
    target = str(home.root / "media" / "originals")
    command = ["import", "--home", str(home.root), str(usb)]
    return subprocess.run(
        [sys.executable, "-c", STOPPER, target, str(count), str(int(sig)), *command],
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def usb(tmp_path):
    for n in range(6):
        photo(tmp_path / "usb" / f"{n}.jpg", colour=(n * 30, 20, 20))
    return tmp_path / "usb"


def test_a_killed_import_leaves_whole_records_and_the_next_import_finishes(home, usb):
    killed = _import_stopped_at(home, usb, 3, signal.SIGKILL)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    archive = home.open_draft()
    try:
        assert archive.integrity_problems() == []
        recorded = len(archive.media_shas())
        missing = [p for p in archive.stored_paths() if not (home.root / p).is_file()]
    finally:
        archive.close()
    assert recorded == 2 and missing == []
    again = subprocess.run(
        [sys.executable, "-m", "kiosk", "import", "--home", str(home.root), str(usb)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert again.returncode == 0, again.stderr
    assert "Imported 4, already present 2, rejected 0." in again.stdout
    _every_row_has_its_files(home)


def test_a_terminated_import_stops_cleanly_at_once(home, usb):
    stopped = _import_stopped_at(home, usb, 3, signal.SIGTERM)
    assert stopped.returncode == 1, stopped.stderr
    assert "stopped: interrupted" in stopped.stderr
    assert "Imported 2," in stopped.stdout
    _every_row_has_its_files(home)  # the third file, moved but not recorded, is gone
    assert not (home.root / "media" / ".incoming").exists()
