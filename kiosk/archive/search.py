"""Full-text search over every language, on folded text (see kiosk.content.folding)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from sqlite_utils import Database

from kiosk.content.folding import fold
from kiosk.content.model import ExhibitionContent, SearchHit
from kiosk.content.rich_text import searchable
from kiosk.content.text import LocalText

_WORD = re.compile(r"\w+")
SNIPPET_CHARS = 140
RANKED = 200


def index_rows(content: ExhibitionContent, languages: Iterable[str]) -> Iterator[dict]:
    """One row per item and language that has its own text (fallbacks are not indexed twice)."""
    for kind, ref, title, body in _documents(content):
        for lang in languages:
            if not (title.has(lang) or body.has(lang)):
                continue
            t, b = title.values.get(lang, ""), body.values.get(lang, "")
            yield {
                "folded": fold(f"{t}\n{b}"),
                "kind": kind,
                "ref": ref,
                "lang": lang,
                "title": t or title.get(lang),
                "body": b,
            }


def _documents(content: ExhibitionContent) -> Iterator[tuple[str, str, LocalText, LocalText]]:
    if content.exhibition:
        ex = content.exhibition
        yield "exhibition", ex.slug, ex.title, _join(ex.subtitle, ex.venue, ex.intro)
    for s in content.sections:
        yield "section", s.slug, s.title, s.intro
    for e in content.events:
        yield "event", e.slug, e.title, _join(e.place, e.display_date, e.body)
    for m in content.media:
        yield "media", m.sha256, m.caption, _join(m.alt, m.credit)
    artists = {a.slug: a for a in content.artists}
    for a in content.artworks:
        artist = artists.get(a.artist)
        name = LocalText.of(artist.display_name("en")) if artist else LocalText()
        yield "artwork", a.slug, a.title, _join(name, a.medium, a.school, a.description)
    for p in content.programme_items:
        yield "programme-item", p.slug, p.work, _join(p.composer, p.performers, p.instrument)


def _join(*texts: LocalText) -> LocalText:
    langs = {lang for t in texts for lang in t.values}
    return LocalText(
        {
            lang: "\n".join(searchable(t.values[lang]) for t in texts if t.has(lang))
            for lang in langs
        }
    )


def rebuild(db: Database, content: ExhibitionContent, languages: Iterable[str]) -> None:
    db.execute("DELETE FROM search")
    db["search"].insert_all(index_rows(content, languages), batch_size=500)


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


def _snippet(body: str, words: list[str]) -> str:
    """A window of `body` around the first word found, in the original spelling."""
    folded = fold(body)
    start = 0
    if len(folded) == len(body):  # folding kept offsets, so a match maps back
        hits = [folded.find(w) for w in words if folded.find(w) >= 0]
        start = max(0, min(hits) - SNIPPET_CHARS // 3) if hits else 0
    text = " ".join(body[start : start + SNIPPET_CHARS].split())
    return ("…" if start else "") + text + ("…" if len(body) > start + SNIPPET_CHARS else "")
