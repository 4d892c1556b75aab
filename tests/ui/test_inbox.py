"""A bundle delivered to a running kiosk's inbox: installed while a visitor looks on, shown
only once the visit ends; a spoiled one never shown."""

from __future__ import annotations

import json
import logging
import shutil

import pytest

from kiosk.services.bundle_export import export_bundle
from kiosk.services.home import KioskHome
from kiosk.services.signing import new_key, public_key, trust
from kiosk.ui import fleet
from tests.ui.test_new_snapshots import NEW_TITLE, OLD_TITLE, publish_new_title


@pytest.fixture
def museum(built_demo, tmp_path) -> KioskHome:
    """The staff PC: the demo with a signing key, renamed and published again."""
    staff = KioskHome.resolve(shutil.copytree(built_demo.root, tmp_path / "staff"))
    for path in staff.root.rglob("*"):
        path.chmod(path.stat().st_mode | 0o200)
    new_key(staff)
    publish_new_title(staff)
    return staff


@pytest.fixture
def watching(demo_home, museum, monkeypatch):
    """Before the kiosk opens: it trusts the museum's key and looks in its inbox every 200 ms
    (half a minute on a kiosk PC)."""
    monkeypatch.setattr(fleet, "INBOX_EVERY_MS", 200)
    trust(demo_home, public_key(museum))


@pytest.fixture
def watching_kiosk(watching, patient_kiosk):
    """That kiosk, waiting 4 s for a visitor's next touch and counting down 1 s."""
    return patient_kiosk


@pytest.mark.slow
def test_a_bundle_arriving_during_a_visit_shows_once_the_visit_ends(
    watching_kiosk, demo_home, museum
):
    finger = watching_kiosk
    finger.tap("attractScreen")
    finger.tap("sectionTile-chronology")
    finger.wait_for("chronologyScreen")
    export_bundle(museum, demo_home.root / "inbox" / "from-the-museum")
    wanted = museum.current_snapshot().parent.name
    finger.qtbot.waitUntil(
        lambda: demo_home.current_snapshot().parent.name == wanted, timeout=10_000
    )

    finger.tap("homeButton")  # installed, and the visit goes on with what it began with
    home = finger.wait_for("homeScreen")
    assert finger.wait_for("screenTitle", within=home).property("text") == OLD_TITLE

    finger.qtbot.waitUntil(lambda: finger.find("attractScreen") is not None, timeout=10_000)
    finger.qtbot.waitUntil(lambda: finger.text("exhibitionTitle") == NEW_TITLE)


def test_a_tampered_bundle_in_the_inbox_is_never_shown(watching_kiosk, demo_home, museum, caplog):
    finger = watching_kiosk
    caplog.set_level(logging.WARNING, logger="kiosk")
    arriving = demo_home.root / "inbox" / "from-the-museum"
    export_bundle(museum, arriving)
    manifest = json.loads((arriving / "manifest.json").read_text())
    manifest["counts"]["events"] += 1
    (arriving / "manifest.json").write_text(json.dumps(manifest))

    finger.qtbot.waitUntil(lambda: "bundle refused" in caplog.text, timeout=10_000)
    assert "signature does not match" in caplog.text
    finger.tap("attractScreen")
    finger.wait_for("homeScreen")
    finger.kiosk.controllers.visit.reset()
    finger.wait_for("attractScreen")
    assert finger.text("exhibitionTitle") == OLD_TITLE
