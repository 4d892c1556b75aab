"""The shape of every row and detail the visitor app shows, written once.

Each field's name is the name QML reads it by (a list model's role, a detail's key), so the
names are camelCase where QML's are: one spelling on both sides, and a list model derives its
roles from these fields. A row's `KEY` names the field that tells one row from another, so a
refill can tell changed rows from new ones.
"""

from __future__ import annotations

import dataclasses
import typing
from dataclasses import dataclass
from functools import cache
from typing import Any, ClassVar


@dataclass(frozen=True)
class SectionRow:
    KEY: ClassVar[str] = "slug"
    slug: str
    kind: str
    title: str
    intro: str
    image: str
    imageSample: bool


@dataclass(frozen=True)
class MediaRow:
    """A picture or a film: a grid's tile, the attract loop's slide, the viewer's page."""

    KEY: ClassVar[str] = "slug"
    slug: str  # the SHA-256
    kind: str
    thumb: str
    display: str
    caption: str
    alt: str
    credit: str
    rights: str
    sample: bool
    video: str
    duration: float
    aspect: float
    displayWidth: int
    thumbWidth: int
    thumbHeight: int
    event: str  # the first event that shows it: one tap away in the viewer
    eventTitle: str


@dataclass(frozen=True)
class EventRow:
    KEY: ClassVar[str] = "slug"
    slug: str
    title: str
    date: str
    place: str
    lane: int
    column: int
    thumb: str
    thumbSample: bool
    track: str
    startsYear: bool
    year: str
    startsEra: str


@dataclass(frozen=True)
class TrackRow:
    KEY: ClassVar[str] = "slug"
    slug: str
    title: str
    lane: int


@dataclass(frozen=True)
class EraRow:
    KEY: ClassVar[str] = "slug"
    slug: str
    title: str
    first: int
    last: int


@dataclass(frozen=True)
class ArtworkRow:
    KEY: ClassVar[str] = "slug"
    slug: str
    title: str
    artist: str
    school: str
    year: str
    medium: str
    description: str
    thumb: str
    display: str
    aspect: float
    displayWidth: int
    thumbWidth: int
    thumbHeight: int
    caption: str
    sample: bool


@dataclass(frozen=True)
class PieceRow:
    """A piece of the concert programme, numbered in its order."""

    KEY: ClassVar[str] = "slug"
    slug: str
    number: int
    composer: str
    composerDates: str
    work: str
    performers: str
    instrument: str
    duration: str
    audio: str
    audioCaption: str
    sample: bool


def key_of(row: Any) -> Any:
    return getattr(row, row.KEY)


def field_names(row_type: type) -> list[str]:
    return [f.name for f in dataclasses.fields(row_type)]


def as_map(row: Any) -> dict[str, Any]:
    """A row or detail as QML takes it: a map, nested rows as maps too."""
    return dataclasses.asdict(row)


EMPTY_BY_TYPE: dict[Any, Any] = {str: "", int: 0, float: 0.0, bool: False}


@cache
def _hints(row_type: type) -> dict[str, Any]:
    """Worked out once a type: three times a tap on a screen showing nothing, 1 ms each."""
    return typing.get_type_hints(row_type)


def empty(row_type: type) -> Any:
    """The row with every field blank (""/0/False/[]): what a screen shows for an item that is
    not in the exhibition, so that QML reads blanks, never `undefined`."""
    hints = _hints(row_type)
    values = {}
    for name in field_names(row_type):
        kind = hints[name]
        if dataclasses.is_dataclass(kind):
            values[name] = empty(kind)
        else:
            values[name] = EMPTY_BY_TYPE.get(kind, []) if typing.get_origin(kind) is None else []
    return row_type(**values)
