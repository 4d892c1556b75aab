"""Outside opening hours the screen is black; a touch only wakes the kiosk, which sleeps again
between visits."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from PySide6.QtGui import QColor

from kiosk.content.hours import DAYS, Hours
from kiosk.ui.app import load
from kiosk.ui.items import named_item
from kiosk.ui.navigator import Navigator
from kiosk.ui.opening_hours import OpeningHours
from tests.ui.conftest import Finger

NOON = datetime(2026, 12, 1, 12, 0)


@pytest.fixture
def closed_kiosk(qtbot, demo_home, quick_idle):
    """A kiosk whose museum is closed every day, with a one-second idle time."""
    settings = replace(
        demo_home.settings(), closed_days=list(DAYS), idle_seconds=1, countdown_seconds=1
    )
    demo_home.save_settings(settings)
    kiosk = load(demo_home, windowed=True)
    kiosk.window.resize(1920, 1080)
    kiosk.window.show()
    qtbot.waitExposed(kiosk.window)
    # The first frames come before the first layout: wait for the curtain to fill the window.
    curtain = named_item(kiosk.window.contentItem(), "sleepCurtain")
    qtbot.waitUntil(lambda: curtain.width() == 1920)
    yield kiosk
    kiosk.close()


def _centre_colour(kiosk) -> QColor:
    image = kiosk.window.grabWindow()
    return image.pixelColor(image.width() // 2, image.height() // 2)


def test_outside_hours_the_screen_is_black_and_a_touch_only_wakes_it(
    closed_kiosk, qtbot, touchscreen
):
    finger = Finger(qtbot, closed_kiosk, touchscreen)
    finger.wait_for("sleepCurtain")
    assert finger.find("attractScreen") is None and finger.find("touchToBegin") is None
    assert _centre_colour(closed_kiosk) == QColor("black")
    finger.tap("sleepCurtain")
    finger.wait_for("attractScreen")
    assert finger.find("sleepCurtain") is None
    assert finger.screen() == "attract"  # the touch woke it and began no visit
    assert _centre_colour(closed_kiosk) != QColor("black")
    # Nobody begins a visit within the idle time: black again.
    qtbot.waitUntil(lambda: finger.find("sleepCurtain") is not None, timeout=5000)
    assert finger.find("attractScreen") is None


def test_a_visit_after_hours_goes_on_to_its_end_and_the_kiosk_sleeps_then(
    closed_kiosk, qtbot, touchscreen
):
    finger = Finger(qtbot, closed_kiosk, touchscreen)
    finger.tap("sleepCurtain")
    finger.tap("attractScreen")
    finger.tap("sectionTile-chronology")
    assert finger.find("sleepCurtain") is None
    # Left alone: "Still there?", the reset, and straight to sleep, never the attract loop.
    finger.wait_for("idleOverlay")
    qtbot.waitUntil(lambda: finger.find("sleepCurtain") is not None, timeout=8000)
    assert finger.screen() == "attract" and finger.find("touchToBegin") is None


def test_in_opening_hours_there_is_no_curtain(finger):  # the demo has no [hours]: always open
    assert finger.find("touchToBegin") is not None
    assert finger.find("sleepCurtain") is None


def test_closing_time_never_ends_a_visit(qtbot):
    now = [NOON]
    navigator = Navigator()
    navigator.home()  # a visit
    hours = OpeningHours(
        Hours.from_settings("10:00", "18:00", [], "s"), navigator, 60, lambda: now[0]
    )
    now[0] = NOON.replace(hour=18, minute=5)
    hours.check()
    assert not hours.asleep
    navigator.attract()  # the visit ended
    hours.check()
    assert hours.asleep
    now[0] = NOON.replace(day=2, hour=10)  # the next morning
    hours.check()
    assert not hours.asleep
