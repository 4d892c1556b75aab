"""A snapshot published while the kiosk runs shows at the next attract loop, never during a
visit; a damaged one is not shown at all."""

from __future__ import annotations

import logging
from dataclasses import replace

import pytest

from kiosk.content.text import LocalText
from kiosk.services.home import KioskHome
from kiosk.services.publish import publish, rollback
from kiosk.ui import new_snapshots
from tests.ui.conftest import Finger, open_kiosk

OLD_TITLE = "Memory Lives Because It Bears Witness"  # the demo's, in English
NEW_TITLE = "The Harbour Years"


def publish_new_title(home: KioskHome, title: str = NEW_TITLE) -> str:
    """Give the draft's exhibition another title and publish it; the snapshot's name."""
    draft = home.open_draft()
    try:
        exhibition = draft.exhibition()
        with draft.transaction():
            draft.put(replace(exhibition, title=LocalText.of(title)))
    finally:
        draft.close()
    return publish(home).name


@pytest.mark.slow
def test_a_snapshot_published_during_a_visit_shows_once_the_visit_ends(
    patient_kiosk, demo_home, caplog
):
    finger = patient_kiosk
    caplog.set_level(logging.INFO, logger="kiosk")
    assert finger.text("exhibitionTitle") == OLD_TITLE
    finger.tap("attractScreen")
    finger.tap("sectionTile-chronology")
    finger.wait_for("chronologyScreen")
    name = publish_new_title(demo_home)
    finger.tap("homeButton")  # the visit goes on with what it began with
    assert _home_title(finger) == OLD_TITLE
    assert f"showing snapshot {name}" not in caplog.text

    # Left alone, the kiosk ends the visit; the attract loop then shows the new snapshot.
    finger.qtbot.waitUntil(lambda: finger.find("attractScreen") is not None, timeout=10_000)
    finger.qtbot.waitUntil(lambda: finger.text("exhibitionTitle") == NEW_TITLE)
    assert f"showing snapshot {name}" in caplog.text
    finger.tap("attractScreen")
    assert _home_title(finger) == NEW_TITLE
    assert finger.kiosk.window.title() == NEW_TITLE


def test_a_rollback_shows_the_snapshot_before_at_the_next_attract_loop(finger, demo_home):
    publish_new_title(demo_home)
    _a_visit_ends(finger)
    finger.qtbot.waitUntil(lambda: finger.text("exhibitionTitle") == NEW_TITLE)
    rollback(demo_home)
    _a_visit_ends(finger)
    finger.qtbot.waitUntil(lambda: finger.text("exhibitionTitle") == OLD_TITLE)


def test_a_damaged_snapshot_is_not_shown_and_the_log_says_why(finger, demo_home, caplog):
    caplog.set_level(logging.INFO, logger="kiosk")
    name = publish_new_title(demo_home)
    damaged = demo_home.snapshots_dir / name / "content.db"
    damaged.chmod(0o644)
    damaged.write_bytes(b"not a database" * 100)
    _a_visit_ends(finger)
    finger.qtbot.waitUntil(lambda: f"snapshot {name} (named in CURRENT) is damaged" in caplog.text)
    finger.qtbot.waitUntil(lambda: not finger.kiosk.new_snapshots.loading)
    assert finger.text("exhibitionTitle") == OLD_TITLE
    assert f"showing snapshot {name}" not in caplog.text


def test_an_attract_loop_playing_to_nobody_shows_a_new_snapshot_at_its_next_look(
    qtbot, demo_home, touchscreen, monkeypatch
):
    monkeypatch.setattr(new_snapshots, "CHECK_EVERY_MS", 200)  # a minute on a kiosk
    kiosk = open_kiosk(qtbot, demo_home)
    try:
        publish_new_title(demo_home)
        finger = Finger(qtbot, kiosk, touchscreen)
        qtbot.waitUntil(lambda: finger.text("exhibitionTitle") == NEW_TITLE)
    finally:
        kiosk.close()


def _a_visit_ends(finger: Finger) -> None:
    """A visitor touches the attract loop, then the visit ends as the idle countdown ends it."""
    finger.tap("attractScreen")
    finger.wait_for("homeScreen")
    finger.kiosk.controllers.visit.reset()
    finger.wait_for("attractScreen")


def _home_title(finger: Finger) -> str:
    home = finger.wait_for("homeScreen")
    return finger.wait_for("screenTitle", within=home).property("text")
