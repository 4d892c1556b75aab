"""The gallery's filters: a group and a slug, named to the screen by one key made and read
only in kiosk.services.gallery."""

from __future__ import annotations

import logging

from kiosk.services.exhibit import Exhibit
from kiosk.services.gallery import FilterGroup, GalleryFilter


def test_a_filter_is_read_back_from_its_key():
    for group in (FilterGroup.TRACK, FilterGroup.ERA):
        chosen = GalleryFilter(group, "baku-1990")
        assert GalleryFilter.parse(chosen.key) == chosen


def test_a_key_that_names_no_group_names_no_filter():
    for key in ("", "all:x", "place:baku", "track:", "baku-1990", "TRACKS:baku-1990"):
        assert GalleryFilter.parse(key) is None, key


def test_an_unknown_filter_shows_nothing_and_says_so(built_demo, caplog):
    x = Exhibit.load(built_demo)
    with caplog.at_level(logging.ERROR, logger="kiosk.services.gallery"):
        assert x.media_items("photos", "en", "place:baku") == []
    assert "no media filter 'place:baku'" in caplog.text
    assert x.media_items("photos", "en", "track:no-such-track") == []  # a track with no media
