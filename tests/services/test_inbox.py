"""HOME/inbox: bundles that arrive are installed once whole and verified, once only; what
stops one is logged once for each state it is seen in."""

from __future__ import annotations

import json
import logging
import shutil

from kiosk.services.bundle_install import install_bundle
from kiosk.services.bundle_manifest import MANIFEST, Manifest, parse_manifest
from kiosk.services.home import KioskHome
from kiosk.services.inbox import Inbox
from kiosk.services.publish import rollback
from kiosk.services.signing import public_key, signing_key, trust
from tests.conftest import Clock
from tests.fleet import exported, publish_titled, shown_title
from tests.hostile import small_disk
from tests.media_files import photo


def test_a_bundle_copied_into_the_inbox_is_installed_once(staff, kiosk, tmp_path):
    exported(staff, kiosk.root / "inbox" / "first")
    inbox = Inbox(kiosk)
    assert [i.snapshot for i in inbox.check()] == [staff.current_snapshot().parent.name]
    assert shown_title(kiosk) == "First"
    assert inbox.check() == [] and Inbox(kiosk).check() == []  # remembered across restarts
    handled = json.loads((kiosk.logs_dir / "bundles.json").read_text())
    assert list(handled) == kiosk.snapshot_names()  # by snapshot: a later export is the same


def test_the_inbox_itself_may_be_the_bundle_as_syncthing_delivers_it(staff, kiosk):
    (kiosk.root / "inbox" / ".stfolder").mkdir(parents=True)  # Syncthing's marker
    exported(staff, kiosk.root / "inbox")
    assert len(Inbox(kiosk).check()) == 1 and shown_title(kiosk) == "First"


def test_a_bundle_still_arriving_is_logged_once_and_installed_when_whole(
    staff, kiosk, tmp_path, caplog
):
    whole = exported(staff, tmp_path / "whole")
    arriving = kiosk.root / "inbox" / "b"
    arriving.mkdir(parents=True)
    shutil.copy2(whole / MANIFEST, arriving / MANIFEST)  # the manifest first
    inbox = Inbox(kiosk)
    with caplog.at_level(logging.INFO, logger="kiosk.services.inbox"):
        assert inbox.check() == [] and inbox.check() == []
    said = [r for r in caplog.records if "not yet whole" in r.getMessage()]
    assert len(said) == 1 and "is missing" in said[0].getMessage()

    shutil.copytree(whole, arriving, dirs_exist_ok=True)
    assert len(inbox.check()) == 1 and shown_title(kiosk) == "First"


def test_a_refused_bundle_is_logged_once_and_the_kiosk_keeps_what_it_shows(
    staff, kiosk, tmp_path, caplog
):
    exported(staff, kiosk.root / "inbox" / "first")
    inbox = Inbox(kiosk)
    inbox.check()
    publish_titled(staff, "Second")
    second = exported(staff, kiosk.root / "inbox" / "second")
    data = json.loads((second / MANIFEST).read_text())
    data["counts"]["events"] = 99
    (second / MANIFEST).write_text(json.dumps(data))

    with caplog.at_level(logging.WARNING, logger="kiosk.services.inbox"):
        assert inbox.check() == [] and inbox.check() == []
    refused = [
        r.getMessage() for r in caplog.records if r.getMessage().startswith("bundle refused")
    ]
    assert len(refused) == 1 and "signature does not match" in refused[0]
    assert shown_title(kiosk) == "First"


def test_a_snapshot_staff_rolled_back_from_is_not_installed_again(staff, kiosk, tmp_path):
    exported(staff, kiosk.root / "inbox" / "first")
    publish_titled(staff, "Second", photo(tmp_path / "c.jpg"))
    exported(staff, kiosk.root / "inbox" / "second")
    inbox = Inbox(kiosk)
    assert len(inbox.check()) == 2 and shown_title(kiosk) == "Second"
    rollback(kiosk)
    assert Inbox(kiosk).check() == [] and shown_title(kiosk) == "First"
    _signed_again(staff, kiosk.inbox_dir / "second")  # a later export of the same snapshot
    assert Inbox(kiosk).check() == [] and shown_title(kiosk) == "First"


def _signed_again(staff, bundle):
    parsed = parse_manifest(bundle)
    about = {**parsed.about, "exported": "2099-01-01T00:00:00+00:00"}
    manifest = Manifest(parsed.snapshot, parsed.files, about).signed(signing_key(staff))
    (bundle / MANIFEST).write_bytes(manifest.to_json())


def test_no_inbox_is_an_empty_one(kiosk):
    assert Inbox(kiosk).check() == []


def test_a_full_disk_leaves_the_kiosk_as_it_was_and_the_bundle_is_tried_again(
    staff, kiosk, tmp_path, caplog
):
    """Media first, the archive last: the disk fills on the way, and nothing is shown."""
    clock = Clock()
    inbox = Inbox(kiosk, clock)
    exported(staff, kiosk.root / "inbox" / "first")
    with small_disk(kiosk.root / "media", "64k") as media:
        caplog.set_level(logging.WARNING, logger="kiosk.services.inbox")
        assert inbox.check() == []
        assert "tried again in 10 min" in caplog.text and "No space left" in caplog.text
        assert kiosk.current_snapshot() is None and not list(media.rglob("*.tmp"))
        assert inbox.check() == []  # not before ten minutes
    clock.now += 601  # and the disk has room again
    assert len(inbox.check()) == 1 and shown_title(kiosk) == "First"


def test_a_bundle_refused_for_an_untrusted_key_installs_once_the_key_is_trusted(staff, tmp_path):
    bare = KioskHome.resolve(tmp_path / "bare")
    bare.create()
    exported(staff, bare.inbox_dir / "first")
    inbox = Inbox(bare)
    assert inbox.check() == []
    trust(bare, public_key(staff))  # nothing in the bundle changed
    assert len(inbox.check()) == 1 and shown_title(bare) == "First"


def test_a_bundle_installed_by_hand_is_not_installed_again_from_the_inbox(staff, kiosk, tmp_path):
    install_bundle(kiosk, exported(staff, tmp_path / "stick"))
    publish_titled(staff, "Second")
    install_bundle(kiosk, exported(staff, tmp_path / "stick-2"))
    rollback(kiosk)
    shutil.copytree(tmp_path / "stick-2", kiosk.inbox_dir / "second")
    assert Inbox(kiosk).check() == [] and shown_title(kiosk) == "First"


def test_what_a_stick_s_system_leaves_in_a_bundle_is_ignored(staff, kiosk):
    bundle = exported(staff, kiosk.inbox_dir / "first")
    for junk in (".DS_Store", "Thumbs.db", "media/._photo.jpg", "System Volume Information/x"):
        (bundle / junk).parent.mkdir(parents=True, exist_ok=True)
        (bundle / junk).write_bytes(b"the system's")
    assert len(Inbox(kiosk).check()) == 1
    assert not (kiosk.root / "media" / "._photo.jpg").exists()
