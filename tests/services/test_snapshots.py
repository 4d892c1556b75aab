"""What `kiosk snapshots` lists, and the fingerprint that tells a changed draft."""

from datetime import UTC, datetime, timedelta

import pytest

from kiosk.content import model as m
from kiosk.content.errors import HomeError
from kiosk.content.text import LocalText
from kiosk.services.publish import publish, rollback
from kiosk.services.snapshots import kept_snapshots
from tests.hostile import damage_database


def _publish(home, title):
    draft = home.open_draft()
    draft.put(m.Exhibition("ex", LocalText.of(title)))
    draft.close()
    return publish(home)


def test_nothing_published_lists_nothing(home, tmp_path):
    assert kept_snapshots(home) == []
    with pytest.raises(HomeError, match="not a kiosk home"):
        kept_snapshots(type(home).resolve(tmp_path / "nowhere"))


def test_each_kept_snapshot_with_its_time_counts_and_which_is_current(home):
    first, second = _publish(home, "One"), _publish(home, "Two")
    rollback(home)
    kept = kept_snapshots(home)
    assert [(k.name, k.current, k.shown) for k in kept] == [
        (first.name, True, True),
        (second.name, False, False),
    ]
    assert abs(kept[0].published - datetime.now(UTC)) < timedelta(minutes=1)
    assert kept[1].counts == second.counts and kept[1].counts["exhibition"] == 1


def test_the_one_shown_is_marked_when_current_cannot_be(home):
    _publish(home, "One")
    damage_database(_publish(home, "Two").path)
    kept = kept_snapshots(home)
    assert [(k.current, k.shown) for k in kept] == [(False, True), (True, False)]


def test_a_snapshot_without_a_manifest_is_listed_without_time_or_counts(home):
    snapshot = _publish(home, "One")
    (snapshot.path.parent / "manifest.json").unlink()
    (kept,) = kept_snapshots(home)
    assert (kept.name, kept.published, kept.counts) == (snapshot.name, None, {})
