"""The shape of each detail a screen shows: one item's page, or the exhibition's own texts.

As in `rows`, field names are the keys QML reads, camelCase where QML's are.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.services.rows import MediaRow, PieceRow


@dataclass(frozen=True)
class ExhibitionText:
    title: str
    subtitle: str
    venue: str
    intro: str


@dataclass(frozen=True)
class ProgrammeInfo:
    title: str
    performers: str
    note: str
    sample: bool


@dataclass(frozen=True)
class PieceDetail(PieceRow):
    """A piece with its place in the programme and its neighbours (its page steps to them)."""

    count: int
    previous: str
    previousWork: str
    next: str
    nextWork: str


@dataclass(frozen=True)
class SourceRow:
    slug: str
    title: str
    publisher: str
    published: str
    url: str
    note: str
    inLanguage: str  # "in English", where the source's language is not the visitor's


@dataclass(frozen=True)
class Attribution:
    """One source's word for a figure: its own label for what was counted."""

    label: str
    source: str
    publisher: str
    inLanguage: str


@dataclass(frozen=True)
class Figure:
    value: str
    unit: str
    qualifier: str
    sources: list[Attribution]


@dataclass(frozen=True)
class FactGroup:
    """Figures of one measure (killed, injured): one per value the sources give."""

    measure: str
    label: str
    figures: list[Figure]
    disagree: bool  # the sources give different figures
    ownWords: bool  # the sources name what they counted differently


@dataclass(frozen=True)
class EventDetail:
    slug: str
    title: str
    date: str
    place: str
    track: str
    paragraphs: list[str]  # the story in the kiosk's reduced markup, escaped
    media: list[MediaRow]
    facts: list[FactGroup]
    sources: list[SourceRow]


@dataclass(frozen=True)
class FilterRow:
    """A track or era the gallery can be narrowed to (kiosk.services.gallery.GalleryFilter)
    and its title: the screen chooses it by its group and slug."""

    key: str  # the filter's name, made by GalleryFilter.key: "track:<slug>"
    group: int  # a FilterGroup, as QML reads it: MediaFilter.Track or MediaFilter.Era
    slug: str  # the track's or era's
    title: str
