"""The gallery's filters: a group and a slug, and one key per filter made only in
kiosk.services.gallery."""

from __future__ import annotations

from kiosk.services.exhibit import Exhibit
from kiosk.services.gallery import FilterGroup, GalleryFilter


def test_each_filter_has_its_own_key():
    keys = {
        GalleryFilter(group, slug).key
        for group in (FilterGroup.TRACK, FilterGroup.ERA)
        for slug in ("baku-1990", "remembering")
    }
    assert keys == {
        "track:baku-1990",
        "track:remembering",
        "era:baku-1990",
        "era:remembering",
    }


def test_a_filter_of_no_track_or_era_shows_nothing(built_demo):
    x = Exhibit.load(built_demo)
    assert x.media_items("photos", "en", GalleryFilter(FilterGroup.TRACK, "no-such-track")) == []
    assert x.media_items("photos", "en", GalleryFilter(FilterGroup.ERA, "baku-1990")) == []
    assert len(x.media_items("photos", "en", None)) > 0  # no filter: everything
