"""One media file into a store: kept untouched, given its renditions and subtitles, described
by a record. The demo build and `kiosk import` both come through here."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kiosk.archive import Archive
from kiosk.content.errors import MediaError
from kiosk.content.model import Media, Rendition
from kiosk.content.settings import Settings
from kiosk.content.text import LocalText
from kiosk.media.avfiles import poster_frame
from kiosk.media.files import atomic_write_bytes
from kiosk.media.probe import Probe, probe
from kiosk.media.renditions import RenditionSizes, make_renditions, renditions_of
from kiosk.media.store import MediaStore
from kiosk.media.subtitles import to_webvtt
from kiosk.media.tiles import make_tiles, needs_tiles


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
    archive: Archive,
    store: MediaStore,
    source: Path,
    text: MediaText,
    sizes: RenditionSizes,
    subtitles: tuple[tuple[Path, str], ...] = (),
) -> Media:
    """Store `source`, make its renditions, and record it; returns the archive's record."""
    found = probe(source, sizes.max_pixels)
    media = store_media(store, source, found, text, sizes, subtitles=subtitles)
    archive.put(media)
    return media


def store_media(
    store: MediaStore,
    source: Path,
    found: Probe,
    text: MediaText,
    sizes: RenditionSizes,
    sha: str | None = None,
    subtitles: tuple[tuple[Path, str], ...] = (),
) -> Media:
    """Copy `source` into `store` with its renditions and subtitles; the record, unsaved."""
    sha, stored = store.add(source, sha)
    renditions = [
        *_pictures(store, sha, stored, found, sizes, source),
        *_subtitles(store, sha, subtitles),
    ]
    return Media(
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
        taken=found.taken,
        renditions=tuple(renditions),
    )


def embedded_text(found: Probe, language: str) -> MediaText:
    """What the file says of itself, taken to be in `language`."""

    def text(value: str) -> LocalText:
        return LocalText({language: value}) if value else LocalText()

    return MediaText(
        caption=text(found.caption), credit=text(found.credit), rights=text(found.rights)
    )


def _pictures(
    store: MediaStore, sha: str, stored: Path, found: Probe, sizes: RenditionSizes, source: Path
) -> list[Rendition]:
    """Display and thumb: of the picture, or of a frame of the video; none for audio. Zoom
    tiles too for a picture far larger than the display rendition."""
    if found.kind == "audio":
        return []
    targets = {kind: store.rendition_path(sha, kind) for kind in ("display", "thumb")}
    try:
        if found.kind == "image":
            files = make_renditions(stored, targets, sizes)
            if needs_tiles(found.width or 0, found.height or 0, sizes.display_edge, found.turned):
                tiles = store.rendition_path(sha, "tiles", "")
                files.append(make_tiles(stored, tiles, sizes.display_edge, sizes.max_pixels))
        else:
            at = min(1.0, (found.duration or 0) / 3)
            files = renditions_of(poster_frame(stored, at), targets, sizes)
    except MediaError as error:  # name the file staff gave us, not its stored copy
        raise MediaError(str(error).replace(str(stored), str(source))) from error
    return [
        Rendition(sha, f.kind, store.relative(f.path), f.width, f.height, f.mime, f.size)
        for f in files
    ]


def _subtitles(
    store: MediaStore, sha: str, subtitles: tuple[tuple[Path, str], ...]
) -> list[Rendition]:
    found = []
    for path, lang in subtitles:
        data = to_webvtt(path)
        kind = f"subtitles-{lang}"
        target = store.rendition_path(sha, kind, ".vtt")
        atomic_write_bytes(target, data)
        found.append(Rendition(sha, kind, store.relative(target), 0, 0, "text/vtt", len(data)))
    return found
