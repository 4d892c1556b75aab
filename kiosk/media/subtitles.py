"""Subtitle files beside a video: WebVTT or SRT, stored as WebVTT, one per language.

`film.mp4` takes `film.vtt` or `film.srt` (in the default language) and `film.az.vtt`,
`film.ru.srt`, ... (in the language its name gives). Files are read with webvtt-py, at import
(so a broken file is refused there, not found by a visitor) and again when a video is shown.
A two-hour film has some 1,500 cues in 100 KB; a file far beyond that is refused at import,
before it is parsed: it would take the importer's memory and time, and the viewer's.
"""

from __future__ import annotations

import bisect
import functools
import html
import io
from dataclasses import dataclass
from pathlib import Path

import webvtt
from webvtt.errors import MalformedFileError

from kiosk.content.errors import MediaError
from kiosk.media.files import MB, atomic_write_bytes, read_regular

SUBTITLE_SUFFIXES = {".vtt", ".srt"}
MAX_CUES = 5_000
MAX_BYTES = 2 * MB


@dataclass(frozen=True)
class Cue:
    start_ms: int
    end_ms: int
    text: str  # plain text, lines joined by "\n", tags such as <i> removed


def subtitle_target(path: Path, languages: list[str], default: str) -> tuple[str, str]:
    """(video stem, language) named by a subtitle file: `film.az.vtt` → ("film", "az")."""
    stem = path.stem
    base, _, lang = stem.rpartition(".")
    if base and lang.lower() in languages:
        return base, lang.lower()
    return stem, default


def to_webvtt(path: Path) -> bytes:
    """The file's cues as WebVTT, UTF-8; a file with no cues, or too many, is refused."""
    text = _read(path)
    cues = text.count("-->")  # every cue has one: counted before the parser makes them all
    if cues > MAX_CUES:
        raise MediaError(f"{path}: {cues:,} cues; the limit is {MAX_CUES:,} for one subtitle file")
    return _parse(path, text).content.encode("utf-8")


def write_webvtt(target: Path, cues: list[tuple[float, float, str]]) -> None:
    """(start seconds, end seconds, text) cues as a WebVTT file, whole or not at all."""
    captions = [
        webvtt.Caption(_clock(start), _clock(end), text.split("\n")) for start, end, text in cues
    ]
    atomic_write_bytes(target, webvtt.WebVTT(captions=captions).content.encode("utf-8"))


def _clock(seconds: float) -> str:
    ms = round(seconds * 1000)
    return f"{ms // 3_600_000:02d}:{ms // 60_000 % 60:02d}:{ms // 1000 % 60:02d}.{ms % 1000:03d}"


def read_cues(path: Path) -> list[Cue]:
    """The cues of a stored WebVTT file, in time order, as plain text: webvtt-py drops the
    cue tags (<i>, <c.red>) and leaves their entities (&lt;), which are text."""
    cues = [
        Cue(
            c.start_time.in_milliseconds(),
            c.end_time.in_milliseconds(),
            html.unescape(c.text.strip()),
        )
        for c in _parse(path, _read(path)).captions
    ]
    return sorted(cues, key=lambda cue: cue.start_ms)


NEVER = 2**31 - 1  # ms: later than any film (and still a QML int)


class CueIndex:
    """The cue showing at a moment of a film, found by bisection: a video's position changes
    many times a second, and a long film has thousands of cues."""

    def __init__(self, cues: list[Cue]):
        self._cues = sorted(cues, key=lambda cue: cue.start_ms)
        self._starts = [cue.start_ms for cue in self._cues]
        # Cues may overlap: the latest end among the cues up to each one bounds the look back.
        self._reach, latest = [], 0
        for cue in self._cues:
            latest = max(latest, cue.end_ms)
            self._reach.append(latest)

    def __len__(self) -> int:
        return len(self._cues)

    def text_at(self, ms: int) -> str:
        """The text of the cues showing at `ms`, earliest first; "" between cues."""
        return "\n".join(cue.text for cue in self._showing(ms))

    def next_change(self, ms: int) -> int:
        """The first moment after `ms` at which the text may change: a showing cue's end or
        the next cue's start (NEVER after the last cue), so that a playing film need not ask
        at every frame."""
        following = bisect.bisect_right(self._starts, ms)
        ends = [cue.end_ms for cue in self._showing(ms)]
        starts = self._starts[following : following + 1]
        return min([*ends, *starts], default=NEVER)

    def _showing(self, ms: int) -> list[Cue]:
        last = bisect.bisect_right(self._starts, ms) - 1
        showing = []
        while last >= 0 and self._reach[last] > ms:
            if self._cues[last].end_ms > ms:
                showing.append(self._cues[last])
            last -= 1
        return showing[::-1]


@functools.lru_cache(maxsize=8)  # a visitor steps back and forth between a few films
def cue_index(path: Path) -> CueIndex:
    """The stored cues of `path`, indexed; none if the file will not read."""
    try:
        return CueIndex(read_cues(path))
    except MediaError:
        return CueIndex([])


def _read(path: Path) -> str:
    try:
        raw = read_regular(path, MAX_BYTES, "a subtitle file")
    except OSError as error:
        raise MediaError(f"{path}: cannot read ({error.strerror or error})") from error
    return _decode(raw, path).replace("\r\n", "\n")


def _parse(path: Path, text: str) -> webvtt.WebVTT:
    kind = "vtt" if text.lstrip().startswith("WEBVTT") else "srt"
    try:
        found = webvtt.from_buffer(io.StringIO(text), format=kind)
    except MalformedFileError:
        found = None
    if found is None or not found.captions:
        raise MediaError(f"{path}: no subtitles found (expected WebVTT or SRT timings)")
    return found


def _decode(raw: bytes, path: Path) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:  # older Russian and Azerbaijani subtitle files are often in Windows-1251
        return raw.decode("cp1251")
    except UnicodeDecodeError as error:
        raise MediaError(f"{path}: not a text file in UTF-8 or Windows-1251") from error
