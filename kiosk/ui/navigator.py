"""Where the visitor is: a stack of screens from Home down to a detail.

The stack lives here, not in QML, so that a reset, an error or a snapshot can put the visitor
anywhere with one call; the QML StackView follows the signals.
"""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.ui import backend

ATTRACT = "attract"
HOME = "home"


class Navigator(QObject):
    pushed = Signal(str, str)  # screen, key
    popped = Signal()
    replaced = Signal(str)  # the whole stack becomes this one screen
    changed = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._stack: list[tuple[str, str]] = [(ATTRACT, "")]

    @staticmethod
    def create(engine):
        return backend.of(engine).navigator

    def _get_screen(self) -> str:
        return self._stack[-1][0]

    screen = Property(str, _get_screen, notify=changed)

    def _get_key(self) -> str:
        return self._stack[-1][1]

    key = Property(str, _get_key, notify=changed)

    def _get_depth(self) -> int:
        return len(self._stack)

    depth = Property(int, _get_depth, notify=changed)

    def _get_visiting(self) -> bool:
        return self._get_screen() != ATTRACT

    visiting = Property(bool, _get_visiting, notify=changed)

    @Slot(str, str)
    def open(self, screen: str, key: str = "") -> None:
        if (screen, key) == self._stack[-1]:
            return  # a double tap must not stack the same screen twice
        self._stack.append((screen, key))
        self.pushed.emit(screen, key)
        self.changed.emit()

    @Slot()
    def back(self) -> None:
        if len(self._stack) <= 1 or self._stack[-1][0] == HOME:
            return
        self._stack.pop()
        self.popped.emit()
        self.changed.emit()

    @Slot()
    def home(self) -> None:
        self._replace(HOME)

    @Slot()
    def attract(self) -> None:
        self._replace(ATTRACT)

    def _replace(self, screen: str) -> None:
        if self._stack == [(screen, "")]:
            return
        self._stack = [(screen, "")]
        self.replaced.emit(screen)
        self.changed.emit()
