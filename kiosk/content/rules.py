"""What must be true of content before it is published. Errors block; warnings inform."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, fields

from kiosk.content.model import ExhibitionContent
from kiosk.content.text import LocalText

ERROR, WARNING = "error", "warning"


@dataclass(frozen=True)
class Finding:
    level: str
    code: str
    ref: str  # "kind:slug", e.g. "fact:baku-1990/killed"
    message: str
    lang: str | None = None


def check_content(content: ExhibitionContent, languages: list[str], default: str) -> list[Finding]:
    """Every finding about `content` for a kiosk showing `languages`, `default` first."""
    return [
        *_exhibition_present(content),
        *_facts_have_sources(content),
        *_images_are_described(content, default),
        *_minors_have_consent(content),
        *_translations(content, languages),
    ]


def _exhibition_present(content: ExhibitionContent) -> Iterator[Finding]:
    if content.exhibition is None:
        yield Finding(ERROR, "no-exhibition", "exhibition", "the archive has no exhibition")


def _facts_have_sources(content: ExhibitionContent) -> Iterator[Finding]:
    known = {s.slug for s in content.sources}
    for fact in content.facts:
        ref = f"fact:{fact.event}/{fact.measure}"
        if not fact.source:
            yield Finding(ERROR, "fact-without-source", ref, "the figure has no source")
        elif fact.source not in known:
            yield Finding(ERROR, "unknown-source", ref, f"source {fact.source!r} does not exist")


def _images_are_described(content: ExhibitionContent, default: str) -> Iterator[Finding]:
    for media in content.media:
        if media.kind != "image":
            continue
        for name in ("alt", "credit", "rights"):
            if not getattr(media, name).has(default):
                yield Finding(
                    ERROR,
                    f"image-without-{name}",
                    f"media:{media.sha256[:12]}",
                    f"{media.original_name or 'image'} has no {name} text in {default!r}",
                )


def _minors_have_consent(content: ExhibitionContent) -> Iterator[Finding]:
    artists = {a.slug: a for a in content.artists}
    for artwork in content.artworks:
        artist = artists.get(artwork.artist)
        ref = f"artwork:{artwork.slug}"
        if artist is None:
            yield Finding(ERROR, "unknown-artist", ref, f"artist {artwork.artist!r} does not exist")
        elif artist.minor and artist.consent is None:
            yield Finding(
                ERROR,
                "minor-without-consent",
                ref,
                f"artist {artist.slug!r} is a minor with no consent record",
            )


def _translations(content: ExhibitionContent, languages: list[str]) -> Iterator[Finding]:
    for kind, item in _items(content):
        for f in fields(item):
            text = getattr(item, f.name)
            if not isinstance(text, LocalText) or not text:
                continue
            for lang in languages:
                if not text.has(lang):
                    yield Finding(
                        WARNING,
                        "untranslated",
                        f"{kind}:{_slug(item)}.{f.name}",
                        f"no {lang!r} text",
                        lang,
                    )


def _items(content: ExhibitionContent) -> Iterator[tuple[str, object]]:
    if content.exhibition:
        yield "exhibition", content.exhibition
    for kind in (
        "sections",
        "sources",
        "tracks",
        "eras",
        "events",
        "facts",
        "media",
        "artists",
        "artworks",
        "programmes",
        "programme_items",
    ):
        for item in getattr(content, kind):
            yield kind.rstrip("s").replace("_item", "-item"), item


def _slug(item: object) -> str:
    for name in ("slug", "sha256"):
        if hasattr(item, name):
            return str(getattr(item, name))[:16]
    return f"{getattr(item, 'event', '')}/{getattr(item, 'measure', '')}"
