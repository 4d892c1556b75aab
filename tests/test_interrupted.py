"""A killed `kiosk init --demo` or `kiosk publish` leaves a home that works or says what to do.

Each case runs the real command in a subprocess and SIGKILLs it at a chosen point: the test
wraps os.replace (every rename that commits a file) so the process kills itself just before
the chosen rename happens, as a power cut there would.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from dataclasses import replace

import pytest

from kiosk.archive import Archive
from kiosk.content import model as m
from kiosk.content.text import LocalText
from kiosk.services.home import KioskHome

pytestmark = pytest.mark.slow

KILLER = textwrap.dedent("""
    import os, signal, sys
    target, count = sys.argv[1], int(sys.argv[2])
    real_replace, seen = os.replace, [0]

    def replace(source, destination):
        if target in str(destination):
            seen[0] += 1
            if seen[0] == count:
                os.kill(os.getpid(), signal.SIGKILL)
        return real_replace(source, destination)

    os.replace = replace
    from kiosk.cli import main
    main(sys.argv[3:])
""")


def _kill_at(target: str, count: int, *args: str) -> subprocess.CompletedProcess:
    result = subprocess.run(
        [sys.executable, "-c", KILLER, target, str(count), *args],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == -signal.SIGKILL, result.stderr
    return result


def _kiosk(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kiosk", *args], capture_output=True, text=True, timeout=120
    )


def _current_title(home: KioskHome) -> str:
    archive = home.open_published()
    try:
        assert archive.integrity_problems() == []
        return archive.exhibition().title.get("en")
    finally:
        archive.close()


@pytest.mark.parametrize(("target", "count"), [("media", 9), ("draft.db", 1)])
def test_a_killed_demo_build_says_what_to_do_and_can_be_run_again(tmp_path, target, count):
    home = tmp_path / "home"
    _kill_at(target, count, "init", "--demo", "--home", str(home))
    assert not (home / "draft.db").exists()
    checked = _kiosk("check", "--home", str(home))
    assert checked.returncode == 1
    assert "interrupted" in checked.stderr and "kiosk init" in checked.stderr
    assert checked.stderr.count("\n") == 1
    again = _kiosk("init", "--demo", "--home", str(home))
    assert again.returncode == 0, again.stderr
    assert _kiosk("check", "--home", str(home)).returncode == 0
    assert not list(home.rglob("*.tmp")) and not (home / "draft.db.building").exists()
    assert not (home / "work").exists()


@pytest.mark.parametrize(
    ("target", "count"), [("manifest.json", 1), ("snapshots/2", 1), ("CURRENT", 1)]
)
def test_a_killed_publish_leaves_the_previous_snapshot_current(demo_home, target, count):
    before = demo_home.current_snapshot()
    assert before is not None
    _change_the_draft(demo_home)  # an unchanged draft makes no snapshot to kill
    _kill_at(target, count, "publish", "--home", str(demo_home.root))
    assert demo_home.current_snapshot() == before
    assert _current_title(demo_home) == "Memory Lives Because It Bears Witness"
    again = _kiosk("publish", "--home", str(demo_home.root))
    assert again.returncode == 0, again.stderr
    assert demo_home.current_snapshot() != before
    assert not [p for p in demo_home.snapshots_dir.iterdir() if p.name.startswith(".")]


def _change_the_draft(home: KioskHome) -> None:
    draft = Archive.open(home.draft_file)
    try:
        (section, *_) = draft.all(m.Section)
        draft.put(replace(section, intro=LocalText.of("Changed since the last publish.")))
    finally:
        draft.close()


def test_a_first_publish_killed_before_naming_its_snapshot_is_found_by_run(home):
    assert _kiosk("new", "--title", "The Old Harbour", "--home", str(home.root)).returncode == 0
    _kill_at("CURRENT", 1, "publish", "--home", str(home.root))
    assert home.current_snapshot() is None
    result = _kiosk("run", "--smoke", "--home", str(home.root))
    # The snapshot is complete, so run takes it.
    assert result.returncode == 0 and "first frame after" in result.stdout, result.stderr


def test_a_writer_killed_mid_transaction_loses_nothing(demo_home):
    """The draft rolls back to its last commit; the published snapshot never notices."""
    script = textwrap.dedent("""
        import os, signal, sys
        from kiosk.archive import Archive
        draft = Archive.open(sys.argv[1])
        draft.db.execute("BEGIN")
        draft.db.execute("DELETE FROM event_media")
        draft.db.execute("DELETE FROM facts")
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    draft = Archive.open(demo_home.draft_file)
    before = draft.counts()
    draft.close()
    result = subprocess.run([sys.executable, "-c", script, str(demo_home.draft_file)], timeout=60)
    assert result.returncode == -signal.SIGKILL
    draft = Archive.open(demo_home.draft_file)
    try:
        assert draft.integrity_problems() == []
        assert draft.counts() == before
    finally:
        draft.close()
    assert _current_title(demo_home) == "Memory Lives Because It Bears Witness"


@pytest.mark.parametrize("target", ["media", "content.db", "CURRENT"])
def test_a_killed_bundle_install_leaves_the_kiosk_showing_what_it_showed(
    staff, kiosk, tmp_path, target
):
    """Killed as a photo lands, as the archive does, and just before CURRENT names the new
    snapshot: the kiosk shows the old one, and the same install then succeeds."""
    from kiosk.services.bundle_install import install_bundle
    from tests.fleet import exported, publish_titled, shown_title
    from tests.media_files import photo

    install_bundle(kiosk, exported(staff, tmp_path / "first"))
    publish_titled(staff, "Second", photo(tmp_path / "new.jpg", colour=(5, 80, 5)))
    second = exported(staff, tmp_path / "second")

    _kill_at(target, 1, "bundle", "install", str(second), "--home", str(kiosk.root))

    assert _current_title(kiosk) == "First" and shown_title(kiosk) == "First"
    again = _kiosk("bundle", "install", str(second), "--home", str(kiosk.root))
    assert again.returncode == 0, again.stderr
    assert _current_title(kiosk) == "Second"
    assert not list(kiosk.snapshots_dir.glob(".incoming-*"))
