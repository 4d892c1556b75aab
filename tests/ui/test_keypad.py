"""The kiosk with four keys (arrows, Enter, Back), as from a museum's tactile keypad or a USB
keyboard: a whole visit without a touch, with a ring on the control reached."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest

from kiosk.ui.items import named_item
from tests.ui.conftest import Finger

DOWN, UP = Qt.Key.Key_Down, Qt.Key.Key_Up


def key(finger: Finger, which: Qt.Key) -> None:
    finger.settle()
    QTest.keyClick(finger.kiosk.window, which)


def focused(finger: Finger) -> QQuickItem | None:
    return finger.kiosk.window.activeFocusItem()


def reach(finger: Finger, name: str, towards: Qt.Key = DOWN, most: int = 60) -> QQuickItem:
    """Press an arrow until the control called `name` has the focus, ringed and on screen."""
    for _ in range(most):
        item = focused(finger)
        if item is not None and item.objectName() == name:
            ring = named_item(item, "focusRing")
            assert ring is not None and ring.isVisible(), f"{name} has the focus but no ring"
            assert _ring_drawn(finger, item), f"{name}'s ring is not seen on the screen"
            centre = item.mapToScene(item.boundingRect().center())
            window = finger.kiosk.window
            assert 0 <= centre.y() < window.height(), f"{name} reached off the screen"
            return item
        key(finger, towards)
    raise AssertionError(f"{name} not reached in {most} presses; at {focused(finger)}")


def _ring_drawn(finger: Finger, item: QQuickItem) -> bool:
    """Whether the ring's colour is drawn along the item, in the window's pixels: a ring that
    is visible but clipped away by its tile is not seen."""
    ring = QColor(finger.kiosk.engine.singletonInstance("Kiosk", "Theme").property("focusRing"))
    box = item.mapRectToScene(item.boundingRect()).toRect()
    picture = finger.kiosk.window.grabWindow().copy(box)
    step = 3
    seen = sum(
        QColor(picture.pixel(x, y)) == ring
        for x in range(0, picture.width(), step)
        for y in (2, picture.height() // 2, picture.height() - 3)
    )
    return seen >= picture.width() // step // 2


def enter(finger: Finger, name: str, towards: Qt.Key = DOWN) -> None:
    reach(finger, name, towards)
    key(finger, Qt.Key.Key_Return)


def test_a_visit_with_keys_only_reaches_every_section_a_photo_and_an_excerpt(finger):
    key(finger, Qt.Key.Key_Return)  # any key begins, as any touch does
    finger.wait_for("homeScreen")
    key(finger, DOWN)  # the first arrow reaches the screen's first control, not the bar's
    assert focused(finger).objectName() == "sectionTile-chronology"
    for section, screen in [
        ("chronology", "chronologyScreen"),
        ("artworks", "artworksScreen"),
    ]:
        enter(finger, f"sectionTile-{section}")
        finger.wait_for(screen)
        key(finger, Qt.Key.Key_Escape)  # Back
        finger.wait_for("homeScreen")
    enter(finger, "sectionTile-photos")
    finger.wait_for("mediaScreen")
    enter(finger, "mediaTile-0")
    finger.wait_for("photoScreen")
    key(finger, Qt.Key.Key_Backspace)  # the other Back key
    finger.wait_for("mediaScreen")
    enter(finger, "homeButton", towards=UP)
    finger.wait_for("homeScreen")
    enter(finger, "sectionTile-concert")
    finger.wait_for("programmeScreen")
    enter(finger, "playButton-hajibeyov-sensiz")
    finger.wait_for("audioProgress-hajibeyov-sensiz")  # the excerpt plays
    enter(finger, "homeButton", towards=UP)
    finger.wait_for("homeScreen")
    assert finger.screen() == "home"


def test_a_touch_hides_the_ring_and_the_next_visit_starts_without_it(finger):
    finger.tap("attractScreen")
    reach(finger, "sectionTile-chronology")
    ring = named_item(focused(finger), "focusRing")
    finger.tap("sectionTile-photos")
    finger.wait_for("mediaScreen")
    assert not ring.isVisible()
    key(finger, DOWN)
    assert named_item(focused(finger), "focusRing").isVisible()
    finger.kiosk.controllers.visit.reset()
    finger.wait_for("attractScreen")
    assert not finger.kiosk.controllers.access.keys


def test_the_access_panel_with_keys_back_closes_it_and_tab_moves_as_arrows_do(finger):
    finger.tap("attractScreen")
    enter(finger, "accessButton", towards=UP)
    finger.wait_for("accessPanel")
    # The arrows stay in the panel: from its first switch round to its Close and back.
    enter(finger, "access-highContrast")
    assert finger.find("access-highContrast").property("checked")
    reach(finger, "closeAccess")
    key(finger, DOWN)
    assert focused(finger).objectName() == "access-highContrast"
    key(finger, Qt.Key.Key_Escape)
    finger.qtbot.waitUntil(lambda: finger.find("accessPanel") is None)
    assert finger.kiosk.controllers.access.highContrast  # closing keeps the choice
    key(finger, Qt.Key.Key_Tab)
    assert focused(finger).activeFocusOnTab()
