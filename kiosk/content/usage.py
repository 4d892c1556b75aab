"""How a kiosk is used, as its statistics hold it: visits and what happened in them.

Nothing here tells one visitor from another: a visit is known by the moment it began, and
what it holds is what was shown, opened, played and searched, never who asked. A search's
words are kept only where they found something in the exhibition (its own vocabulary); words
that found nothing are counted, not kept, since a visitor may type a name.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Kind(StrEnum):
    """What happened: each kind's `name` and `amount` are said beside it."""

    SCREEN = "screen"  # a screen shown: name the screen
    ITEM = "item"  # an item opened: name "event:<slug>", "artwork:<slug>", "media:<slug>"...
    MEDIA = "media"  # a film or an excerpt played: name as an item; amount the seconds heard
    SEARCH = "search"  # name the folded words ("" if nothing was found); amount the results
    IDLE_RESET = "idle_reset"  # the visit ended by the idle countdown
    ERROR = "error"  # the kiosk logged an error: name its first line
    START = "start"  # the kiosk started: name why the run before ended


class End(StrEnum):
    """How a visit ended."""

    OPEN = ""  # not yet
    IDLE = "idle"  # nobody touched the screen: the countdown ended it
    STAFF = "staff"  # staff closed or restarted the kiosk during it
    CLOSED = "closed"  # the kiosk stopped (opening hours, a restart asked for)
    CRASH = "crash"  # cut by a crash or a power cut: found open at the next start


@dataclass(frozen=True)
class Happening:
    at: str  # local time, ISO 8601 to the second
    kind: Kind
    name: str = ""
    amount: float = 0.0
    visit: str = ""  # the visit's start, or "" outside a visit


@dataclass
class VisitRecord:
    """One visit as it stands: its dwell runs from the first touch to the last, so the quiet
    tail before the idle reset does not count."""

    started: str  # local time with microseconds: also the visit's key
    last: str  # the last touch
    ended: str = ""
    end: End = End.OPEN
    language: str = ""  # the language it ended in
    languages: list[str] = field(default_factory=list)  # every language it used
    text_size: int = 0  # the largest text size chosen
    access: list[str] = field(default_factory=list)  # Access choices turned on


# A visit's dwell falls in one of these spans (the report's distribution): the upper bound in
# seconds (None: open), and the span's name.
DWELL_SPANS = (
    (30, "under 30 s"),
    (60, "30 s-1 min"),
    (120, "1-2 min"),
    (300, "2-5 min"),
    (600, "5-10 min"),
    (None, "10 min or more"),
)


def dwell_span(seconds: float) -> str:
    """The name of the span `seconds` of dwell falls in."""
    return next(name for high, name in DWELL_SPANS if high is None or seconds < high)
