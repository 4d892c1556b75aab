"""The kiosk loaded in this process (offscreen, Qt's software renderer, as `make bench` sets)
and a finger for it: what the screen benchmarks and the soak drive.

Taps are touch events, as a visitor's; a timed tap runs from the finger's release to the
first frame drawn after the screen has changed.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QPointF, QRectF, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest

from kiosk.services.home import KioskHome
from kiosk.system import resident_mb  # noqa: F401 (the soak's and suites' measure)
from kiosk.ui import keyboard, memory
from kiosk.ui.app import load
from kiosk.ui.items import named_item


class Driver:
    def __init__(self, home: KioskHome, size: tuple[int, int] = (1920, 1080), counted: bool = True):
        memory.tune_allocator()  # as `kiosk run` does before Qt starts
        keyboard.prepare()
        self.app = QGuiApplication.instance() or QGuiApplication([])
        self.kiosk = load(home, windowed=True, counted=counted)  # counted: HOME/stats.db
        self.window = self.kiosk.window
        self.window.resize(*size)
        self.window.show()
        self.device = QTest.createTouchDevice()
        self.controllers = self.kiosk.controllers
        self.wait_for(lambda: self.find("attractScreen") is not None)
        QTest.qWait(300)

    # -- finding

    def find(self, name: str) -> QQuickItem | None:
        return next((item for item in self.shown() if item.objectName() == name), None)

    def item(self, name: str) -> QQuickItem | None:
        """The item called `name`, shown or hidden."""
        return named_item(self.window.contentItem(), name)

    def shown(self) -> list[QQuickItem]:
        """Every visible item with a name whose centre a finger can reach: inside the window
        and inside every clipping view around it. Depth first."""
        found: list[QQuickItem] = []
        root = self.window.contentItem()
        _collect(root, QRectF(0, 0, root.width(), root.height()), found)
        return found

    def screen(self) -> str:
        """The screen on top, by its name in lower case ("photo")."""
        return self.controllers.navigator.current.name.lower()

    # -- touching

    def centre(self, item: QQuickItem) -> QPointF:
        return item.mapToScene(QPointF(item.width() / 2, item.height() / 2))

    def press(self, point: QPointF) -> None:
        QTest.touchEvent(self.window, self.device).press(0, point.toPoint(), self.window).commit()

    def release(self, point: QPointF) -> None:
        QTest.touchEvent(self.window, self.device).release(0, point.toPoint(), self.window).commit()

    def tap(self, item: QQuickItem, pause_ms: int = 5) -> None:
        self.tap_at(self.centre(item), pause_ms)

    def tap_at_fraction(self, item: QQuickItem, fraction: float, pause_ms: int = 5) -> None:
        """A tap `fraction` of the way along `item` (a seek bar), at its middle height."""
        self.tap_at(item.mapToScene(QPointF(item.width() * fraction, item.height() / 2)), pause_ms)

    def tap_at(self, point: QPointF, pause_ms: int = 5) -> None:
        self.press(point)
        self.app.processEvents()
        self.release(point)
        QTest.qWait(pause_ms)

    def timed_tap(self, item: QQuickItem, done: Callable[[], bool], limit_s: float = 5) -> float:
        """Seconds from the release to the first frame drawn once `done()` holds. The wait
        sleeps in an event loop: a busy wait would take a core from the kiosk's own threads."""
        point = self.centre(item)
        self.press(point)
        self.app.processEvents()
        frames: list[float] = []
        loop = QEventLoop()

        def swapped() -> None:
            if not frames and done():
                frames.append(time.perf_counter())
                loop.quit()

        self.window.frameSwapped.connect(swapped)
        QTimer.singleShot(int(limit_s * 1000), loop.quit)
        try:
            start = time.perf_counter()
            self.release(point)
            if not frames:
                loop.exec()
        finally:
            self.window.frameSwapped.disconnect(swapped)
        if not frames:
            raise TimeoutError(f"no frame showed the change within {limit_s} s")
        return frames[0] - start

    # -- waiting

    def wait_for(self, condition: Callable[[], bool], limit_s: float = 10) -> None:
        end = time.perf_counter() + limit_s
        while not condition():
            if time.perf_counter() > end:
                raise TimeoutError(f"waited {limit_s} s for the kiosk")
            QTest.qWait(5)

    def settle(self) -> None:
        stack = self.find("stack")
        self.wait_for(lambda: not stack.property("busy"))
        QTest.qWait(20)

    def close(self) -> None:
        self.kiosk.close()
        self.app.processEvents()


def peak_mb() -> float:
    """This process's highest resident size so far (VmHWM), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _collect(item: QQuickItem, reach: QRectF, found: list[QQuickItem]) -> None:
    if not item.isVisible() or item.opacity() == 0:
        return
    box = item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))
    if item.objectName() and reach.contains(box.center()):
        found.append(item)
    inner = reach.intersected(box) if item.clip() else reach
    for child in item.childItems():
        _collect(child, inner, found)
