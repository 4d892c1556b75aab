"""What a media file is: kind, MIME type, size, dimensions or duration."""

from __future__ import annotations

import mimetypes
import wave
from dataclasses import dataclass
from pathlib import Path

from PIL import ExifTags, Image

from kiosk.content.errors import MediaError
from kiosk.media.renditions import MAX_PIXELS, open_image

_SWAPPED = {5, 6, 7, 8}  # EXIF orientations that turn the picture on its side
AUDIO_SUFFIXES = {".wav", ".flac", ".mp3", ".ogg", ".oga", ".opus", ".m4a"}
VIDEO_SUFFIXES = {".mp4", ".webm", ".mkv", ".mov"}


@dataclass(frozen=True)
class Probe:
    kind: str
    mime: str
    size: int
    width: int | None = None
    height: int | None = None
    duration: float | None = None


def probe(path: Path, max_pixels: int = MAX_PIXELS) -> Probe:
    try:
        size = path.stat().st_size
    except OSError as error:
        raise MediaError(f"{path}: cannot read ({error.strerror or error})") from error
    if size == 0:
        raise MediaError(f"{path}: the file is empty")
    suffix = path.suffix.lower()
    if suffix in AUDIO_SUFFIXES:
        return _probe_audio(path, size)
    if suffix in VIDEO_SUFFIXES:
        return Probe("video", mimetypes.guess_type(path.name)[0] or "video/mp4", size)
    return _probe_image(path, size, max_pixels)


def _probe_image(path: Path, size: int, max_pixels: int) -> Probe:
    with open_image(path, max_pixels) as image:
        width, height = image.size
        if image.getexif().get(ExifTags.Base.Orientation) in _SWAPPED:
            width, height = height, width
        mime = Image.MIME.get(image.format or "", "application/octet-stream")
    return Probe("image", mime, size, width, height)


def _probe_audio(path: Path, size: int) -> Probe:
    mime = mimetypes.guess_type(path.name)[0] or "audio/wav"
    if path.suffix.lower() != ".wav":
        return Probe("audio", mime, size)
    try:
        with wave.open(str(path), "rb") as audio:
            duration = audio.getnframes() / audio.getframerate()
    except (wave.Error, EOFError) as error:
        raise MediaError(f"{path}: not a readable WAV file ({error})") from error
    return Probe("audio", "audio/wav", size, duration=round(duration, 3))
