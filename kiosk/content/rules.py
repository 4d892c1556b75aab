"""What must be true of content before it is published. Errors block; warnings inform."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, fields

from kiosk.content.model import ExhibitionContent
from kiosk.content.sections import empty_sections
from kiosk.content.text import LocalText

ERROR, WARNING = "error", "warning"


@dataclass(frozen=True)
class Finding:
    level: str
    code: str
    ref: str  # "kind:slug", e.g. "fact:baku-1990/killed"
    message: str
    lang: str | None = None


def check_content(
    content: ExhibitionContent, languages: list[str], default: str, max_bytes: int | None = None
) -> list[Finding]:
    """Every finding about `content` for a kiosk showing `languages`, `default` first.
    Originals larger than `max_bytes` are reported as oversize."""
    return [
        *_exhibition_present(content),
        *_sections_have_content(content),
        *_facts_have_sources(content),
        *_media_are_described(content, default),
        *_references_resolve(content),
        *_minors_have_consent(content),
        *_artists_have_consent(content),
        *_web_media(content),
        *_oversize(content, max_bytes),
        *_translations(content, languages),
    ]


def _exhibition_present(content: ExhibitionContent) -> Iterator[Finding]:
    if content.exhibition is None:
        yield Finding(ERROR, "no-exhibition", "exhibition", "the archive has no exhibition")


def _sections_have_content(content: ExhibitionContent) -> Iterator[Finding]:
    for slug in sorted(empty_sections(content)):
        yield Finding(
            WARNING,
            "empty-section",
            f"section:{slug}",
            "has nothing in it, so visitors are not offered it (fill it, or delete its row in "
            "the workbook's sections sheet)",
        )


def _facts_have_sources(content: ExhibitionContent) -> Iterator[Finding]:
    known = {s.slug for s in content.sources}
    for fact in content.facts:
        ref = f"fact:{fact.event}/{fact.measure}"
        if not fact.source:
            yield Finding(ERROR, "fact-without-source", ref, "the figure has no source")
        elif fact.source not in known:
            yield Finding(ERROR, "unknown-source", ref, f"source {fact.source!r} does not exist")


def _media_are_described(content: ExhibitionContent, default: str) -> Iterator[Finding]:
    """Pictures need alt text for visitors who cannot see them; everything needs its
    credit and the rights it is shown under."""
    for media in content.media:
        names = ("alt", "credit", "rights") if media.kind == "image" else ("credit", "rights")
        for name in names:
            if not getattr(media, name).has(default):
                yield Finding(
                    ERROR,
                    f"{media.kind}-without-{name}",
                    f"media:{media.sha256[:12]}",
                    f"{media.original_name or media.kind} has no {name} text in {default!r}",
                )


def _references_resolve(content: ExhibitionContent) -> Iterator[Finding]:
    """Every record a record names must exist: a picture, a track, an era, a section, ..."""
    return iter(dangling_references(content))


def dangling_references(content: ExhibitionContent) -> list[Finding]:
    """Each name of a record that is not there, as an error."""
    known = {
        "media": {m.sha256 for m in content.media},
        "track": {t.slug for t in content.tracks},
        "era": {e.slug for e in content.eras},
        "section": {s.slug for s in content.sections},
        "source": {s.slug for s in content.sources},
        "event": {e.slug for e in content.events},
        "artist": {a.slug for a in content.artists},
        "programme": {p.slug for p in content.programmes},
    }
    return [
        Finding(ERROR, f"missing-{kind}", ref, f"names {kind} {target[:16]!r}, which is not there")
        for ref, kind, target in _links(content)
        if target not in known[kind]
    ]


def _links(content: ExhibitionContent) -> Iterator[tuple[str, str, str]]:
    """(the record, the kind of record it names, the name) for every reference."""
    e = content.exhibition
    yield from ((f"exhibition:{e.slug}", "source", s) for s in (e.sources if e else ()))
    for kind, records in (("track", content.tracks), ("era", content.eras)):
        yield from ((f"{kind}:{r.slug}", "section", r.section) for r in records)
    for event in content.events:
        ref = f"event:{event.slug}"
        yield ref, "section", event.section
        yield from ((ref, "media", sha) for sha in event.media)
        if event.audio_description:
            yield ref, "media", event.audio_description
        yield from ((ref, "source", s) for s in event.sources)
        yield from ((ref, k, v) for k, v in (("track", event.track), ("era", event.era)) if v)
    for fact in content.facts:
        yield f"event:{fact.event}", "event", fact.event
        if fact.source:
            yield f"event:{fact.event}", "source", fact.source
    yield from ((f"section:{s.section}", "media", s.media) for s in content.section_media)
    yield from ((f"section:{s.section}", "section", s.section) for s in content.section_media)
    for work in content.artworks:
        yield f"artwork:{work.slug}", "section", work.section
        yield f"artwork:{work.slug}", "artist", work.artist
        for sha in (work.media, work.audio_description):
            if sha:
                yield f"artwork:{work.slug}", "media", sha
    yield from ((f"programme:{p.slug}", "section", p.section) for p in content.programmes)
    for piece in content.programme_items:
        yield f"piece:{piece.slug}", "programme", piece.programme
        for sha in (piece.audio, piece.audio_description):
            if sha:
                yield f"piece:{piece.slug}", "media", sha


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


def _artists_have_consent(content: ExhibitionContent) -> Iterator[Finding]:
    shown = {a.artist for a in content.artworks}
    for artist in content.artists:
        if artist.slug in shown and not artist.minor and artist.consent is None:
            yield Finding(
                WARNING,
                "artist-without-consent",
                f"artist:{artist.slug}",
                "no consent record: the work is shown under the full name",
            )


def _web_media(content: ExhibitionContent) -> Iterator[Finding]:
    for event in content.events:
        if event.web_media and not event.media:
            yield Finding(
                WARNING,
                "web-media",
                f"event:{event.slug}",
                f"its media is on the web ({event.web_media[:60]}) and not shown offline",
            )


def _oversize(content: ExhibitionContent, max_bytes: int | None) -> Iterator[Finding]:
    for media in content.media:
        if max_bytes and media.size > max_bytes:
            yield Finding(
                WARNING,
                "oversize-original",
                f"media:{media.sha256[:12]}",
                f"{media.original_name or media.kind} is {media.size / (1 << 20):,.0f} MB, over "
                f"the {max_bytes >> 20} MB limit (the kiosk shows its smaller copies)",
            )


def _translations(content: ExhibitionContent, languages: list[str]) -> Iterator[Finding]:
    for kind, item in _items(content):
        for f in fields(item):
            text = getattr(item, f.name)
            if not isinstance(text, LocalText) or not text:
                continue
            if f.metadata.get("per_script") or f.metadata.get("unshown"):
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
