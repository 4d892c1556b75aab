"""The enums QML reads where strings were: screens (an unknown one is refused, logged, and goes
nowhere) and the gallery's filter groups."""

from __future__ import annotations

import logging

import pytest

from kiosk.content.model import SECTION_KINDS
from kiosk.services.visitor_search import GROUP_OF
from kiosk.ui.navigator import FOUND_SCREENS, SECTION_SCREENS, Navigator, Screen


@pytest.fixture
def navigator(qapp):
    navigator = Navigator()
    navigator.home()
    navigator.open(Screen.Media, "photos")
    return navigator


def _where(navigator: Navigator) -> tuple[Screen, str, int]:
    return navigator.current, navigator.key, navigator.depth


def test_an_unknown_screen_is_refused_with_an_error_and_the_visitor_stays(navigator, caplog):
    before = _where(navigator)
    pushed = []
    navigator.pushed.connect(lambda screen, key: pushed.append(screen))
    with caplog.at_level(logging.ERROR, logger="kiosk.ui.navigator"):
        navigator.open(max(Screen) + 1, "somewhere")
    assert _where(navigator) == before and pushed == []
    assert f"no screen {max(Screen) + 1} to open" in caplog.text


def test_home_and_the_attract_loop_replace_the_stack_and_are_never_pushed(navigator, caplog):
    before = _where(navigator)
    with caplog.at_level(logging.ERROR, logger="kiosk.ui.navigator"):
        navigator.open(Screen.Home, "")
        navigator.open(Screen.Attract, "")
    assert _where(navigator) == before
    assert caplog.text.count("no screen") == 2


def test_a_known_screen_opens_once_however_often_it_is_tapped(navigator):
    navigator.open(Screen.Photo, "abc")
    navigator.open(Screen.Photo, "abc")
    assert _where(navigator) == (Screen.Photo, "abc", 3)
    assert navigator.screen == Screen.Photo.value  # what QML reads: the enum's value


def test_every_kind_of_section_has_its_screen():
    assert set(SECTION_SCREENS) == set(SECTION_KINDS)


def test_a_section_of_an_unknown_kind_is_refused_with_an_error(navigator, caplog):
    navigator.home()
    with caplog.at_level(logging.ERROR, logger="kiosk.ui.navigator"):
        navigator.openSection("gift-shop", "shop")
    assert _where(navigator) == (Screen.Home, "", 1)
    assert "no screen shows a 'gift-shop' section" in caplog.text
    navigator.openSection("artworks", "artworks")
    assert _where(navigator) == (Screen.Artworks, "artworks", 2)


def test_qml_reads_the_same_filter_groups_as_the_gallery_has():
    from kiosk.services.gallery import FilterGroup
    from kiosk.ui.media_filter import MediaFilter

    mirrored = [(group.name.lower(), group.value) for group in MediaFilter.Group]
    assert mirrored == [(group.name.lower(), group.value) for group in FilterGroup]


def test_a_filter_is_chosen_by_its_group_and_a_group_that_is_none_is_refused(
    qapp, built_demo, caplog
):
    from kiosk.services.exhibit import Exhibit
    from kiosk.ui.gallery import Gallery
    from kiosk.ui.media_filter import MediaFilter

    gallery = Gallery(Exhibit.load(built_demo), "en")
    gallery.showSection("photos")
    every = gallery.media.rowCount()
    gallery.chooseFilter(MediaFilter.Group.Track.value, "vilnius-1991")
    narrowed = gallery.media.rowCount()
    assert gallery.filter == "track:vilnius-1991" and 0 < narrowed < every
    with caplog.at_level(logging.ERROR, logger="kiosk.ui.gallery"):
        gallery.chooseFilter(max(MediaFilter.Group) + 1, "vilnius-1991")
        gallery.chooseFilter(MediaFilter.Group.Era.value, "")
    assert gallery.filter == "track:vilnius-1991" and gallery.media.rowCount() == narrowed
    assert caplog.text.count("no media filter") == 2
    gallery.chooseFilter(MediaFilter.Group.All.value, "")
    assert gallery.filter == "" and gallery.media.rowCount() == every


def test_every_kind_a_search_finds_opens_a_screen_and_no_other_kind_does(navigator, caplog):
    assert set(FOUND_SCREENS) == set(GROUP_OF)
    navigator.home()
    with caplog.at_level(logging.ERROR, logger="kiosk.ui.navigator"):
        navigator.openFound("exhibition", "memory")  # found by `kiosk search`, not shown
    assert _where(navigator) == (Screen.Home, "", 1)
    assert "no screen shows a 'exhibition' search result" in caplog.text
    navigator.openFound("programme-item", "hajibeyov-sensiz")
    assert _where(navigator) == (Screen.Piece, "hajibeyov-sensiz", 2)
