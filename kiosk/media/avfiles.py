"""Audio and video files, read with PyAV (FFmpeg): duration, picture size, tags, a poster frame.

A file is accepted only if FFmpeg can open it and decode its first frame, so a text file named
`.mp3` or a video cut off in its header is refused at import, not discovered by a visitor. Its
container must be one for its kind: FFmpeg opens a JPEG named `.mp4` as a one-frame video,
which the kiosk would show as a film with no duration.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from kiosk.content.errors import MediaError

_OTHER_ERRORS = (OSError, ValueError, IndexError, StopIteration)
# FFmpeg's names for the containers of each kind (a format's name lists its aliases: "mov,mp4").
CONTAINERS = {
    "video": {"mov", "mp4", "matroska", "webm"},
    "audio": {"wav", "flac", "mp3", "ogg", "mov", "mp4", "m4a", "aac", "matroska", "webm"},
}


def _av():
    """PyAV, loaded at the first sound or film: importing pictures alone, and the kiosk's
    start, do without it (it takes some 60 ms to load)."""
    import av

    return av


@dataclass(frozen=True)
class AvInfo:
    kind: str  # "audio" or "video"
    duration: float | None
    width: int | None = None
    height: int | None = None
    title: str = ""
    credit: str = ""
    rights: str = ""
    taken: str = ""  # the container's creation time, as FFmpeg writes it


def read_av(path: Path, kind: str) -> AvInfo:
    """Open `path`, check that its first frame decodes, and say what it is."""
    word = "an audio" if kind == "audio" else "a video"
    av = _av()
    try:
        with av.open(str(path)) as container:
            if not set(container.format.name.split(",")) & CONTAINERS[kind]:
                raise MediaError(f"{path}: not {word} file: it is {_what(container.format)}")
            streams = container.streams.video if kind == "video" else container.streams.audio
            if not streams:
                raise MediaError(f"{path}: not {word} file (it has no {kind} stream)")
            stream = streams[0]
            next(container.decode(stream))
            tags = {k.lower(): v for k, v in container.metadata.items()}
            return AvInfo(
                kind=kind,
                duration=_seconds(container, stream),
                width=getattr(stream.codec_context, "width", None) or None,
                height=getattr(stream.codec_context, "height", None) or None,
                title=tags.get("title", ""),
                credit=tags.get("artist", "") or tags.get("author", ""),
                rights=tags.get("copyright", ""),
                taken=tags.get("creation_time", ""),
            )
    except MediaError:
        raise
    except (av.FFmpegError, *_OTHER_ERRORS) as error:
        raise MediaError(f"{path}: not a playable {kind} file ({_reason(error)})") from error


def poster_frame(path: Path, at_seconds: float = 1.0) -> Image.Image:
    """A still from the video, about `at_seconds` in (or the first frame of a shorter one)."""
    av = _av()
    try:
        with av.open(str(path)) as container:
            stream = container.streams.video[0]
            chosen = None
            for frame in container.decode(stream):
                chosen = frame
                if frame.time is not None and frame.time >= at_seconds:
                    break
            if chosen is None:
                raise MediaError(f"{path}: the video has no pictures")
            return chosen.to_image()
    except MediaError:
        raise
    except (av.FFmpegError, *_OTHER_ERRORS) as error:
        raise MediaError(
            f"{path}: cannot take a still from the video ({_reason(error)})"
        ) from error


def _what(container_format) -> str:
    """What FFmpeg found, in words: "a JPEG picture", "a GIF (CompuServe Graphics ...) file"."""
    name = container_format.name
    if name.endswith("_pipe"):  # FFmpeg reads a lone picture as a "piped" sequence
        return f"a {name.removesuffix('_pipe').upper()} picture"
    return f"a {container_format.long_name or name} file"


def _seconds(container, stream) -> float | None:
    if container.duration:
        return round(container.duration / _av().time_base, 3)
    if stream.duration and stream.time_base:
        return round(float(stream.duration * stream.time_base), 3)
    return None


def _reason(error: Exception) -> str:
    if isinstance(error, StopIteration):
        return "no frame could be decoded"
    return str(getattr(error, "strerror", None) or error)
