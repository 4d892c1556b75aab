"""Exhibition bundles: exported on the staff PC, installed on a kiosk only when all of it
verifies; anything wrong, and the kiosk keeps what it shows."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kiosk.content import model as m
from kiosk.content.errors import KioskError
from kiosk.services.bundle_export import export_bundle
from kiosk.services.bundle_install import install_bundle
from kiosk.services.bundle_manifest import (
    MANIFEST,
    BundleArriving,
    BundleRefused,
    Manifest,
    parse_manifest,
)
from kiosk.services.home import KioskHome
from kiosk.services.publish import INCOMING, publish
from kiosk.services.signing import new_key, signing_key
from tests.fleet import exported, publish_titled, shown_title
from tests.hostile import damage_database
from tests.media_files import photo


def test_a_bundle_carries_the_snapshot_and_its_media_to_a_kiosk_that_shows_it(
    staff, kiosk, tmp_path
):
    exported = export_bundle(staff, tmp_path / "stick")
    assert exported.snapshot == staff.current_snapshot().parent.name

    installed = install_bundle(kiosk, tmp_path / "stick")

    assert installed.new and kiosk.current_snapshot().parent.name == exported.snapshot
    assert shown_title(kiosk) == "First"
    archive = kiosk.open_published()
    stored = archive.stored_paths()
    archive.close()
    assert len(stored) >= 6  # two originals, each with its thumbnail and display picture
    for relative in stored:
        assert (kiosk.root / relative).read_bytes() == (staff.root / relative).read_bytes()


def test_exporting_again_copies_only_what_changed(staff, tmp_path):
    stick = tmp_path / "stick"
    first = export_bundle(staff, stick)
    manifest = (stick / MANIFEST).read_bytes()
    assert export_bundle(staff, stick).copied == 0
    assert (stick / MANIFEST).read_bytes() == manifest  # nothing new for the kiosks to fetch

    before = {p: p.stat().st_mtime_ns for p in stick.rglob("*") if p.is_file()}
    publish_titled(staff, "First", photo(tmp_path / "c.jpg", colour=(10, 200, 10)))
    again = export_bundle(staff, stick)

    changed = {p for p in stick.rglob("*") if p.is_file() and before.get(p) != p.stat().st_mtime_ns}
    new_media = {p.relative_to(stick).as_posix() for p in changed} - {"content.db", MANIFEST}
    assert again.files == first.files + 3 and again.copied == 1 + len(new_media) == 4
    assert all("media/" in p for p in new_media)


def test_a_photo_dropped_from_the_exhibition_leaves_the_bundle_too(staff, tmp_path):
    stick = tmp_path / "stick"
    export_bundle(staff, stick)
    draft = staff.open_draft()
    dropped = draft.all(m.Media)[0]
    draft.delete(dropped)
    draft.close()
    publish(staff, force=True)
    assert export_bundle(staff, stick).removed == 3  # the original and its two renditions
    assert not list(stick.rglob(f"{dropped.sha256}*"))
    assert not (stick / "manifest.json.previous").exists()


def test_a_folder_holding_someone_elses_files_is_refused_and_nothing_deleted(staff, tmp_path):
    stick = tmp_path / "stick"
    (stick / "holiday").mkdir(parents=True)
    (stick / "holiday" / "dune.jpg").write_bytes(b"a photo of someone's")
    (stick / "notes.docx").write_bytes(b"notes")
    with pytest.raises(KioskError, match="not part of an exhibition bundle"):
        export_bundle(staff, stick)
    assert sorted(p.name for p in stick.rglob("*")) == ["dune.jpg", "holiday", "notes.docx"]
    with pytest.raises(KioskError, match="not part of an exhibition bundle"):
        export_bundle(staff, staff.root)  # --out given the home itself
    assert staff.draft_file.exists() and (staff.root / "keys" / "signing-key.pem").exists()


def test_an_export_stopped_half_way_is_finished_by_the_next(staff, kiosk, tmp_path, monkeypatch):
    stick = tmp_path / "stick"
    export_bundle(staff, stick)
    publish_titled(staff, "Second", photo(tmp_path / "c.jpg", colour=(0, 90, 0)))
    from kiosk.services import bundle_export

    def stop(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr(bundle_export, "_remove_others", stop)
    with pytest.raises(KeyboardInterrupt):
        export_bundle(staff, stick)
    with pytest.raises(BundleRefused):  # no manifest: no bundle, and a kiosk waits
        install_bundle(kiosk, stick)
    monkeypatch.undo()
    export_bundle(staff, stick)
    assert install_bundle(kiosk, stick).new and shown_title(kiosk) == "Second"


def test_checksum_rewrites_a_file_damaged_on_the_stick(staff, kiosk, tmp_path):
    stick = tmp_path / "stick"
    export_bundle(staff, stick)
    victim = _a_media_file(stick)
    _flip_a_byte(victim, keep_time=True)
    assert export_bundle(staff, stick).copied == 0  # size and time alike: kept, as rsync would
    with pytest.raises(BundleRefused, match="does not match its SHA-256"):
        install_bundle(kiosk, stick)
    assert export_bundle(staff, stick, checksum=True).copied == 1
    assert install_bundle(kiosk, stick).new


def _a_media_file(bundle: Path) -> Path:
    return sorted((bundle / "media" / "originals").rglob("*.jpg"))[0]


def _flip_a_byte(path: Path, keep_time: bool = False) -> None:
    status = path.stat()
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    if keep_time:
        import os

        os.utime(path, ns=(status.st_atime_ns, status.st_mtime_ns))


# -- refused: the kiosk keeps what it shows ---------------------------------------------------


@pytest.fixture
def showing(staff, kiosk, tmp_path) -> tuple[KioskHome, Path]:
    """A kiosk showing "First", and a bundle of "Second" to spoil before it is installed."""
    install_bundle(kiosk, exported(staff, tmp_path / "first"))
    publish_titled(staff, "Second", photo(tmp_path / "d.jpg", colour=(200, 200, 0)))
    return kiosk, exported(staff, tmp_path / "second")


def _new_to(kiosk: KioskHome, bundle: Path) -> Path:
    """A media file of the bundle the kiosk does not hold yet (one it holds is not copied)."""
    media = sorted((bundle / "media").rglob("*.jpg"))
    return next(p for p in media if not (kiosk.root / p.relative_to(bundle)).exists())


def _linked(path: Path, target: Path) -> None:
    path.unlink()
    path.symlink_to(target)


def _spoil_the_manifest(bundle: Path, change) -> None:
    data = json.loads((bundle / MANIFEST).read_text())
    change(data)
    (bundle / MANIFEST).write_text(json.dumps(data))


SPOILS = {
    "a tampered byte": (lambda b, k: _flip_a_byte(_new_to(k, b)), "does not match its SHA-256"),
    "a missing file": (lambda b, k: _a_media_file(b).unlink(), "is missing"),
    "an extra file": (
        lambda b, k: (b / "media" / "extra.jpg").write_bytes(b"x"),
        "is not in the manifest",
    ),
    "a truncated file": (
        lambda b, k: _a_media_file(b).write_bytes(_a_media_file(b).read_bytes()[:100]),
        "the manifest says",
    ),
    "no signature": (
        lambda b, k: _spoil_the_manifest(b, lambda d: d.pop("signature")),
        "not signed",
    ),
    "an altered manifest": (
        lambda b, k: _spoil_the_manifest(b, lambda d: d["counts"].update(events=99)),
        "signature does not match",
    ),
    "a link instead of a file": (
        lambda b, k: _linked(_new_to(k, b), Path("/etc/hostname")),
        "not a regular file",
    ),
    "a transfer in progress": (
        lambda b, k: (b / "media" / ".syncthing.x.jpg.tmp").write_bytes(b"half"),
        "still being delivered",
    ),
}


@pytest.mark.parametrize("spoil", SPOILS, ids=list(SPOILS))
def test_a_spoiled_bundle_is_refused_and_the_kiosk_keeps_what_it_shows(showing, spoil):
    kiosk, bundle = showing
    change, reason = SPOILS[spoil]
    change(bundle, kiosk)
    shown = kiosk.current_file.read_bytes()

    with pytest.raises(BundleRefused, match=reason):
        install_bundle(kiosk, bundle)

    assert kiosk.current_file.read_bytes() == shown and shown_title(kiosk) == "First"
    assert not list(kiosk.snapshots_dir.glob(f"{INCOMING}*"))
    assert len(kiosk.snapshot_names()) == 1


def test_a_half_copied_bundle_is_not_whole_yet_and_installs_once_it_is(showing, tmp_path):
    """The manifest copied first, then the rest, as a careless copy (or Syncthing) may."""
    kiosk, bundle = showing
    half = tmp_path / "half"
    half.mkdir()
    shutil.copy2(bundle / MANIFEST, half / MANIFEST)
    with pytest.raises(BundleArriving, match="is missing"):
        install_bundle(kiosk, half)
    shutil.copytree(bundle, half, dirs_exist_ok=True)
    assert install_bundle(kiosk, half).new and shown_title(kiosk) == "Second"


def test_a_bundle_signed_by_a_key_the_kiosk_does_not_trust_is_refused(showing, tmp_path):
    kiosk, bundle = showing
    stranger = KioskHome.resolve(tmp_path / "stranger")
    stranger.create()
    new_key(stranger)
    data = Manifest(**_fields(bundle)).signed(signing_key(stranger)).to_json()
    (bundle / MANIFEST).write_bytes(data)
    with pytest.raises(BundleRefused, match="a key this kiosk does not trust"):
        install_bundle(kiosk, bundle)
    assert shown_title(kiosk) == "First"


def test_an_archive_that_fails_sqlites_check_is_refused(showing, staff):
    kiosk, bundle = showing
    damage_database(bundle / "content.db")
    from kiosk.media.store import sha256_of

    fields = _fields(bundle)
    listed = fields["files"]["content.db"]
    fields["files"]["content.db"] = type(listed)(listed.size, sha256_of(bundle / "content.db"))
    (bundle / MANIFEST).write_bytes(Manifest(**fields).signed(signing_key(staff)).to_json())

    with pytest.raises(BundleRefused, match="fails SQLite's check"):
        install_bundle(kiosk, bundle)
    assert shown_title(kiosk) == "First" and len(kiosk.snapshot_names()) == 1


def _fields(bundle: Path) -> dict:
    parsed = parse_manifest(bundle)
    return {"snapshot": parsed.snapshot, "files": dict(parsed.files), "about": parsed.about}


def test_a_kiosk_that_trusts_no_key_says_how_to_trust_one(staff, tmp_path):
    bare = KioskHome.resolve(tmp_path / "bare")
    bare.create()
    with pytest.raises(BundleRefused, match=r"trusts no key yet.*kiosk keys trust KEY"):
        install_bundle(bare, exported(staff, tmp_path / "stick"))


def test_the_same_bundle_again_makes_its_kept_snapshot_current_without_a_copy(showing, staff):
    kiosk, second = showing
    install_bundle(kiosk, second)
    from kiosk.services.publish import rollback

    rollback(kiosk)
    assert shown_title(kiosk) == "First"
    again = install_bundle(kiosk, second)
    assert not again.new and shown_title(kiosk) == "Second"
