"""Visitors one after another in one kiosk, each visit left to the idle countdown: what the
next visitor sees must be the kiosk as the first one found it."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QObject
from PySide6.QtMultimedia import QMediaPlayer

from tests.ui.conftest import Finger, find_anywhere, open_kiosk

IDLE_S, COUNTDOWN_S = 3, 2
VISITS = 3


@pytest.fixture
def quick_idle_kiosk(qtbot, demo_home, touchscreen, quick_idle):
    demo_home.save_settings(
        replace(demo_home.settings(), idle_seconds=IDLE_S, countdown_seconds=COUNTDOWN_S)
    )
    kiosk = open_kiosk(qtbot, demo_home)
    yield Finger(qtbot, kiosk, touchscreen), demo_home.settings()
    kiosk.close()


@pytest.mark.slow
def test_three_visits_in_a_row_each_end_on_a_clean_attract_loop(quick_idle_kiosk):
    finger, settings = quick_idle_kiosk
    for visit in range(VISITS):
        _a_visit(finger, language=["lt", "az", "ru"][visit])
        _left_alone_until_the_countdown_ends(finger)
        _the_kiosk_is_as_the_first_visitor_found_it(finger, settings)


def _a_visit(finger: Finger, language: str) -> None:
    finger.tap("attractScreen")
    finger.wait_for("homeScreen")  # the first tap of every visit reaches Home
    finger.tap(f"language-{language}")
    finger.tap("textSize-2")
    finger.tap("sectionTile-chronology")
    finger.tap("eventCard-baku-night-1990")
    finger.wait_for("eventScreen")
    finger.tap("homeButton")
    finger.tap("sectionTile-photos")
    finger.tap("mediaTile-0")
    finger.wait_for("photoScreen")
    finger.tap("homeButton")
    finger.reveal("sectionTile-concert", "homeScreen")  # the largest text: Home scrolls
    finger.tap("sectionTile-concert")
    finger.tap("playButton-hajibeyov-sensiz")
    finger.wait_for("audioProgress-hajibeyov-sensiz")  # the excerpt's progress shows


def _left_alone_until_the_countdown_ends(finger: Finger) -> None:
    overlay = find_anywhere(finger.kiosk.window.contentItem(), "idleOverlay")
    finger.qtbot.waitUntil(lambda: finger.find("continueButton") is not None, timeout=8000)
    assert overlay.isVisible()
    finger.qtbot.waitUntil(
        lambda: finger.find("attractScreen") is not None and not overlay.isVisible(),
        timeout=(COUNTDOWN_S + 3) * 1000,
    )


def _the_kiosk_is_as_the_first_visitor_found_it(finger: Finger, settings) -> None:
    root = finger.kiosk.window.contentItem()
    overlay = find_anywhere(root, "idleOverlay")
    assert not overlay.isVisible()
    assert finger.find("continueButton") is None
    assert finger.find("stack").property("currentItem").objectName() == "attractScreen"
    assert finger.find("topBar") is None  # no visit's bar over the attract loop
    player = root.findChild(QObject, "excerptPlayer")
    assert player is None or player.property("playbackState") != QMediaPlayer.PlayingState
    # Language and text size are the defaults again: the bar of the next visit shows them.
    finger.tap("attractScreen")
    finger.wait_for("homeScreen")
    assert not overlay.isVisible()  # no scrim over the next visit's Home
    assert finger.wait_for(f"language-{settings.default_language}").property("checked")
    assert finger.wait_for(f"textSize-{settings.default_text_size}").property("checked")
    assert "Home" in _drawn(finger.wait_for("homeButton"))
    finger.qtbot.waitUntil(lambda: finger.find("homeScreen").property("contentY") == 0)
    finger.kiosk.controllers.navigator.attract()  # back to where the next visit begins
    finger.wait_for("attractScreen")


def _drawn(item) -> list[str]:
    texts = [item.property("text")] if isinstance(item.property("text"), str) else []
    for child in item.childItems():
        if child.isVisible():
            texts += _drawn(child)
    return texts
