"""Subtitle files beside a video: WebVTT or SRT, stored as WebVTT, one per language.

`film.mp4` takes `film.vtt` or `film.srt` (in the default language) and `film.az.vtt`,
`film.ru.srt`, ... (in the language its name gives).
"""

from __future__ import annotations

import re
from pathlib import Path

from kiosk.content.errors import MediaError

SUBTITLE_SUFFIXES = {".vtt", ".srt"}
_TIMING = re.compile(r"(\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}\s*-->\s*(\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}")
_SRT_COMMA = re.compile(r"(\d{2}:\d{2}:\d{2}),(\d{3})")


def subtitle_target(path: Path, languages: list[str], default: str) -> tuple[str, str]:
    """(video stem, language) named by a subtitle file: `film.az.vtt` → ("film", "az")."""
    stem = path.stem
    base, _, lang = stem.rpartition(".")
    if base and lang.lower() in languages:
        return base, lang.lower()
    return stem, default


def to_webvtt(path: Path) -> bytes:
    """The file's cues as WebVTT, UTF-8; a file with no cues is refused."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise MediaError(f"{path}: cannot read ({error.strerror or error})") from error
    text = _decode(raw, path)
    cues = len(_TIMING.findall(text))
    if cues == 0:
        raise MediaError(f"{path}: no subtitles found (expected WebVTT or SRT timings)")
    if not text.lstrip().startswith("WEBVTT"):
        text = "WEBVTT\n\n" + _SRT_COMMA.sub(r"\1.\2", text.replace("\r\n", "\n"))
    return text.encode("utf-8")


def _decode(raw: bytes, path: Path) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:  # older Russian and Azerbaijani subtitle files are often in Windows-1251
        return raw.decode("cp1251")
    except UnicodeDecodeError as error:
        raise MediaError(f"{path}: not a text file in UTF-8 or Windows-1251") from error
