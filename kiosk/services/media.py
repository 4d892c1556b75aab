"""Adding one file to the archive: stored untouched, probed, given its renditions."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kiosk.archive import Archive
from kiosk.content.model import Media, Rendition
from kiosk.content.settings import Settings
from kiosk.content.text import LocalText
from kiosk.media.probe import probe
from kiosk.media.renditions import RenditionSizes, make_renditions
from kiosk.media.store import MediaStore


@dataclass(frozen=True)
class MediaText:
    """What staff write about a file."""

    caption: LocalText = LocalText()
    alt: LocalText = LocalText()
    credit: LocalText = LocalText()
    rights: LocalText = LocalText()
    sample: bool = False


def sizes_from(settings: Settings) -> RenditionSizes:
    return RenditionSizes(settings.display_edge, settings.thumb_edge, settings.max_pixels)


def add_media(
    archive: Archive, store: MediaStore, source: Path, text: MediaText, sizes: RenditionSizes
) -> Media:
    """Store `source`, make its renditions, and record it; returns the archive's record."""
    found = probe(source, sizes.max_pixels)
    sha, stored = store.add(source)
    renditions: tuple[Rendition, ...] = ()
    if found.kind == "image":
        targets = {kind: store.rendition_path(sha, kind) for kind in ("display", "thumb")}
        renditions = tuple(
            Rendition(sha, r.kind, store.relative(r.path), r.width, r.height, r.mime, r.size)
            for r in make_renditions(stored, targets, sizes)
        )
    media = Media(
        sha256=sha,
        kind=found.kind,
        mime=found.mime,
        size=found.size,
        path=store.relative(stored),
        original_name=source.name,
        width=found.width,
        height=found.height,
        duration=found.duration,
        caption=text.caption,
        alt=text.alt,
        credit=text.credit,
        rights=text.rights,
        sample=text.sample,
        renditions=renditions,
    )
    archive.put(media)
    return media
