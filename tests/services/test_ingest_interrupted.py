"""An import killed or stopped part-way: what was recorded is whole, the rest is absent.

The real `kiosk import` runs in a subprocess that signals itself just before it moves the
N-th staged original into the media store (the test wraps os.replace), as a kill or a
power cut there would; or that is signalled from outside while a worker is busy with a file
that takes minutes.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import textwrap
import time
from dataclasses import replace
from pathlib import Path

import pytest

from tests import hostile
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
    assert stopped.returncode == 128 + signal.SIGTERM, stopped.stderr
    assert "stopped: interrupted" in stopped.stderr
    assert "Imported 2," in stopped.stdout
    _every_row_has_its_files(home)  # the third file, moved but not recorded, is gone
    assert not (home.root / "media" / ".incoming").exists()


def _kiosk_import(home, *paths: Path, **popen) -> subprocess.Popen:
    command = [sys.executable, "-m", "kiosk", "import", "--home", str(home.root), "--workers", "1"]
    return subprocess.Popen(
        [*command, *map(str, paths)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, **popen
    )


def _a_worker_reads(importer: int, path: Path) -> bool:
    """Whether a child process of `importer` has `path` open."""
    children = Path(f"/proc/{importer}/task/{importer}/children").read_text().split()
    for child in children:
        with contextlib.suppress(OSError):  # a worker that has just ended
            for fd in Path(f"/proc/{child}/fd").iterdir():
                if os.readlink(fd) == str(path):
                    return True
    return False


@pytest.mark.parametrize(("sig", "from_terminal"), [(signal.SIGINT, True), (signal.SIGTERM, False)])
def test_ctrl_c_or_a_kill_stops_an_import_at_once_whatever_its_workers_do(
    home, tmp_path, sig, from_terminal
):
    """A worker hashing a huge file (minutes of reading) does not hold the import up."""
    home.save_settings(replace(home.settings(), max_file_mb=64 << 10))  # the largest allowed
    huge = hostile.make_sparse_file(tmp_path / "usb" / "a-long-film.mp4", 63 << 30)
    later = photo(tmp_path / "usb" / "photo.jpg")
    # A session of its own: Ctrl+C on a terminal signals the whole group, workers included.
    importing = _kiosk_import(home, tmp_path / "usb", start_new_session=True, text=True)
    try:
        deadline = time.monotonic() + 60
        while not _a_worker_reads(importing.pid, huge) and time.monotonic() < deadline:
            time.sleep(0.05)
        (os.killpg if from_terminal else os.kill)(importing.pid, sig)
        signalled = time.monotonic()
        out, err = importing.communicate(timeout=10)
        took = time.monotonic() - signalled
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(importing.pid, signal.SIGKILL)
    assert importing.returncode == 128 + sig, err
    assert took < 3 and "Traceback" not in err
    assert err.splitlines()[-1].startswith("kiosk: stopped: interrupted;")
    assert "import stopped: interrupted" in (home.logs_dir / "kiosk.log").read_text()
    assert not (home.root / "media" / ".incoming").exists()
    again = _kiosk_import(home, later, text=True)  # the lock was let go
    out, err = again.communicate(timeout=120)
    assert again.returncode == 0, err
    assert "Imported 1, already present 0, rejected 0." in out
    _every_row_has_its_files(home)
