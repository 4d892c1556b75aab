"""A TimelineJS spreadsheet (the Knight Lab layout) read as a chronology section's content.

One row per slide: `Type` "title" is the title slide, "era" a span shown as a band, anything
else an event. Dates come in Year/Month/Day/Time columns, each as fine as the author knew;
`Group` puts events on parallel lines (our tracks). `Text` is HTML and is reduced to what a
kiosk text may hold (kiosk.content.rich_text). `Media` may be a file beside the spreadsheet,
a web address (which an offline kiosk cannot show) or a quotation written in HTML.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

from kiosk.content import model as m
from kiosk.content import rich_text
from kiosk.content.dates import PartialDate
from kiosk.content.errors import KioskError
from kiosk.content.folding import fold
from kiosk.content.spreadsheet import Table
from kiosk.content.text import LocalText

REQUIRED = ("year", "headline")
_REMOTE = re.compile(r"^(https?:)?//", re.IGNORECASE)
_OTHER_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]+:", re.IGNORECASE)  # "C:\\x" is a path
_TIME = re.compile(r"^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*([AaPp][Mm])?$")


@dataclass(frozen=True)
class MediaReference:
    event: str
    target: str  # a path relative to the spreadsheet, or a web address
    caption: str
    credit: str
    line: int

    @property
    def remote(self) -> bool:
        """A web address: kept as a reference, never fetched."""
        return bool(_REMOTE.match(self.target))

    @property
    def foreign(self) -> bool:
        """An address of another kind (file:, data:, javascript:): neither a web page nor a
        file in the folder, so nothing to keep."""
        return not self.remote and bool(_OTHER_SCHEME.match(self.target))


@dataclass
class TimelineSheet:
    title: str = ""
    intro: str = ""
    events: list[m.Event] = field(default_factory=list)
    eras: list[m.Era] = field(default_factory=list)
    tracks: list[m.Track] = field(default_factory=list)
    media: list[MediaReference] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # "line 7: no Year"


def is_timeline(header: list[str]) -> bool:
    names = {name.strip().lower() for name in header}
    return all(column in names for column in REQUIRED)


def read_timeline(table: Table, section: str, lang: str) -> TimelineSheet:
    """Every slide of `table` as content of `section`, its texts in `lang`."""
    reader = _Reader(section, lang)
    for position, (raw, line) in enumerate(zip(table.rows, table.lines, strict=True)):
        row = {key.strip().lower(): (value or "").strip() for key, value in raw.items()}
        try:
            reader.slide(row, line, position)
        except KioskError as error:
            reader.sheet.problems.append(f"line {line}: {error}")
    sheet = reader.sheet
    sheet.events = [_with_era(event, sheet.eras) for event in sheet.events]
    return sheet


class _Reader:
    """One sheet's slides in turn, into one TimelineSheet; ids are unique within it."""

    def __init__(self, section: str, lang: str):
        self.sheet, self.section, self.lang, self.slugs = TimelineSheet(), section, lang, set()

    def slide(self, row: dict[str, str], line: int, position: int) -> None:
        kind = row.get("type", "").lower()
        headline = rich_text.plain(row.get("headline", ""))
        if kind == "title":
            self.sheet.title = headline
            self.sheet.intro = rich_text.unformatted(row.get("text", ""))
            return
        start = _date(row, "", required=True)
        end = _date(row, "end ", required=kind == "era")
        if end and end.sort_key() < start.sort_key():
            raise KioskError(f"ends ({end.iso()}) before it starts ({start.iso()})")
        if not headline and kind != "era":
            raise KioskError("no Headline")
        slug = _unique(f"{start.year}-{slug_of(headline) or 'untitled'}", self.slugs)
        title = self._text(headline)
        if kind == "era":
            self.sheet.eras.append(m.Era(slug, self.section, title, start, end))
        else:
            event = m.Event(slug, self.section, title, start=start, end=end, position=position)
            self.sheet.events.append(self._fill(event, row, line))

    def _fill(self, event: m.Event, row: dict[str, str], line: int) -> m.Event:
        """The event's text, display date, track and media, from its row."""
        body = rich_text.from_html(row.get("text", ""))
        media = row.get("media", "")
        web = {}
        if media.startswith("<"):  # a quotation written in the Media column
            body = "\n\n".join(t for t in (body, rich_text.from_html(media)) if t)
        elif media:
            caption, credit = (
                rich_text.plain(row.get(f"media {k}", "")) for k in ("caption", "credit")
            )
            reference = MediaReference(event.slug, media, caption, credit, line)
            self.sheet.media.append(reference)
            if reference.remote:  # a file's caption and credit are the file's own
                web = {
                    "web_media_caption": self._text(caption),
                    "web_media_credit": self._text(credit),
                }
        return dataclasses.replace(
            event,
            **web,
            body=self._text(body),
            display_date=self._text(row.get("display date", "")),
            track=_track(self.sheet, row.get("group", ""), self.section, self.lang),
        )

    def _text(self, value: str) -> LocalText:
        return LocalText({self.lang: value} if value else {})


def _date(row: dict[str, str], prefix: str, required: bool) -> PartialDate | None:
    parts = [_number(row.get(f"{prefix}{name}", "")) for name in ("year", "month", "day")]
    year, month, day = parts
    label = "End Year" if prefix else "Year"
    if year is None:
        if any(parts) or row.get(f"{prefix}time"):
            raise KioskError(f"{label} is empty but the month, day or time is not")
        if required:
            raise KioskError(f"no {label}")
        return None
    if day and not month:
        raise KioskError(f"{label} {year} has a day but no month")
    text = f"{year:04d}" if year >= 0 else f"-{-year:04d}"
    text += "".join(f"-{n:02d}" for n in (month, day) if n)
    time = _time(row.get(f"{prefix}time", ""))
    if time and not day:
        raise KioskError(f"{label} {year} has a time but no day")
    return PartialDate.parse(f"{text}T{time}" if time else text)


def _number(cell: str) -> int | None:
    """ "1990", "-44" or "1990.0" (a spreadsheet's number) as an int; "" as None."""
    if not cell:
        return None
    try:
        value = float(cell.replace(",", "."))
    except ValueError:
        raise KioskError(f"{cell!r} is not a number") from None
    if not value.is_integer():
        raise KioskError(f"{cell!r} is not a whole number")
    return int(value)


def _time(cell: str) -> str | None:
    if not cell:
        return None
    match = _TIME.match(cell)
    if not match:
        raise KioskError(f"{cell!r} is not a time (use 14:30 or 2:30 PM)")
    hour, minute, half = int(match[1]), int(match[2]), (match[3] or "").lower()
    if half:
        hour = hour % 12 + (12 if half == "pm" else 0)
    if hour > 23 or minute > 59:
        raise KioskError(f"{cell!r} is not a time of day")
    return f"{hour:02d}:{minute:02d}"


def _track(sheet: TimelineSheet, group: str, section: str, lang: str) -> str | None:
    name = rich_text.plain(group)
    if not name:
        return None
    slug = f"{section}-{slug_of(name)}"
    if all(track.slug != slug for track in sheet.tracks):
        title = LocalText({lang: name})
        sheet.tracks.append(m.Track(slug, section, title, position=len(sheet.tracks)))
    return slug


def _with_era(event: m.Event, eras: list[m.Era]) -> m.Event:
    """An event belongs to the first era whose span holds its start."""
    key = event.start.sort_key() if event.start else None
    for era in eras:
        if key and era.start.sort_key() <= key <= _last_moment(era.end):
            return dataclasses.replace(event, era=era.slug)
    return event


def _last_moment(date: PartialDate) -> str:
    """The sort key of the end of `date`'s span: 1946 lasts until 31 December 1946, 23:59."""
    return PartialDate(date.year, date.month or 12, date.day or 31, date.time or "23:59").sort_key()


def slug_of(text: str) -> str:
    return "-".join(re.findall(r"[^\W_]+", fold(text).lower()))[:48].strip("-")


def _unique(slug: str, taken: set[str]) -> str:
    candidate, number = slug, 2
    while candidate in taken:
        candidate, number = f"{slug}-{number}", number + 1
    taken.add(candidate)
    return candidate
