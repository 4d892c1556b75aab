"""The visitor app, loaded offscreen, and a visitor's finger: taps by touch events."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, QPointF
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest

from kiosk.content.settings import RANGES
from kiosk.ui import registry
from kiosk.ui.app import Kiosk, load
from kiosk.ui.items import keyboard_keys
from kiosk.ui.items import named_item as find_anywhere  # noqa: F401 (for the tests)
from kiosk.ui.translations import compile_all


@pytest.fixture(scope="session", autouse=True)
def compiled_translations():
    compile_all()  # what `make` does; a bare `pytest` run gets it too


@pytest.fixture(scope="session", autouse=True)
def qml_types():
    """Registered before any test makes a QML engine of its own (kiosk.ui.registry says why)."""
    registry.register()


@pytest.fixture(scope="session")
def touchscreen(qapp):
    return QTest.createTouchDevice()


@pytest.fixture
def quick_idle(monkeypatch):
    """A test's visitor walks away for a second or two, not the ten a museum may set at least."""
    monkeypatch.setitem(RANGES, "idle_seconds", (1, RANGES["idle_seconds"][1]))
    monkeypatch.setitem(RANGES, "countdown_seconds", (1, RANGES["countdown_seconds"][1]))


def open_kiosk(qtbot, home, size=(1920, 1080)) -> Kiosk:
    kiosk = load(home, windowed=True)
    kiosk.window.resize(*size)
    kiosk.window.show()
    qtbot.waitExposed(kiosk.window)
    # The first frames come before the first layout: wait for the screen to fill the window.
    qtbot.waitUntil(lambda: _find_shown(kiosk.window.contentItem(), "attractScreen") is not None)
    qtbot.waitUntil(
        lambda: _find_shown(kiosk.window.contentItem(), "attractScreen").width() == size[0]
    )
    QTest.qWait(100)
    return kiosk


@pytest.fixture
def kiosk(qtbot, demo_home):
    app = open_kiosk(qtbot, demo_home)
    yield app
    app.close()


class Finger:
    """Finds items as a tester would (objectName) and taps them as a visitor would (touch)."""

    def __init__(self, qtbot, kiosk: Kiosk, device):
        self.qtbot, self.kiosk, self.device = qtbot, kiosk, device

    def find(self, name: str, within: QQuickItem | None = None) -> QQuickItem | None:
        """The visible item called `name` on the current screen (or `within`), if there is one."""
        return _find_shown(within or self.kiosk.window.contentItem(), name)

    def wait_for(self, name: str, within: QQuickItem | None = None) -> QQuickItem:
        self.qtbot.waitUntil(lambda: self.find(name, within) is not None)
        return self.find(name, within)

    def tap(self, name: str) -> None:
        self.settle()
        item = self.wait_for(name)
        centre = item.mapToScene(QPointF(item.width() / 2, item.height() / 2))
        window = self.kiosk.window
        assert 0 <= centre.x() < window.width() and 0 <= centre.y() < window.height(), (
            f"{name} is off the screen: a visitor could not tap it"
        )
        self.tap_at(centre)

    def reveal(self, name: str, page: str, tries: int = 8) -> None:
        """Swipe `page` up, as a visitor scrolls, until the centre of `name` is on the screen."""
        window = self.kiosk.window
        for _ in range(tries):
            item = self.wait_for(name)
            centre = item.mapToScene(QPointF(item.width() / 2, item.height() / 2))
            if 0 <= centre.y() < window.height():
                return
            self.swipe(page, 0, -window.height() / 4)
            # A flick still gliding takes the next touch as "stop", not as a tap.
            self.qtbot.waitUntil(lambda: not self.wait_for(page).property("moving"))
        raise AssertionError(f"{name} stayed off the screen after {tries} swipes")

    def tap_at(self, point: QPointF) -> None:
        window = self.kiosk.window
        # Each sequence is sent on commit(); a tap is a press, a moment, and a release.
        QTest.touchEvent(window, self.device).press(0, point.toPoint(), window).commit()
        QTest.qWait(20)
        QTest.touchEvent(window, self.device).release(0, point.toPoint(), window).commit()
        QTest.qWait(20)

    def swipe(self, name: str, dx: float, dy: float, steps: int = 12) -> None:
        """Put a finger on the middle of `name` and drag it by (dx, dy)."""
        self.settle()
        item = self.wait_for(name)
        start = item.mapToScene(QPointF(item.width() / 2, item.height() / 2))
        window = self.kiosk.window
        QTest.touchEvent(window, self.device).press(0, start.toPoint(), window).commit()
        for step in range(1, steps + 1):
            QTest.qWait(16)
            point = start + QPointF(dx * step / steps, dy * step / steps)
            QTest.touchEvent(window, self.device).move(0, point.toPoint(), window).commit()
        QTest.touchEvent(window, self.device).release(0, point.toPoint(), window).commit()
        QTest.qWait(20)

    def double_tap(self, name: str) -> None:
        self.settle()
        item = self.wait_for(name)
        point = item.mapToScene(QPointF(item.width() / 2, item.height() / 2))
        self.tap_at(point)
        self.tap_at(point)

    def pinch(self, name: str, factor: float, steps: int = 10) -> None:
        """Two fingers on the middle of `name`, 200 px apart, spread (or closed) by `factor`."""
        self.settle()
        item = self.wait_for(name)
        centre = item.mapToScene(QPointF(item.width() / 2, item.height() / 2))
        window = self.kiosk.window

        def fingers(gap: float) -> tuple[QPoint, QPoint]:
            return (centre - QPointF(gap / 2, 0)).toPoint(), (
                centre + QPointF(gap / 2, 0)
            ).toPoint()

        first, second = fingers(200)
        QTest.touchEvent(window, self.device).press(0, first, window).press(
            1, second, window
        ).commit()
        for step in range(1, steps + 1):
            QTest.qWait(16)
            first, second = fingers(200 * (1 + (factor - 1) * step / steps))
            QTest.touchEvent(window, self.device).move(0, first, window).move(
                1, second, window
            ).commit()
        QTest.touchEvent(window, self.device).release(0, first, window).release(
            1, second, window
        ).commit()
        QTest.qWait(20)

    def keyboard_keys(self, name: str = "keyboard") -> dict[str, QQuickItem]:
        """The on-screen keyboard's keys shown, by the letter each types."""
        return keyboard_keys(self.wait_for(name))

    def type(self, text: str) -> None:
        """Tap the keys of `text` on the on-screen keyboard, a letter at a time."""
        for letter in text:
            key = self.keyboard_keys().get(letter)
            assert key is not None, f"no {letter!r} on the keyboard: {sorted(self.keyboard_keys())}"
            self.tap_at(key.mapToScene(QPointF(key.width() / 2, key.height() / 2)))

    def settle(self) -> None:
        """Let a screen change finish, as a visitor's eye does before the next tap."""
        stack = _find_shown(self.kiosk.window.contentItem(), "stack")
        if stack is not None:  # hidden outside opening hours: nothing moves
            self.qtbot.waitUntil(lambda: not stack.property("busy"))

    def text(self, name: str) -> str:
        return self.wait_for(name).property("text")

    def screen(self) -> str:
        """The screen on top, by its name in lower case ("photo")."""
        return self.kiosk.controllers.navigator.current.name.lower()


def _find_shown(item: QQuickItem, name: str) -> QQuickItem | None:
    """Depth-first through the visual tree, skipping what a visitor cannot see."""
    if not item.isVisible() or item.opacity() == 0:
        return None
    if item.objectName() == name:
        return item
    for child in item.childItems():
        found = _find_shown(child, name)
        if found is not None:
            return found
    return None


@pytest.fixture
def finger(qtbot, kiosk, touchscreen):
    return Finger(qtbot, kiosk, touchscreen)


@pytest.fixture
def patient_kiosk(qtbot, demo_home, touchscreen, quick_idle):
    """A kiosk that waits 4 s for a visitor's next touch, then counts down 1 s."""
    demo_home.save_settings(replace(demo_home.settings(), idle_seconds=4, countdown_seconds=1))
    kiosk = open_kiosk(qtbot, demo_home)
    yield Finger(qtbot, kiosk, touchscreen)
    kiosk.close()
