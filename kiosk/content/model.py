"""The exhibition's content as plain dataclasses, shared by every layer above this one."""

from __future__ import annotations

import typing
from dataclasses import dataclass, field

from kiosk.content.dates import PartialDate
from kiosk.content.text import LocalText

SECTION_KINDS = ("chronology", "media", "artworks", "programme")
MEDIA_KINDS = ("image", "audio", "video")
CONSENT_DISPLAYS = ("full_name", "first_name_and_class", "anonymous")


@dataclass(frozen=True)
class Exhibition:
    slug: str
    title: LocalText
    subtitle: LocalText = LocalText()
    venue: LocalText = LocalText()
    organisers: LocalText = LocalText()
    intro: LocalText = LocalText()
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class Section:
    slug: str
    kind: str
    title: LocalText
    intro: LocalText = LocalText()
    position: int = 0


@dataclass(frozen=True)
class Source:
    """Where a statement comes from; every fact names one."""

    slug: str
    title: str
    publisher: LocalText = LocalText()
    published: str | None = None
    url: str | None = None
    note: LocalText = LocalText()
    language: str | None = None  # the language the source is written in, e.g. "en"


@dataclass(frozen=True)
class Track:
    """A parallel line on the timeline, e.g. Baku 1990 and Vilnius 1991."""

    slug: str
    section: str
    title: LocalText
    position: int = 0


@dataclass(frozen=True)
class Era:
    """A span shown as a band behind the timeline."""

    slug: str
    section: str
    title: LocalText
    start: PartialDate
    end: PartialDate


@dataclass(frozen=True)
class Fact:
    """One figure from one source. Facts sharing a `measure` on an event are compared."""

    event: str
    measure: str
    label: LocalText
    value: float
    source: str | None
    unit: LocalText = LocalText()
    qualifier: LocalText = LocalText()
    position: int = 0


@dataclass(frozen=True)
class Event:
    slug: str
    section: str
    title: LocalText
    body: LocalText = LocalText()
    place: LocalText = LocalText()
    track: str | None = None
    era: str | None = None
    start: PartialDate | None = None
    end: PartialDate | None = None
    display_date: LocalText = LocalText()
    sources: tuple[str, ...] = ()
    media: tuple[str, ...] = ()
    position: int = 0
    web_media: str | None = None  # a web address a spreadsheet gave; not shown offline
    # Its caption and credit, kept for the day it is shown: no visitor reads them before, so
    # `kiosk check` does not ask for their translations.
    web_media_caption: LocalText = field(default=LocalText(), metadata={"unshown": True})
    web_media_credit: LocalText = field(default=LocalText(), metadata={"unshown": True})
    # A recording describing it (a media id), played by read aloud in place of the voice.
    audio_description: str | None = None


@dataclass(frozen=True)
class Rendition:
    media: str
    kind: str  # "thumb", "display" (a video's are its poster frame) or "subtitles-<lang>"
    path: str  # relative to the kiosk home
    width: int
    height: int
    mime: str
    size: int


@dataclass(frozen=True)
class Media:
    """A stored file, named by the SHA-256 of its bytes."""

    sha256: str
    kind: str
    mime: str
    size: int
    path: str  # the untouched original, relative to the kiosk home
    original_name: str = ""
    width: int | None = None
    height: int | None = None
    duration: float | None = None
    caption: LocalText = LocalText()
    alt: LocalText = LocalText()
    credit: LocalText = LocalText()
    rights: LocalText = LocalText()
    sample: bool = False
    taken: str | None = None  # when the picture was taken (EXIF), ISO 8601, where known
    renditions: tuple[Rendition, ...] = ()

    def rendition(self, kind: str) -> Rendition | None:
        return next((r for r in self.renditions if r.kind == kind), None)


@dataclass(frozen=True)
class SectionMedia:
    section: str
    media: str
    position: int = 0


@dataclass(frozen=True)
class Consent:
    """What an artist (or, for a minor, their guardian) agreed may be shown."""

    display: str  # one of CONSENT_DISPLAYS
    given_by: str
    date: str
    note: str = ""


@dataclass(frozen=True)
class Artist:
    """A name may be given per script ({"en": "Aysel", "ru": "Айсель"}): a Russian screen
    shows the Cyrillic one. A plain name is the same in every language."""

    slug: str
    # Names are written per script, not translated: `kiosk check` does not ask for each language.
    full_name: LocalText = field(metadata={"per_script": True})
    first_name: LocalText = field(default=LocalText(), metadata={"per_script": True})
    class_name: LocalText = LocalText()
    minor: bool = False
    consent: Consent | None = None

    def __post_init__(self) -> None:
        for name in ("full_name", "first_name"):
            object.__setattr__(self, name, LocalText.of(getattr(self, name)))

    def display_name(self, lang: str) -> str:
        """The name as the consent record allows; a minor with no record is not named."""
        display = (
            self.consent.display if self.consent else ("anonymous" if self.minor else "full_name")
        )
        if display == "full_name":
            return self.full_name.get(lang)
        if display == "first_name_and_class":
            first, grade = self.first_name.get(lang), self.class_name.get(lang)
            return ", ".join(p for p in (first, grade) if p)
        return ""


@dataclass(frozen=True)
class Artwork:
    slug: str
    section: str
    title: LocalText
    artist: str
    school: LocalText = LocalText()
    year: int | None = None
    medium: LocalText = LocalText()
    description: LocalText = LocalText()
    media: str | None = None
    sample: bool = False
    position: int = 0
    audio_description: str | None = None  # as an event's


@dataclass(frozen=True)
class Programme:
    slug: str
    section: str
    title: LocalText
    performers: LocalText = LocalText()
    note: LocalText = LocalText()
    sample: bool = False


@dataclass(frozen=True)
class ProgrammeItem:
    slug: str
    programme: str
    composer: LocalText
    work: LocalText
    performers: LocalText = LocalText()
    instrument: LocalText = LocalText()
    duration: float | None = None  # seconds
    audio: str | None = None
    sample: bool = False
    position: int = 0
    composer_dates: str | None = None  # the composer's life, "1885–1948"
    audio_description: str | None = None  # as an event's


@dataclass
class ExhibitionContent:
    """Everything an archive holds, for checking and exporting in one piece."""

    exhibition: Exhibition | None = None
    sections: list[Section] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    tracks: list[Track] = field(default_factory=list)
    eras: list[Era] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    media: list[Media] = field(default_factory=list)
    section_media: list[SectionMedia] = field(default_factory=list)
    artists: list[Artist] = field(default_factory=list)
    artworks: list[Artwork] = field(default_factory=list)
    programmes: list[Programme] = field(default_factory=list)
    programme_items: list[ProgrammeItem] = field(default_factory=list)


def content_lists() -> dict[str, type]:
    """ExhibitionContent's list fields and the dataclass each holds, e.g. "events": Event."""
    hints = typing.get_type_hints(ExhibitionContent)
    return {
        name: typing.get_args(hint)[0]
        for name, hint in hints.items()
        if typing.get_origin(hint) is list
    }


@dataclass(frozen=True)
class SearchHit:
    kind: str
    ref: str
    lang: str
    title: str
    snippet: str
