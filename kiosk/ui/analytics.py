"""A kiosk's use, told to the statistics recorder (kiosk.services.stats) as it happens.

Every call here appends to the recorder's list and returns: the writing is the recorder's own
thread's. A visit runs from the tap that leaves the attract loop to the return to it; what it
shows, opens, plays and searches is counted on the way.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject

from kiosk.content.folding import fold
from kiosk.content.usage import End, Kind
from kiosk.services.stats import Recorder
from kiosk.ui.controllers import Controllers
from kiosk.ui.navigator import Screen

CORNER_HOLD_S = 3  # the staff corner's long press (components/StaffCorner.qml)
# The screens of one item, and the kind the statistics name it by.
ITEMS = {
    Screen.Event: "event",
    Screen.Photo: "media",
    Screen.Artwork: "artwork",
    Screen.Piece: "piece",
}


class Analytics(QObject):
    def __init__(self, recorder: Recorder, c: Controllers, parent: QObject | None = None):
        super().__init__(parent)
        self.recorder = recorder
        self._c = c
        self._visiting = False
        self._screen = Screen.Attract
        self._film: tuple[str, float] | None = None  # what plays, since when
        self._excerpt: tuple[str, float] | None = None
        self._typed: tuple[str, int] | None = None  # the search's last words, and results
        self._counting = False  # a visit is open in the recorder
        self._pad_touch = 0.0  # the last touch before the PIN pad last opened
        self._pad_was_open = False
        c.navigator.changed.connect(self._screen_changed)
        c.navigator.stepped.connect(self._stepped)
        c.staff.changed.connect(self._pad_changed)
        c.staff.panelWanted.connect(self._staff_came)
        c.visit.ending.connect(self._visit_ending)
        c.search.queryChanged.connect(self._typing)
        c.visit.languageChanged.connect(self._visit_changed)
        c.visit.textSizeChanged.connect(self._visit_changed)
        c.access.changed.connect(self._visit_changed)
        c.access.keysChanged.connect(self._visit_changed)
        c.idle.awakeChanged.connect(self._film_changed)
        c.audio.changed.connect(self._excerpt_changed)

    def stop(self, end: End = End.CLOSED) -> None:
        """The kiosk closes: what plays and the open visit end with it."""
        if self._counting:
            self._end_counting(end)
        self.recorder.stop(end)

    def _screen_changed(self) -> None:
        nav = self._c.navigator
        self._searched(self._screen)
        if nav.visiting and not self._visiting:
            self.recorder.visit_began(*self._visit_state())
            self._counting = True
        elif self._visiting and not nav.visiting:
            self._visit_ending()
        self._visiting, self._screen = nav.visiting, nav.current
        if not self._counting:
            return  # the attract loop, or staff at work
        self.recorder.happened(Kind.SCREEN, nav.current.name.lower())
        if nav.current in ITEMS:
            self.recorder.happened(Kind.ITEM, f"{ITEMS[nav.current]}:{nav.key}")

    def _stepped(self, screen: int, key: str) -> None:
        if self._counting:
            self.recorder.happened(Kind.ITEM, f"{ITEMS[Screen(screen)]}:{key}")

    def _pad_changed(self) -> None:
        opened = self._c.staff.padOpen and not self._pad_was_open
        self._pad_was_open = self._c.staff.padOpen
        if opened:  # staff's hold in the corner began CORNER_HOLD_S before the pad opened
            self._pad_touch = min(self._c.idle.last_touch, time.time() - CORNER_HOLD_S)

    def _staff_came(self) -> None:
        """The right PIN: the visit, if one was open, ended when staff began to take over."""
        if self._counting:
            self._end_counting(End.STAFF, self._pad_touch or None)

    def _visit_ending(self) -> None:
        """Before the reset puts the defaults back: the visit ends as the visitor left it."""
        if not self._counting:
            return  # ended already (staff took over)
        self._end_counting(End.IDLE if self._c.idle.timed_out else End.CLOSED)

    def _end_counting(self, end: End, last_touch: float | None = None) -> None:
        self._counting = False
        self._film_changed(False)
        self._played_excerpt()
        self._count_search()
        if end == End.IDLE:
            self.recorder.happened(Kind.IDLE_RESET)
        self.recorder.visit_ended(end, last_touch)

    def _visit_state(self) -> tuple[str, int, list[str]]:
        c = self._c
        return c.visit.language, c.visit.textSize, c.access.in_use()

    def _visit_changed(self) -> None:
        self.recorder.visit_changed(*self._visit_state())

    def _typing(self) -> None:
        words = self._c.search.query.strip()
        if words:  # the end of a visit empties the field: what was typed is kept until then
            self._typed = (words, self._c.search.results.rowCount())

    def _searched(self, leaving: Screen) -> None:
        """Leaving the search screen, to a result or by Back: its last words are counted."""
        if leaving == Screen.Search and self._c.navigator.current != Screen.Search:
            self._count_search()

    def _count_search(self) -> None:
        """The last words typed, kept only if they found something (kiosk.content.usage)."""
        if self._typed is not None:
            (words, found), self._typed = self._typed, None
            self.recorder.happened(Kind.SEARCH, fold(words) if found else "", found)

    def _film_changed(self, playing: bool) -> None:
        if playing and self._film is None:
            self._film = (f"media:{self._c.navigator.key}", time.monotonic())
        elif not playing and self._film is not None:
            name, since = self._film
            self._film = None
            self.recorder.happened(Kind.MEDIA, name, round(time.monotonic() - since, 1))

    def _excerpt_changed(self) -> None:
        audio = self._c.audio
        playing = audio.property("playing")
        if self._excerpt is not None and self._excerpt[0] != f"piece:{playing}":
            self._played_excerpt()
        if playing and audio.property("sounding") and self._excerpt is None:
            self._excerpt = (f"piece:{playing}", time.monotonic())

    def _played_excerpt(self) -> None:
        if self._excerpt is not None:
            name, since = self._excerpt
            self._excerpt = None
            self.recorder.happened(Kind.MEDIA, name, round(time.monotonic() - since, 1))
