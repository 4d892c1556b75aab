"""kiosk.ui.contrast: WCAG's ratio, and a text measured from the pixels of a window."""

from __future__ import annotations

import pytest

from kiosk.ui.contrast import contrast, text_contrasts


def test_the_ratio_is_wcags():
    assert contrast((0, 0, 0), (255, 255, 255)) == pytest.approx(21)
    assert contrast((255, 255, 255), (255, 255, 255)) == pytest.approx(1)
    assert contrast((118, 118, 118), (255, 255, 255)) == pytest.approx(4.54, abs=0.01)


def test_home_in_high_contrast_measures_at_least_seven_to_one_and_normal_less(finger):
    finger.tap("attractScreen")
    finger.wait_for("homeScreen")
    finger.settle()
    normal = {m.text: m.ratio for m in text_contrasts(finger.kiosk.window)}
    finger.tap("accessButton")
    finger.tap("access-highContrast")
    finger.tap("closeAccess")
    finger.settle()
    high = {m.text: m.ratio for m in text_contrasts(finger.kiosk.window)}
    title = "Memory Lives Because It Bears Witness"
    assert high[title] >= 7 and min(high.values()) >= 7, sorted(high.items(), key=lambda x: x[1])
    # The ordinary palette's muted text is fair but not AAA: the measure tells them apart.
    assert min(normal.values()) < 7 <= min(high.values())


def test_the_on_screen_keyboard_in_high_contrast_measures_at_least_seven_to_one(finger):
    finger.tap("attractScreen")
    finger.tap("accessButton")
    finger.tap("access-highContrast")
    finger.tap("closeAccess")
    finger.tap("searchButton")
    keyboard = finger.wait_for("keyboard")
    finger.qtbot.waitUntil(lambda: keyboard.property("visible") and keyboard.height() > 0)
    finger.settle()
    top = keyboard.mapToScene(keyboard.boundingRect().topLeft()).y()
    keys = {m.text: m.ratio for m in text_contrasts(finger.kiosk.window) if _y(m) > top}
    # Letters, the "&123" mode key and the space bar's language name, dimmed in Qt's own style.
    assert {"q", "&123", "British English"} <= set(keys), sorted(keys)
    assert min(keys.values()) >= 7, sorted(keys.items(), key=lambda x: x[1])


def _y(measured) -> float:
    return float(measured.where.rsplit(", ", 1)[1].rstrip(")"))
