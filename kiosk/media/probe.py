"""What a media file is: kind, MIME type, size, dimensions or duration, and what it says of
itself (caption, credit, rights, date). A file that is not what its name says is refused."""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass
from pathlib import Path

from PIL import ExifTags, Image

from kiosk.content.errors import MediaError
from kiosk.content.taken import iso_taken
from kiosk.media.avfiles import read_av
from kiosk.media.embedded import bounded, read_embedded
from kiosk.media.renditions import MAX_PIXELS, open_image

_SWAPPED = {5, 6, 7, 8}  # EXIF orientations that turn the picture on its side
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".tif", ".tiff", ".webp"}
AUDIO_SUFFIXES = {".wav", ".flac", ".mp3", ".ogg", ".oga", ".opus", ".m4a"}
VIDEO_SUFFIXES = {".mp4", ".m4v", ".webm"}
IMAGE_FORMATS = {"JPEG", "MPO", "PNG", "TIFF", "WEBP"}  # MPO: a camera's JPEG with a preview


@dataclass(frozen=True)
class Probe:
    kind: str
    mime: str
    size: int
    width: int | None = None
    height: int | None = None
    duration: float | None = None
    caption: str = ""
    credit: str = ""
    rights: str = ""
    taken: str | None = None  # ISO 8601 (kiosk.content.taken)
    turned: bool = False  # EXIF orientation other than upright: the stored pixels are turned
    notes: tuple[str, ...] = ()  # what the import report should say of it (a caption cut)


def kind_of(path: Path) -> str | None:
    """ "image", "audio" or "video" by the file's name; None for anything else."""
    suffix = path.suffix.lower()
    for kind, suffixes in (
        ("image", IMAGE_SUFFIXES),
        ("audio", AUDIO_SUFFIXES),
        ("video", VIDEO_SUFFIXES),
    ):
        if suffix in suffixes:
            return kind
    return None


def probe(path: Path, max_pixels: int = MAX_PIXELS) -> Probe:
    try:
        size = path.stat().st_size
    except OSError as error:
        raise MediaError(f"{path}: cannot read ({error.strerror or error})") from error
    if size == 0:
        raise MediaError(f"{path}: the file is empty")
    kind = kind_of(path)
    if kind is None:
        raise MediaError(f"{path}: unsupported format {path.suffix or '(no extension)'!r}")
    if kind == "image":
        return _probe_image(path, size, max_pixels)
    info = read_av(path, kind)
    texts, notes = bounded(
        path, {"caption": info.title, "credit": info.credit, "rights": info.rights}
    )
    taken = iso_taken(info.taken)
    return Probe(
        kind=kind,
        mime=mimetypes.guess_type(path.name)[0] or f"{kind}/{path.suffix.lower()[1:]}",
        size=size,
        width=info.width,
        height=info.height,
        duration=info.duration,
        **texts,
        taken=taken,
        notes=(*notes, *_unreadable(path, "" if taken else info.taken)),
    )


def _probe_image(path: Path, size: int, max_pixels: int) -> Probe:
    with open_image(path, max_pixels) as image:
        if image.format not in IMAGE_FORMATS:
            raise MediaError(
                f"{path}: unsupported image format {image.format}; use JPEG, PNG, TIFF or WebP"
            )
        width, height = image.size
        orientation = image.getexif().get(ExifTags.Base.Orientation, 1)
        if orientation in _SWAPPED:
            width, height = height, width
        mime = Image.MIME.get(image.format or "", "application/octet-stream")
        embedded = read_embedded(image)
    texts, notes = bounded(
        path, {"caption": embedded.caption, "credit": embedded.credit, "rights": embedded.rights}
    )
    return Probe(
        "image",
        mime,
        size,
        width,
        height,
        **texts,
        taken=embedded.taken,
        turned=orientation not in (1, None),
        notes=(*notes, *_unreadable(path, embedded.unreadable_date)),
    )


def _unreadable(path: Path, written: str) -> list[str]:
    """A note of a date the file gives that is none, for the import report."""
    if not written:
        return []
    return [f"{path}: its embedded date {written[:40]!r} is not a date; left out"]
