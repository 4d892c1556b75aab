"""What a visitor's search finds: the archive's folded full-text search, in every language at
once, turned into rows in the visitor's language, grouped as the kiosk's sections are
(events, photos and video, artworks, the programme), with the words found marked; and, when
nothing is found, suggestions drawn from the exhibition itself (its places, years and names).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar

from kiosk.archive import Archive
from kiosk.content.folding import fold
from kiosk.content.rich_text import styled_marks
from kiosk.services.exhibit import Exhibit

GROUPS = ("events", "media", "artworks", "programme")  # in the order the screen shows them
GROUP_OF = {
    "event": "events",
    "media": "media",
    "artwork": "artworks",
    "programme-item": "programme",
}
PER_GROUP = 12
SUGGESTIONS = 8
_WORD = re.compile(r"\w+")

# The archive's search: (query, how many items) -> the items (kind, ref) found in any
# language, best first, each once (Archive.found).
Searcher = Callable[[str, int], list[tuple[str, str]]]


class ArchiveSearcher:
    """One read-only connection to the archive an Exhibit was read from, opened at the first
    search and kept for the next ones (a visitor types a letter at a time)."""

    def __init__(self, reopen: Callable[[], Archive] | None):
        self._reopen = reopen
        self._archive: Archive | None = None

    def __call__(self, query: str, limit: int) -> list[tuple[str, str]]:
        if self._reopen is None:
            return []
        if self._archive is None:
            self._archive = self._reopen()
        return self._archive.found(query, limit)

    def close(self) -> None:
        if self._archive is not None:
            self._archive.close()
            self._archive = None


@dataclass(frozen=True)
class FoundRow:
    """One result: where it lives (kind, ref), and what the screen shows of it."""

    KEY: ClassVar[str] = "key"
    key: str  # "kind:ref"
    group: str  # one of GROUPS
    kind: str  # event, media, artwork, programme-item
    ref: str
    title: str
    detail: str  # an event's date, a photo's credit, an artwork's artist, a piece's composer
    thumb: str  # the thumbnail's path, or ""
    marks: tuple[tuple[int, int], ...]  # the title's spans (start, end) the query's words match
    marked: str  # the title as StyledText, those spans in bold


class VisitorSearch:
    def __init__(self, exhibit: Exhibit, searcher: Searcher):
        self._exhibit, self._searcher = exhibit, searcher

    def find(self, query: str, lang: str) -> list[FoundRow]:
        """The results in `lang`, grouped in GROUPS' order, at most PER_GROUP a group."""
        words = _WORD.findall(fold(query))
        if not words:
            return []
        grouped: dict[str, list[FoundRow]] = {group: [] for group in GROUPS}
        # More items than the groups hold: those past a full group are skipped, and the
        # other groups may still have room.
        for kind, ref in self._searcher(query, 4 * PER_GROUP * len(GROUPS)):
            group = GROUP_OF.get(kind)
            if group is None or len(grouped[group]) >= PER_GROUP:
                continue
            row = self._row(kind, ref, group, lang, words)
            if row is not None:
                grouped[group].append(row)
        # In each group, what the visitor typed seen in the title first, then the rest as the
        # archive ranked them (found in the text, or another language).
        return [
            row for group in GROUPS for row in sorted(grouped[group], key=lambda r: not r.marks)
        ]

    def suggestions(self, lang: str) -> list[str]:
        """Words a visitor could search for: the exhibition's places, years and names."""
        e = self._exhibit
        places = [ev.place.shown(lang) for ev in e.events if ev.place.shown(lang)]
        years = [str(ev.start.year) for ev in e.events if ev.start is not None]
        names = [a.display_name(lang) for a in e.artists.values()]
        names += [p.composer.shown(lang) for p in e.content.programme_items]
        chosen: list[str] = []
        for text in _interleave(_first_parts(places), years, _first_parts(names)):
            if text and text not in chosen:
                chosen.append(text)
        return chosen[:SUGGESTIONS]

    def _row(self, kind: str, ref: str, group: str, lang: str, words: list[str]) -> FoundRow | None:
        e = self._exhibit
        if kind == "event":
            shown = e.event_summary(ref, lang)
        elif kind == "media":
            item = e.media_item(ref, lang)
            shown = item and (item.caption or item.alt, item.credit, item.thumb)
        elif kind == "artwork":
            work = e.artwork(ref, lang)
            shown = work and (work.title, work.artist, work.thumb)
        else:
            piece = e.piece(ref, lang)
            shown = piece and (piece.work, piece.composer, "")
        if not shown:
            return None
        title, detail, thumb = shown
        spans = marks(title, words)
        key = f"{kind}:{ref}"
        return FoundRow(
            key, group, kind, ref, title, detail, thumb, spans, styled_marks(title, spans)
        )


def marks(text: str, words: list[str]) -> tuple[tuple[int, int], ...]:
    """Where in `text` a word begins with one of `words` (folded), as (start, end) spans; none
    when folding changed the text's length, so that a span could not be mapped back."""
    folded = fold(text)
    if len(folded) != len(text):
        return ()
    spans = []
    for match in _WORD.finditer(folded):
        for word in words:
            if match.group().startswith(word):
                spans.append((match.start(), match.start() + len(word)))
                break
    return tuple(spans)


def _first_parts(texts: list[str]) -> list[str]:
    """A place or a name as a visitor would type it: what comes before the first comma."""
    return [text.split(",")[0].strip() for text in texts]


def _interleave(*lists: list[str]) -> list[str]:
    out: list[str] = []
    for n in range(max((len(items) for items in lists), default=0)):
        out += [items[n] for items in lists if n < len(items)]
    return out
