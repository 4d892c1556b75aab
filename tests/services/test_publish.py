import json
from dataclasses import replace

import pytest

from kiosk.content import model as m
from kiosk.content.errors import ArchiveError, HomeError, KioskError
from kiosk.content.text import LocalText
from kiosk.services.publish import INCOMING, publish, rollback, snapshot_names
from tests.hostile import damage_database


def _set_title(home, title):
    draft = home.open_draft()
    draft.put(m.Exhibition("ex", LocalText.of(title)))
    draft.close()


def _published_title(home):
    archive = home.open_published()
    try:
        return archive.exhibition().title.get("en")
    finally:
        archive.close()


def test_publish_makes_a_read_only_snapshot_that_becomes_current(home):
    _set_title(home, "First")
    snapshot = publish(home)
    assert home.current_snapshot() == snapshot.path
    assert _published_title(home) == "First"
    manifest = json.loads((snapshot.path.parent / "manifest.json").read_text())
    assert manifest["counts"]["exhibition"] == 1
    archive = home.open_published()
    with pytest.raises(ArchiveError, match="read-only"):
        archive.put(m.Section("s", "media", LocalText.of("S")))
    archive.close()


def test_later_drafts_do_not_change_a_published_snapshot(home):
    _set_title(home, "First")
    publish(home)
    _set_title(home, "Second")
    assert _published_title(home) == "First"
    publish(home)
    assert _published_title(home) == "Second"


def test_rollback_returns_to_the_previous_snapshot(home):
    _set_title(home, "First")
    publish(home)
    _set_title(home, "Second")
    publish(home)
    rollback(home)
    assert _published_title(home) == "First"
    with pytest.raises(HomeError, match="oldest snapshot"):
        rollback(home)


def test_an_interrupted_publish_is_discarded_and_the_old_snapshot_stays(home):
    _set_title(home, "First")
    first = publish(home)
    leftover = home.snapshots_dir / f"{INCOMING}20990101T000000Z-01"
    leftover.mkdir()
    (leftover / "content.db").write_bytes(b"half a database")
    assert home.current_snapshot() == first.path
    assert snapshot_names(home) == [first.name]
    _set_title(home, "Second")
    publish(home)
    assert not leftover.exists()


def test_old_snapshots_beyond_the_limit_are_removed(home):
    home.save_settings(replace(home.settings(), keep_snapshots=2))
    for title in ("One", "Two", "Three"):
        _set_title(home, title)
        publish(home)
    assert len(snapshot_names(home)) == 2
    assert _published_title(home) == "Three"


def test_running_before_publishing_says_what_to_do(home):
    with pytest.raises(HomeError, match="kiosk publish"):
        home.open_published()


def test_content_with_errors_is_not_published_unless_forced(demo_home):
    archive = demo_home.open_draft()
    image = next(x for x in archive.all(m.Media) if x.kind == "image")
    archive.put(replace(image, rights=LocalText()))
    archive.close()
    before = demo_home.current_snapshot()
    with pytest.raises(KioskError, match=r"1 error\(s\), the first: media:.* has no rights text"):
        publish(demo_home)
    assert demo_home.current_snapshot() == before
    assert not list(demo_home.snapshots_dir.glob(f"{INCOMING}*"))  # the copy begun is gone
    assert publish(demo_home, force=True).path == demo_home.current_snapshot()


# Recovery: a lost CURRENT or a damaged snapshot never leaves visitors with nothing


def _publish_three(home):
    names = []
    for title in ("One", "Two", "Three"):
        _set_title(home, title)
        names.append(publish(home).name)
    return names


def test_without_current_the_newest_sound_snapshot_is_shown_and_logged(home, caplog):
    _publish_three(home)
    home.current_file.unlink()
    assert _published_title(home) == "Three"
    assert "CURRENT is missing" in caplog.text and "showing snapshot" in caplog.text


def test_a_damaged_current_snapshot_falls_back_to_the_one_before_it(home, caplog):
    names = _publish_three(home)
    rollback(home)  # "Two" is current, "Three" newer
    damage_database(home.snapshots_dir / names[1] / "content.db")
    assert _published_title(home) == "One"
    assert f"snapshot {names[1]} (named in CURRENT) is damaged" in caplog.text
    assert f"showing snapshot {names[0]} instead" in caplog.text


def test_when_every_older_snapshot_is_damaged_a_newer_sound_one_is_shown(home):
    names = _publish_three(home)
    rollback(home)
    for name in names[:2]:
        damage_database(home.snapshots_dir / name / "content.db")
    assert _published_title(home) == "Three"
    damage_database(home.snapshots_dir / names[2] / "content.db")
    with pytest.raises(HomeError, match="every snapshot is damaged"):
        home.open_published()


def test_rollback_works_without_current(home):
    names = _publish_three(home)
    home.current_file.unlink()
    assert rollback(home) == names[1]
    assert _published_title(home) == "Two"


# What is published: never an empty archive, never the same content twice


def test_a_draft_with_no_exhibition_is_not_published_even_by_force(home):
    with pytest.raises(KioskError, match=r"draft.db: has no exhibition; .*kiosk new --home"):
        publish(home, force=True)
    assert snapshot_names(home) == [] and not home.current_file.exists()


def test_an_unchanged_draft_makes_no_new_snapshot_even_by_force(home):
    _set_title(home, "First")
    first = publish(home)
    for force in (False, True):
        again = publish(home, force=force)
        assert (again.name, again.new) == (first.name, False)
    assert snapshot_names(home) == [first.name]
    _set_title(home, "Second")
    assert publish(home).new and len(snapshot_names(home)) == 2


def test_a_change_of_the_languages_searched_is_a_change(home):
    _set_title(home, "First")
    publish(home)
    home.save_settings(replace(home.settings(), languages=["en", "az"]))
    assert publish(home).new


def test_a_snapshot_without_a_fingerprint_counts_as_changed(home):
    _set_title(home, "First")
    first = publish(home)
    manifest_file = first.path.parent / "manifest.json"
    manifest = json.loads(manifest_file.read_text())
    assert len(manifest.pop("fingerprint")) == 64
    manifest_file.chmod(0o644)
    manifest_file.write_text(json.dumps(manifest))  # as an older kiosk published it
    assert publish(home).new


def test_after_a_rollback_publishing_the_newer_draft_again_makes_a_snapshot(home):
    _set_title(home, "First")
    publish(home)
    _set_title(home, "Second")
    second = publish(home)
    rollback(home)
    again = publish(home)
    assert again.new and again.name != second.name and _published_title(home) == "Second"


def test_rollback_to_a_named_snapshot_newer_or_older(home):
    names = _publish_three(home)
    assert rollback(home, names[0]) == names[0] and _published_title(home) == "One"
    assert rollback(home, names[2]) == names[2] and _published_title(home) == "Three"


def test_rollback_to_an_unknown_name_lists_the_kept_ones(home):
    names = _publish_three(home)
    with pytest.raises(
        HomeError, match=f"no snapshot 'nope' is kept \\(kept: {', '.join(names)}\\)"
    ):
        rollback(home, "nope")
    assert _published_title(home) == "Three"
