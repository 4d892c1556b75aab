"""`kiosk new`: a home's exhibition, begun with one section of each kind, ready to fill."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

from kiosk.archive import Archive
from kiosk.content import model as m
from kiosk.content.errors import KioskError
from kiosk.content.settings import Settings
from kiosk.content.text import LocalText
from kiosk.content.timelinejs import slug_of
from kiosk.services.home import KioskHome

# One section of each kind, in this order on the home screen; named as in the demo.
SECTIONS = {
    "chronology": {
        "en": "Chronology",
        "az": "Xronologiya",
        "lt": "Chronologija",
        "ru": "Хронология",
    },
    "media": {
        "en": "Photos and video",
        "az": "Foto və video",
        "lt": "Nuotraukos ir vaizdo įrašai",
        "ru": "Фото и видео",
    },
    "artworks": {"en": "Artworks", "az": "Əsərlər", "lt": "Kūriniai", "ru": "Работы"},
    "programme": {
        "en": "Concert programme",
        "az": "Konsert proqramı",
        "lt": "Koncerto programa",
        "ru": "Программа концерта",
    },
}


@dataclass(frozen=True)
class NewExhibition:
    exhibition: m.Exhibition
    sections: list[m.Section]  # those made; a section already in the draft is kept as it was
    programme: m.Programme | None  # the empty programme made to add pieces to


def new_exhibition(home: KioskHome, title: str, lang: str | None = None) -> NewExhibition:
    """Put into the draft (the home made if needed) an exhibition called `title` in `lang`
    (else the default language), its sections and an empty programme, in one transaction."""
    settings = home.settings() if home.settings_file.exists() else Settings()
    lang = lang or settings.default_language
    if lang not in settings.languages:
        raise KioskError(
            f"--lang {lang}: not one of the kiosk's languages ({', '.join(settings.languages)})"
        )
    exhibition = m.Exhibition(_slug(title), LocalText.of({lang: title.strip()}))
    home.create()
    home.open_draft_new()
    with contextlib.closing(home.open_draft()) as draft, draft.transaction():
        existing = draft.exhibition()
        if existing is not None:
            named = existing.title.get(settings.default_language)
            raise KioskError(f"{home.root}: already has an exhibition ({named}); nothing changed")
        return _fill(draft, exhibition)


def _fill(draft: Archive, exhibition: m.Exhibition) -> NewExhibition:
    """The exhibition, the sections whose slugs are free, and the programme if it is not there."""
    taken = {s.slug for s in draft.all(m.Section)}
    sections = [
        m.Section(kind, kind, LocalText.of(titles), position=position)
        for position, (kind, titles) in enumerate(SECTIONS.items())
        if kind not in taken
    ]
    programme = None
    if not any(p.slug == "programme" for p in draft.all(m.Programme)):
        # Untitled: the programme screen shows the section's title above the programme's.
        programme = m.Programme("programme", "programme", LocalText())
    draft.put(exhibition)
    draft.put_all(sections)
    if programme is not None:
        draft.put(programme)
    return NewExhibition(exhibition, sections, programme)


def _slug(title: str) -> str:
    slug = slug_of(title)
    if not slug:
        raise KioskError(f"--title {title!r}: has no letters or digits to name the exhibition by")
    return slug
