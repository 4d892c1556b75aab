"""The exhibition's spreadsheets: one sheet per kind of record, a column per field, and a column
per language for every text ("title (en)", "title (az)", ...), the record's id first.

Each column says how its cells read and write: a text per language, a plain value, a date, a
whole number, yes or empty, a list ("a; b"), or media named by file or id. Columns marked
`read=False` are there for orientation only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from kiosk.content import model as m
from kiosk.content.dates import PartialDate
from kiosk.content.errors import KioskError

LIST_SEPARATORS = (";", "\n")
YES, NO = ("yes", "y", "true", "1", "x", "✓"), ("no", "n", "false", "0", "")


@dataclass(frozen=True)
class Column:
    name: str  # the header, and " (lang)" after it for a text
    field: str  # the record's field it reads and writes
    kind: str = "str"  # text, str, int, float, bool, date, list, media, medias, minutes
    read: bool = True  # False: for orientation, never read back
    part: type | None = None  # in a sheet of two kinds of record: the one that has it


@dataclass(frozen=True)
class SheetKind:
    name: str  # the sheet's name, and the CSV file's: events.csv
    id_column: str
    classes: tuple[type, ...]  # the records it lists; two in the programme (and its pieces)
    columns: tuple[Column, ...]
    section_kind: str | None = None  # the kind of section its records belong to

    @property
    def texts(self) -> list[Column]:
        return [c for c in self.columns if c.kind == "text"]

    @property
    def values(self) -> list[Column]:
        return [c for c in self.columns if c.kind != "text"]

    def records(self, content: m.ExhibitionContent) -> list[Any]:
        return _RECORDS[self.name](content)

    def part_of(self, cls: type) -> str:
        return _PART_NAMES.get(cls, "")


def _texts(*names: str, part: type | None = None) -> tuple[Column, ...]:
    return tuple(Column(n.replace("_", " "), n, "text", part=part) for n in names)


_P, _I = m.Programme, m.ProgrammeItem
KINDS: dict[str, SheetKind] = {
    k.name: k
    for k in (
        SheetKind(
            "exhibition",
            "exhibition id",
            (m.Exhibition,),
            (
                Column("sources", "sources", "list"),
                *_texts("title", "subtitle", "venue", "organisers", "intro"),
            ),
        ),
        SheetKind(
            "sections",
            "section id",
            (m.Section,),
            (Column("kind", "kind"), *_texts("title", "intro")),
        ),
        SheetKind(
            "tracks",
            "track id",
            (m.Track,),
            (Column("section", "section"), *_texts("title")),
            "chronology",
        ),
        SheetKind(
            "eras",
            "era id",
            (m.Era,),
            (
                Column("section", "section"),
                Column("start", "start", "date"),
                Column("end", "end", "date"),
                *_texts("title"),
            ),
            "chronology",
        ),
        SheetKind(
            "sources",
            "source id",
            (m.Source,),
            (
                Column("title", "title"),
                Column("published", "published"),
                Column("url", "url"),
                Column("language", "language"),
                *_texts("publisher", "note"),
            ),
        ),
        SheetKind(
            "events",
            "event id",
            (m.Event,),
            (
                Column("section", "section"),
                Column("track", "track"),
                Column("era", "era"),
                Column("start", "start", "date"),
                Column("end", "end", "date"),
                Column("sources", "sources", "list"),
                Column("media", "media", "medias"),
                Column("web media", "web_media"),
                Column("audio description", "audio_description", "media"),
                *_texts("title", "display_date", "place", "body"),
                *_texts("web_media_caption", "web_media_credit"),
            ),
            "chronology",
        ),
        SheetKind(
            "facts",
            "fact of event",
            (m.Fact,),
            (
                Column("measure", "measure"),
                Column("value", "value", "float"),
                Column("source", "source"),
                *_texts("label", "unit", "qualifier"),
            ),
        ),
        SheetKind(
            "media",
            "media id",
            (m.Media,),
            (
                Column("file", "original_name", read=False),
                Column("kind", "kind", read=False),
                Column("sections", "sections", "list"),
                Column("taken", "taken", read=False),
                Column("sample", "sample", "bool"),
                *_texts("caption", "alt", "credit", "rights"),
            ),
            "media",
        ),
        SheetKind(
            "artists",
            "artist id",
            (m.Artist,),
            (
                Column("minor", "minor", "bool"),
                Column("consent: display", "consent.display"),
                Column("consent: given by", "consent.given_by"),
                Column("consent: date", "consent.date"),
                Column("consent: note", "consent.note"),
                *_texts("full_name", "first_name", "class_name"),
            ),
        ),
        SheetKind(
            "artworks",
            "artwork id",
            (m.Artwork,),
            (
                Column("section", "section"),
                Column("artist", "artist"),
                Column("year", "year", "int"),
                Column("image", "media", "media"),
                Column("audio description", "audio_description", "media"),
                Column("sample", "sample", "bool"),
                *_texts("title", "school", "medium", "description"),
            ),
            "artworks",
        ),
        SheetKind(
            "programme",
            "programme id",
            (_P, _I),
            (
                Column("part", "part", read=False),
                Column("section", "section", part=_P),
                Column("composer dates", "composer_dates", part=_I),
                Column("duration", "duration", "minutes", part=_I),
                Column("audio", "audio", "media", part=_I),
                Column("audio description", "audio_description", "media", part=_I),
                Column("sample", "sample", "bool"),
                *_texts("title", "note", part=_P),
                *_texts("composer", "work", "instrument", part=_I),
                *_texts("performers"),
            ),
            "programme",
        ),
    )
}
_PART_NAMES = {m.Programme: "programme", m.ProgrammeItem: "piece"}
_RECORDS: dict[str, Callable[[m.ExhibitionContent], list[Any]]] = {
    "exhibition": lambda c: [c.exhibition] if c.exhibition else [],
    "sections": lambda c: sorted(c.sections, key=lambda s: s.position),
    "tracks": lambda c: sorted(c.tracks, key=lambda t: (t.section, t.position)),
    "eras": lambda c: c.eras,
    "sources": lambda c: c.sources,
    "events": lambda c: c.events,
    "facts": lambda c: c.facts,
    "media": lambda c: media_in_order(c),
    "artists": lambda c: c.artists,
    "artworks": lambda c: sorted(c.artworks, key=lambda w: w.position),
    "programme": lambda c: programme_in_order(c),
}


def media_in_order(content: m.ExhibitionContent) -> list[m.Media]:
    """As the sections show them (the first section a file is in decides), then the rest."""
    sections = {s.slug: s.position for s in content.sections}
    first: dict[str, tuple[int, int]] = {}
    for link in content.section_media:
        place = (sections.get(link.section, len(sections)), link.position)
        first[link.media] = min(first.get(link.media, place), place)
    unlinked = (len(sections) + 1, 0)
    order = {item.sha256: n for n, item in enumerate(content.media)}
    return sorted(content.media, key=lambda x: (first.get(x.sha256, unlinked), order[x.sha256]))


def programme_in_order(content: m.ExhibitionContent) -> list[Any]:
    """Each programme followed by its pieces."""
    found: list[Any] = []
    for programme in content.programmes:
        found.append(programme)
        pieces = [i for i in content.programme_items if i.programme == programme.slug]
        found += sorted(pieces, key=lambda i: i.position)
    return found


# Cells


def cell(value: Any, kind: str, media_name: Callable[[str], str]) -> str:
    """What a spreadsheet shows of a field's value."""
    if value is None:
        return ""
    if kind == "bool":
        return "yes" if value else ""
    if kind == "date":
        return value.iso()
    if kind == "list":
        return "; ".join(value)
    if kind == "media":
        return media_name(value)
    if kind == "medias":
        return "; ".join(media_name(sha) for sha in value)
    if kind == "minutes":
        whole = round(value)
        return f"{whole // 60}:{whole % 60:02d}"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def parsed(text: str, kind: str) -> Any:
    """A cell's value for a field of `kind` (media are resolved by the caller); a cell that
    cannot be read raises KioskError saying why."""
    text = text.strip()
    if kind in ("list", "medias"):
        return tuple(split_list(text))
    if not text:
        return False if kind == "bool" else None
    if kind == "bool":
        return _yes(text)
    if kind == "date":
        return PartialDate.parse(text)
    if kind == "int":
        return _number(text, int, "a whole number")
    if kind == "float":
        return _number(text, float, "a number")
    if kind == "minutes":
        return _minutes(text)
    return text


def split_list(text: str) -> list[str]:
    """A list cell's items: "a; b", or one a line."""
    for separator in LIST_SEPARATORS[1:]:
        text = text.replace(separator, LIST_SEPARATORS[0])
    return [part.strip() for part in text.split(LIST_SEPARATORS[0]) if part.strip()]


def _yes(text: str) -> bool:
    if text.lower() in YES:
        return True
    if text.lower() in NO:
        return False
    raise KioskError(f"{text!r}: write yes, or leave the cell empty")


def _number(text: str, kind: type, what: str) -> Any:
    try:
        return kind(text.replace(",", ".") if kind is float else text)
    except ValueError:
        raise KioskError(f"{text!r} is not {what}") from None


def _minutes(text: str) -> float:
    """ "4:10" (minutes and seconds) or "1:02:03" (and hours before them) in seconds."""
    try:
        parts = [int(part) for part in text.split(":")]
    except ValueError:
        raise KioskError(f"{text!r} is not minutes:seconds (4:10)") from None
    if len(parts) > 3:
        raise KioskError(f"{text!r} is not minutes:seconds (4:10)")
    seconds = 0
    for part in parts if len(parts) > 1 else [*parts, 0]:
        seconds = seconds * 60 + part
    return float(seconds)
