"""The chronology as a visitor sees it: every card whole at every text size, time running to
the right on a landscape screen and down a portrait one, and nothing behind the lanes' names."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QPointF

from kiosk.content import model as m
from kiosk.services.publish import publish
from tests.ui.conftest import Finger, find_anywhere, open_kiosk

CARD_TEXTS = ("cardDate", "cardTitle", "cardPlace")


def _open_chronology(qtbot, home, touchscreen, size, text_size):
    kiosk = open_kiosk(qtbot, home, size=size)
    finger = Finger(qtbot, kiosk, touchscreen)
    finger.tap("attractScreen")
    finger.tap(f"textSize-{text_size}")
    finger.tap("sectionTile-chronology")
    finger.wait_for("timeline")
    finger.settle()
    return kiosk, finger


def _cards(finger) -> list:
    """Each event's card, or None where the timeline has not made it (far out of sight)."""
    slugs = [e.slug for e in finger.kiosk.controllers.exhibition.exhibit.events]
    root = finger.kiosk.window.contentItem()
    return [find_anywhere(root, f"eventCard-{slug}") for slug in slugs]


def _made(finger) -> list:
    return [card for card in _cards(finger) if card is not None]


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 800), (1080, 1920)])
@pytest.mark.parametrize("text_size", [0, 2])
def test_every_card_shows_its_whole_date_title_and_place(
    qtbot, demo_home, touchscreen, size, text_size
):
    kiosk, finger = _open_chronology(qtbot, demo_home, touchscreen, size, text_size)
    for lang in ("lt", "az"):
        finger.tap(f"language-{lang}")
        qtbot.waitUntil(lambda lang=lang: kiosk.controllers.visit.language == lang)
        for card in _cards(finger):
            if card is None:  # a card the timeline has not made: far out of sight
                continue
            for name in CARD_TEXTS:
                text = find_anywhere(card, name)
                bottom = text.mapToItem(card, QPointF(0, text.height())).y()
                assert bottom <= card.height() + 0.5, (lang, card.objectName(), name)
                assert not text.property("truncated"), (lang, card.objectName(), name)
    kiosk.close()


def test_time_runs_right_on_a_landscape_screen_and_down_a_portrait_one(
    qtbot, demo_home, touchscreen
):
    for size, axis in (((1920, 1080), 0), ((1080, 1920), 1)):
        kiosk, finger = _open_chronology(qtbot, demo_home, touchscreen, size, 1)
        first, second = _cards(finger)[:2]
        a, b = (card.mapToScene(QPointF(0, 0)) for card in (first, second))
        assert (b.x() > a.x(), b.y() > a.y())[axis], size
        kiosk.close()


def test_scrolled_to_its_end_no_card_shows_beside_the_lanes_names(qtbot, demo_home, touchscreen):
    kiosk, finger = _open_chronology(qtbot, demo_home, touchscreen, (1920, 1080), 1)
    timeline = finger.wait_for("timeline")
    timeline.setProperty("contentX", timeline.property("contentWidth") - timeline.width())
    left = timeline.mapToScene(QPointF(0, 0)).x()
    for card in _made(finger):
        x = card.mapToScene(QPointF(0, 0)).x()
        right = card.mapToScene(QPointF(card.width(), 0)).x()
        assert right <= left or x >= left - 0.5, card.objectName()  # whole, or out of sight
    # The years scroll with the cards: the last event's year stands above its card.
    last = _cards(finger)[-1]
    year = finger.wait_for(
        f"year-{finger.kiosk.controllers.exhibition.exhibit.event_rows('en')[-1].year}"
    )
    assert year.mapToScene(QPointF(0, 0)).x() == pytest.approx(last.mapToScene(QPointF(0, 0)).x())
    kiosk.close()


def test_at_the_largest_text_every_lane_stays_on_a_landscape_screen(qtbot, demo_home, touchscreen):
    kiosk, finger = _open_chronology(qtbot, demo_home, touchscreen, (1920, 1080), 2)
    finger.tap("language-lt")
    qtbot.waitUntil(lambda: kiosk.controllers.visit.language == "lt")
    finger.settle()
    timeline = finger.wait_for("timeline")
    bottom = timeline.mapToScene(QPointF(0, timeline.height())).y()
    for card in _made(finger):
        assert card.mapToScene(QPointF(0, card.height())).y() <= bottom + 0.5, card.objectName()
    kiosk.close()


def test_an_event_on_no_track_is_drawn_in_a_lane_below_the_tracks(qtbot, demo_home, touchscreen):
    archive = demo_home.open_draft()
    events = archive.all(m.Event)
    archive.put(dataclasses.replace(events[-1], track=None))  # as an older import left it
    archive.close()
    publish(demo_home)
    kiosk, finger = _open_chronology(qtbot, demo_home, touchscreen, (1920, 1080), 0)
    *on_tracks, loose = (card.mapToScene(QPointF(0, 0)).y() for card in _cards(finger))
    assert loose > max(on_tracks)
    kiosk.close()


def _lengthen(home, copies: int, long_title: str) -> str:
    """`copies` more events like the first, and one in the first's lane with `long_title`
    and the last one's date, at the far end of the timeline; its slug."""
    archive = home.open_draft()
    events = archive.all(m.Event)
    for n in range(copies):
        archive.put(dataclasses.replace(events[0], slug=f"copy-{n:02d}", position=100 + n))
    archive.put(
        dataclasses.replace(
            events[0],
            slug="zz-long",
            title=m.LocalText.of(long_title),
            start=max(e.start for e in events if e.start),
            end=None,
            display_date=m.LocalText(),
            position=1000,
        )
    )
    archive.close()
    publish(home)
    return "zz-long"


def test_a_long_timeline_makes_only_the_cards_near_sight(qtbot, demo_home, touchscreen):
    slug = _lengthen(demo_home, 40, "The last event")
    kiosk, finger = _open_chronology(qtbot, demo_home, touchscreen, (1920, 1080), 1)
    cards = _cards(finger)
    assert len(cards) == 47
    assert 3 <= len(_made(finger)) <= 12  # what a screen shows, and a screen's width ahead
    timeline = finger.wait_for("timeline")
    timeline.setProperty("contentX", timeline.property("contentWidth") - timeline.width())
    finger.tap(f"eventCard-{slug}")
    finger.wait_for("eventScreen")
    kiosk.close()


def test_a_lane_is_as_tall_as_its_tallest_card_before_it_is_in_sight(qtbot, demo_home, touchscreen):
    long_title = " ".join(["A night the whole city remembers"] * 6)
    slug = _lengthen(demo_home, 40, long_title)
    kiosk, finger = _open_chronology(qtbot, demo_home, touchscreen, (1920, 1080), 1)
    root = kiosk.window.contentItem()
    assert find_anywhere(root, f"eventCard-{slug}") is None  # far out of sight
    lane = next(e for e in kiosk.controllers.exhibition.exhibit.event_rows("en") if e.slug == slug)
    neighbour = next(
        find_anywhere(root, f"eventCard-{e.slug}")
        for e in kiosk.controllers.exhibition.exhibit.event_rows("en")
        if e.lane == lane.lane and find_anywhere(root, f"eventCard-{e.slug}") is not None
    )
    before = neighbour.height()
    timeline = finger.wait_for("timeline")
    timeline.setProperty("contentX", timeline.property("contentWidth") - timeline.width())
    card = finger.wait_for(f"eventCard-{slug}")
    finger.settle()
    assert card.height() == pytest.approx(before)  # the lane did not grow as it came in sight
    for name in CARD_TEXTS:
        text = find_anywhere(card, name)
        assert text.mapToItem(card, QPointF(0, text.height())).y() <= card.height() + 0.5, name
        assert not text.property("truncated"), name
    title = find_anywhere(card, "cardTitle")
    assert title.property("lineCount") >= 4  # the title needed the lane's height
    kiosk.close()
