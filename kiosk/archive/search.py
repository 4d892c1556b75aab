"""Full-text search over every language, on folded text (see kiosk.content.folding).

The index is kept current, not rebuilt: triggers (schema m010) note in `search_stale` each
document a write touches, and `refresh` re-indexes those alone, so an import pays for what
it changed and a publish of an indexed draft pays nothing.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from sqlite_utils import Database

from kiosk.content.folding import fold
from kiosk.content.model import ExhibitionContent, SearchHit
from kiosk.content.rich_text import searchable
from kiosk.content.text import LocalText

_WORD = re.compile(r"\w+")
SNIPPET_CHARS = 140
RANKED = 200
_INSERT = "INSERT INTO search (folded, kind, ref, lang, title, body) VALUES (?, ?, ?, ?, ?, ?)"

# Reads the content of some kinds of document (None: every kind) for re-indexing.
Loader = Callable[[set[str] | None], ExhibitionContent]


def refresh(db: Database, languages: Iterable[str], load: Loader) -> int:
    """Bring the index up to date; the number of documents re-indexed. An index of other
    languages than `languages` (or of none noted, as one made before they were) is rebuilt."""
    languages = list(languages)
    if _indexed_languages(db) != languages:
        return rebuild(db, load(None), languages)
    stale = set(db.execute("SELECT kind, ref FROM search_stale").fetchall())
    if not stale:
        return 0
    gone = [
        (rowid,)
        for rowid, kind, ref in db.execute("SELECT rowid, kind, ref FROM search")
        if (kind, ref) in stale
    ]
    db.conn.executemany("DELETE FROM search WHERE rowid = ?", gone)
    db.conn.executemany(_INSERT, index_rows(load({k for k, _ in stale}), languages, stale))
    db.execute("DELETE FROM search_stale")
    return len(stale)


def rebuild(db: Database, content: ExhibitionContent, languages: Iterable[str]) -> int:
    """The whole index anew, of `content`; the number of documents indexed."""
    languages = list(languages)
    db.execute("DELETE FROM search")
    db.execute("DELETE FROM search_stale")
    db.conn.executemany(_INSERT, index_rows(content, languages))
    db.execute(
        "INSERT OR REPLACE INTO search_state (key, value) VALUES ('languages', ?)",
        [json.dumps(languages)],
    )
    return sum(1 for _ in _documents(content))


def _indexed_languages(db: Database) -> list[str] | None:
    row = db.execute("SELECT value FROM search_state WHERE key = 'languages'").fetchone()
    return json.loads(row[0]) if row else None


def index_rows(
    content: ExhibitionContent,
    languages: Iterable[str],
    only: set[tuple[str, str]] | None = None,
) -> Iterator[tuple[str, ...]]:
    """One row per document and language that has its own text (fallbacks are not indexed
    twice), in the order of `_INSERT`; with `only`, of those (kind, ref) alone."""
    languages = list(languages)
    artists = {a.slug: a for a in content.artists}
    for kind, ref, item in _documents(content):
        if only is not None and (kind, ref) not in only:
            continue
        title, body = _texts(kind, item, artists)
        for lang in languages:
            t, b = title.values.get(lang, ""), body.values.get(lang, "")
            if t or b:
                yield fold(f"{t}\n{b}"), kind, ref, lang, t or title.get(lang), b


def _documents(content: ExhibitionContent) -> Iterator[tuple[str, str, Any]]:
    """(kind, ref, item) of everything searched, in the order hits are ranked among."""
    if content.exhibition:
        yield "exhibition", content.exhibition.slug, content.exhibition
    yield from (("section", s.slug, s) for s in content.sections)
    yield from (("event", e.slug, e) for e in content.events)
    yield from (("media", m.sha256, m) for m in content.media)
    yield from (("artwork", a.slug, a) for a in content.artworks)
    yield from (("programme-item", p.slug, p) for p in content.programme_items)


def _texts(kind: str, item: Any, artists: dict) -> tuple[LocalText, LocalText]:
    """A document's title and body."""
    if kind == "exhibition":
        return item.title, _join(item.subtitle, item.venue, item.intro)
    if kind == "section":
        return item.title, item.intro
    if kind == "event":
        return item.title, _join(item.place, item.display_date, item.body)
    if kind == "media":
        return item.caption, _join(item.alt, item.credit)
    if kind == "artwork":
        artist = artists.get(item.artist)
        name = LocalText.of(artist.display_name("en")) if artist else LocalText()
        return item.title, _join(name, item.medium, item.school, item.description)
    return item.work, _join(item.composer, item.performers, item.instrument)


def _join(*texts: LocalText) -> LocalText:
    langs = {lang for t in texts for lang in t.values}
    return LocalText(
        {
            lang: "\n".join(searchable(t.values[lang]) for t in texts if t.has(lang))
            for lang in langs
        }
    )


def match_expression(query: str) -> str:
    """Every word of the query as a prefix: "azerb xal" -> '"azerb"* "xal"*'."""
    return " ".join(f'"{word}"*' for word in _WORD.findall(fold(query)))


def search(db: Database, query: str, lang: str | None = None, limit: int = 20) -> list[SearchHit]:
    """The best `limit` hits, by relevance (bm25) among the first RANKED matches.

    Ranking every match of a one-letter prefix in a large archive takes longer than a letter
    takes to type (50,000 items: 140 ms), so only the first RANKED matches, in the order they
    were indexed (the exhibition, then events in time order, media, artworks, programme), are
    ranked; a query with fewer matches is ranked whole.
    """
    expression = match_expression(query)
    if not expression:
        return []
    inner = "SELECT kind, ref, lang, title, body, rank FROM search WHERE search MATCH ?"
    params: list = [expression]
    if lang:
        inner += " AND lang = ?"
        params.append(lang)
    sql = f"SELECT kind, ref, lang, title, body FROM ({inner} LIMIT ?) ORDER BY rank LIMIT ?"
    params += [RANKED, limit]
    words = _WORD.findall(fold(query))
    return [
        SearchHit(kind, ref, lng, title, _snippet(body, words))
        for kind, ref, lng, title, body in db.execute(sql, params).fetchall()
    ]


def found(db: Database, query: str, limit: int) -> list[tuple[str, str]]:
    """The best `limit` items (kind, ref) that `query` finds in any language, ranked as
    `search` ranks them, each once: a visitor's search, which reads neither texts nor
    snippets from here (making them was half the time of a letter over 50,000 items)."""
    expression = match_expression(query)
    if not expression:
        return []
    inner = "SELECT kind, ref, rank FROM search WHERE search MATCH ? LIMIT ?"
    # The outer LIMIT keeps SQLite from folding the inner query into this one, which would
    # rank every match, not the first RANKED (20 times slower over 50,000 items).
    sql = f"SELECT kind, ref FROM ({inner}) ORDER BY rank LIMIT ?"
    rows = db.execute(sql, [expression, RANKED, RANKED])
    return list(dict.fromkeys(tuple(row) for row in rows.fetchall()))[:limit]


def _snippet(body: str, words: list[str]) -> str:
    """A window of `body` around the first word found, in the original spelling."""
    folded = fold(body)
    start = 0
    if len(folded) == len(body):  # folding kept offsets, so a match maps back
        hits = [folded.find(w) for w in words if folded.find(w) >= 0]
        start = max(0, min(hits) - SNIPPET_CHARS // 3) if hits else 0
    text = " ".join(body[start : start + SNIPPET_CHARS].split())
    return ("…" if start else "") + text + ("…" if len(body) > start + SNIPPET_CHARS else "")
