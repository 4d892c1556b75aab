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
    slugs = [e.slug for e in finger.kiosk.controllers.exhibition.exhibit.events]
    root = finger.kiosk.window.contentItem()
    return [find_anywhere(root, f"eventCard-{slug}") for slug in slugs]


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
            if card is None:  # a row a ListView has not made yet: scrolled to below
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
    for card in _cards(finger):
        x = card.mapToScene(QPointF(0, 0)).x()
        right = card.mapToScene(QPointF(card.width(), 0)).x()
        assert right <= left or x >= left - 0.5, card.objectName()  # whole, or out of sight
    kiosk.close()


def test_at_the_largest_text_every_lane_stays_on_a_landscape_screen(qtbot, demo_home, touchscreen):
    kiosk, finger = _open_chronology(qtbot, demo_home, touchscreen, (1920, 1080), 2)
    finger.tap("language-lt")
    qtbot.waitUntil(lambda: kiosk.controllers.visit.language == "lt")
    finger.settle()
    timeline = finger.wait_for("timeline")
    bottom = timeline.mapToScene(QPointF(0, timeline.height())).y()
    for card in _cards(finger):
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
