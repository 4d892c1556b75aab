"""Where the visitor is: a stack of screens from Home down to a detail.

The stack lives here, not in QML, so that a reset, an error or a snapshot can put the visitor
anywhere with one call; the QML StackView follows the signals. Screens are an enum that QML
reads as `Navigator.Event` (a misspelt one is a qmllint error, not a blank screen), and a
screen that is not one of them is refused with an error in the log: the visitor stays put.
"""

from __future__ import annotations

import logging
from enum import IntEnum

from PySide6.QtCore import Property, QEnum, QObject, Signal, Slot

from kiosk.ui import backend

log = logging.getLogger(__name__)


class Navigator(QObject):
    @QEnum
    class Screen(IntEnum):
        # Qt's spelling: QML names an enum's values with a capital, as Navigator.Home.
        Attract = 0
        Home = 1
        Chronology = 2
        Event = 3
        Media = 4
        Photo = 5
        Artworks = 6
        Artwork = 7
        Programme = 8
        Piece = 9
        Search = 10

    # Signals and properties carry the screen as an int: PySide6 passes a Python enum to QML
    # only as its value.
    pushed = Signal(int, str)  # screen, key
    popped = Signal()
    replaced = Signal(int)  # the whole stack becomes this one screen
    changed = Signal()
    stepped = Signal(int, str)  # next or previous within a detail screen: screen, key

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._stack: list[tuple[Navigator.Screen, str]] = [(Screen.Attract, "")]

    @staticmethod
    def create(engine):
        return backend.of(engine).navigator

    @property
    def current(self) -> Navigator.Screen:
        """The screen on top, for Python (QML reads `screen`)."""
        return self._stack[-1][0]

    def _get_screen(self) -> int:
        return self.current.value

    screen = Property(int, _get_screen, notify=changed)

    def _get_key(self) -> str:
        return self._stack[-1][1]

    key = Property(str, _get_key, notify=changed)

    def _below(self) -> tuple[Navigator.Screen, str]:
        return self._stack[-2] if len(self._stack) > 1 else (Screen.Attract, "")

    def _get_from_screen(self) -> int:
        return self._below()[0].value

    # The screen the one on top was opened from, and its key: the viewer steps through the
    # grid it was opened from, or the event's pictures.
    fromScreen = Property(int, _get_from_screen, notify=changed)

    def _get_from_key(self) -> str:
        return self._below()[1]

    fromKey = Property(str, _get_from_key, notify=changed)

    def _get_depth(self) -> int:
        return len(self._stack)

    depth = Property(int, _get_depth, notify=changed)

    def _get_visiting(self) -> bool:
        return self.current != Screen.Attract

    visiting = Property(bool, _get_visiting, notify=changed)

    @Slot(int, str)
    def open(self, screen: int, key: str = "") -> None:
        """Push `screen` (a Navigator.Screen) showing `key`; Home and Attract replace the
        stack instead (home() and attract()), so they are refused here."""
        known = _screen(screen)
        if known is None or known in (Screen.Attract, Screen.Home):
            log.error("no screen %r to open (%r): the visitor stays where they are", screen, key)
            return
        if (known, key) == self._stack[-1]:
            return  # a double tap must not stack the same screen twice
        self._stack.append((known, key))
        self.pushed.emit(known.value, key)
        self.changed.emit()

    @Slot(str)
    def stepTo(self, key: str) -> None:
        """The detail screen on top now shows `key` (its own next and previous): the stack
        says so, without a screen change."""
        screen, shown = self._stack[-1]
        if key and key != shown and screen in STEPPING:
            self._stack[-1] = (screen, key)
            self.stepped.emit(screen.value, key)

    @Slot(str, str)
    def openSection(self, kind: str, slug: str) -> None:
        """Open a section's screen by the section's kind, as the archive names it."""
        self._open_kind(SECTION_SCREENS, kind, slug, "section")

    @Slot(str, str)
    def openFound(self, kind: str, ref: str) -> None:
        """Open what a search found where it lives, by its kind as the archive names it."""
        self._open_kind(FOUND_SCREENS, kind, ref, "search result")

    def _open_kind(self, screens: dict[str, Screen], kind: str, key: str, what: str) -> None:
        screen = screens.get(kind)
        if screen is None:
            log.error("no screen shows a %r %s (%r): the visitor stays put", kind, what, key)
            return
        self.open(screen, key)

    @Slot()
    def back(self) -> None:
        if len(self._stack) <= 1 or self.current == Screen.Home:
            return
        self._stack.pop()
        self.popped.emit()
        self.changed.emit()

    @Slot()
    def home(self) -> None:
        self._replace(Screen.Home)

    @Slot()
    def attract(self) -> None:
        self._replace(Screen.Attract)

    def _replace(self, screen: Navigator.Screen) -> None:
        if self._stack == [(screen, "")]:
            return
        self._stack = [(screen, "")]
        self.replaced.emit(screen.value)
        self.changed.emit()


Screen = Navigator.Screen

# The detail screens with next and previous of their own.
STEPPING = {Screen.Photo, Screen.Artwork, Screen.Piece}

# A section's kind (kiosk.content.model.SECTION_KINDS) and the screen that shows it.
SECTION_SCREENS = {
    "chronology": Screen.Chronology,
    "media": Screen.Media,
    "artworks": Screen.Artworks,
    "programme": Screen.Programme,
}

# What a search finds (kiosk.services.visitor_search), by kind, and the screen that shows it.
FOUND_SCREENS = {
    "event": Screen.Event,
    "media": Screen.Photo,
    "artwork": Screen.Artwork,
    "programme-item": Screen.Piece,
}


def _screen(value: int) -> Navigator.Screen | None:
    try:
        return Screen(value)
    except ValueError:
        return None
