"""The archive: typed reads and writes of the exhibition. All SQL lives in this package."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import groupby
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from kiosk.archive import search as search_index
from kiosk.archive.database import (
    copy_database,
    integrity_problems,
    open_database,
    open_draft_read_only,
    open_read_only,
)
from kiosk.archive.digest import content_digest
from kiosk.archive.rows import from_row, json_list, json_values, to_row
from kiosk.content import model as m
from kiosk.content.errors import ArchiveError

# dataclass -> (table, order)
_TABLES: dict[type, tuple[str, str]] = {
    m.Exhibition: ("exhibition", "slug"),
    m.Section: ("sections", "position, slug"),
    m.Source: ("sources", "slug"),
    m.Track: ("tracks", "position, slug"),
    m.Era: ("eras", "start, slug"),
    m.Event: ("events", "sort_key IS NULL, sort_key, position, slug"),
    m.Fact: ("facts", "event, position, id"),
    m.Media: ("media", "rowid"),
    m.SectionMedia: ("section_media", "section, position"),
    m.Artist: ("artists", "slug"),
    m.Artwork: ("artworks", "position, slug"),
    m.Programme: ("programmes", "slug"),
    m.ProgrammeItem: ("programme_items", "programme, position"),
}

_CHUNK = 500  # values in one IN (...): well under SQLite's limit of bound parameters

# The rows of other tables that belong to a record and go when it is deleted: (table, column).
_OWNED: dict[type, tuple[tuple[str, str], ...]] = {
    m.Event: (("event_sources", "event"), ("event_media", "event"), ("facts", "event")),
    m.Media: (("renditions", "media"), ("event_media", "media"), ("section_media", "media")),
    m.Artist: (("consents", "artist"),),
}


class Archive:
    """One archive database. Opened `read_only`, every write fails."""

    def __init__(self, db: Database, read_only: bool = False):
        self.db = db
        self.read_only = read_only

    @classmethod
    def open(cls, path: Path | None = None) -> Archive:
        return cls(open_database(path))

    @classmethod
    def open_draft_read_only(cls, path: Path) -> Archive:
        try:
            return cls(open_draft_read_only(path), read_only=True)
        except sqlite3.DatabaseError as error:
            raise ArchiveError(f"{path}: cannot open the archive ({error})") from error

    @classmethod
    def open_snapshot(cls, path: Path) -> Archive:
        return cls(open_read_only(path), read_only=True)

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Everything inside is written together or not at all."""
        try:
            with self.db.atomic():
                yield
        except sqlite3.DatabaseError as error:
            raise ArchiveError(f"{self._name()}: write failed ({error})") from error

    # Writing

    def put(self, item: Any) -> None:
        """Insert or update one content item and the links it carries."""
        self.put_all([item])

    def delete(self, item: Any) -> None:
        """Delete one record, found by its key, with the rows it owns (an event's links and
        facts, a picture's renditions and links, an artist's consent). A record others still
        name (an artwork's picture) is refused by the foreign keys: ArchiveError."""
        table, _ = _TABLES[type(item)]
        keys = self.db[table].pks
        if keys == ["id"]:
            raise TypeError(f"{type(item).__name__} has no key of its own to delete it by")
        values = [getattr(item, key) for key in keys]
        with self.transaction():
            for owned, column in _OWNED.get(type(item), ()):
                self._execute(f"DELETE FROM {owned} WHERE {column} = ?", values)
            self._execute(
                f"DELETE FROM {table} WHERE {' AND '.join(f'{k} = ?' for k in keys)}", values
            )

    def set_media_sections(self, sha: str, links: Iterable[m.SectionMedia]) -> None:
        """The sections a file is shown in, and no others."""
        self._write(lambda: self.db.execute("DELETE FROM section_media WHERE media = ?", [sha]))
        rows = [to_row(link) for link in links]
        if rows:
            self._write(lambda: self.db["section_media"].insert_all(rows))

    def set_facts(self, event: str, facts: Iterable[m.Fact]) -> None:
        """An event's figures, in place of those it had: a figure has no key to update it by."""
        self._write(lambda: self.db.execute("DELETE FROM facts WHERE event = ?", [event]))
        self.put_all(facts)

    def put_all(self, items: Iterable[Any]) -> None:
        """Insert or update content items and the links they carry; a run of items of one
        kind is written in one statement per table (10,000 files: a second, not a minute)."""
        for cls, run in groupby(items, key=type):
            self._put_run(cls, list(run))

    def _put_run(self, cls: type, items: list[Any]) -> None:
        table, _ = _TABLES[cls]
        rows = [self._row(item) for item in items]
        pk = self._pk(table)
        if pk == "id":  # facts have no natural key: always new rows
            self._write(lambda: self.db[table].insert_all(rows))
        else:
            self._write(lambda: self.db[table].upsert_all(rows, pk=pk))
        if cls is m.Event:
            slugs = [e.slug for e in items]
            self._replace_links(
                "event_sources", "event", slugs, "source", [e.sources for e in items]
            )
            self._replace_links("event_media", "event", slugs, "media", [e.media for e in items])
        elif cls is m.Artist:
            self._delete_where("consents", "artist", [a.slug for a in items])
            consents = [{"artist": a.slug, **to_row(a.consent)} for a in items if a.consent]
            if consents:
                self._write(lambda: self.db["consents"].insert_all(consents))
        elif cls is m.Media:
            renditions = [to_row(r) for item in items for r in item.renditions]
            if renditions:
                self._write(
                    lambda: self.db["renditions"].upsert_all(renditions, pk=("media", "kind"))
                )

    @staticmethod
    def _row(item: Any) -> dict[str, Any]:
        row = to_row(item)
        if isinstance(item, m.Exhibition):
            row["sources"] = json_list(item.sources)
        if isinstance(item, m.Event):
            row["sort_key"] = item.start.sort_key() if item.start else None
        return row

    def refresh_search(
        self, languages: Iterable[str], content: m.ExhibitionContent | None = None
    ) -> int:
        """Bring the search index up to date with the content (see kiosk.archive.search); the
        number of documents re-indexed. `content`: the whole archive, already read."""

        def load(kinds: set[str] | None) -> m.ExhibitionContent:
            return content if content is not None else self._searched(kinds)

        with self.transaction():
            return self._write(lambda: search_index.refresh(self.db, languages, load))

    def _replace_links(self, table: str, key: str, values: list[str], other: str, targets):
        """Each of `values` linked to its `targets`, in order, and to nothing else."""
        self._delete_where(table, key, values)
        rows = [
            {key: value, other: t, "position": i}
            for value, linked in zip(values, targets, strict=True)
            for i, t in enumerate(linked)
        ]
        if rows:
            self._write(lambda: self.db[table].insert_all(rows))

    def _delete_where(self, table: str, column: str, values: list[str]) -> None:
        for start in range(0, len(values), _CHUNK):
            chunk = values[start : start + _CHUNK]
            marks = ", ".join("?" * len(chunk))
            self._execute(f"DELETE FROM {table} WHERE {column} IN ({marks})", chunk)

    def _execute(self, sql: str, values: list[Any]) -> None:
        self._write(lambda: self.db.execute(sql, values))

    def _pk(self, table: str) -> str | tuple[str, ...]:
        pks = self.db[table].pks
        return pks[0] if len(pks) == 1 else tuple(pks)

    def _write(self, action) -> Any:
        if self.read_only:
            raise ArchiveError(f"{self._name()}: a published snapshot is read-only")
        try:
            return action()
        except sqlite3.DatabaseError as error:
            raise ArchiveError(f"{self._name()}: write failed ({error})") from error

    # Reading

    def all(self, cls: type, owned: bool = True) -> list[Any]:
        """Every record of `cls`, in order; with `owned` False, without the links and files
        they own (an event's sources and media, a file's renditions), which the search index
        does not read. An artist's consent is always read: it decides whether they are named."""
        table, order = _TABLES[cls]
        rows = self.db[table].rows_where(order_by=order)
        if cls is m.Event and owned:
            links = (
                self._links("event_sources", "event", "source"),
                self._links("event_media", "event", "media"),
            )
            return [
                from_row(
                    cls,
                    r,
                    sources=tuple(links[0].get(r["slug"], ())),
                    media=tuple(links[1].get(r["slug"], ())),
                )
                for r in rows
            ]
        if cls is m.Event:
            return [from_row(cls, r, sources=(), media=()) for r in rows]
        if cls is m.Exhibition:
            return [from_row(cls, r, sources=tuple(json_values(r["sources"]))) for r in rows]
        if cls is m.Media:
            renditions = self._renditions() if owned else {}
            return [from_row(cls, r, renditions=renditions.get(r["sha256"], ())) for r in rows]
        if cls is m.Artist:
            consents = {c["artist"]: from_row(m.Consent, c) for c in self.db["consents"].rows}
            return [from_row(cls, r, consent=consents.get(r["slug"])) for r in rows]
        return [from_row(cls, r) for r in rows]

    def _searched(self, kinds: set[str] | None) -> m.ExhibitionContent:
        """The content of the `kinds` of search document (None: all), as search reads it."""

        def wanted(kind: str, cls: type) -> list[Any]:
            return self.all(cls, owned=False) if kinds is None or kind in kinds else []

        artworks = wanted("artwork", m.Artwork)
        return m.ExhibitionContent(
            exhibition=self.exhibition() if kinds is None or "exhibition" in kinds else None,
            sections=wanted("section", m.Section),
            events=wanted("event", m.Event),
            media=wanted("media", m.Media),
            artists=self.all(m.Artist) if artworks else [],
            artworks=artworks,
            programme_items=wanted("programme-item", m.ProgrammeItem),
        )

    def exhibition(self) -> m.Exhibition | None:
        found = self.all(m.Exhibition)
        return found[0] if found else None

    def content(self) -> m.ExhibitionContent:
        return m.ExhibitionContent(
            exhibition=self.exhibition(),
            **{name: self.all(cls) for name, cls in _CONTENT_LISTS.items()},
        )

    def search(self, query: str, lang: str | None = None, limit: int = 20) -> list[m.SearchHit]:
        return search_index.search(self.db, query, lang, limit)

    def found(self, query: str, limit: int = 48) -> list[tuple[str, str]]:
        """The items (kind, ref) `query` finds in any language, best first, each once."""
        return search_index.found(self.db, query, limit)

    def media_shas(self) -> frozenset[str]:
        return frozenset(row[0] for row in self.db.execute("SELECT sha256 FROM media"))

    def stored_paths(self) -> set[str]:
        """Every file the archive refers to, relative to the home: originals and renditions."""
        query = "SELECT path FROM media UNION SELECT path FROM renditions"
        try:
            return {row[0] for row in self.db.execute(query)}
        except sqlite3.DatabaseError as error:  # a damaged snapshot
            raise ArchiveError(f"{self._name()}: cannot be read ({error})") from error

    def next_media_position(self, section: str) -> int:
        query = "SELECT COALESCE(MAX(position) + 1, 0) FROM section_media WHERE section = ?"
        return self.db.execute(query, [section]).fetchone()[0]

    def digest(self, languages: Iterable[str]) -> str:
        """What the archive shows in `languages`, as one SHA-256 (kiosk.archive.digest)."""
        return content_digest(self.db, languages)

    def counts(self) -> dict[str, int]:
        return {table: self.db[table].count for table, _ in _TABLES.values()}

    def backup_to(self, target: Path) -> None:
        copy_database(self.db, target)

    def integrity_problems(self) -> list[str]:
        return integrity_problems(self.db)

    def _links(self, table: str, key: str, other: str) -> dict[str, list[str]]:
        links: dict[str, list[str]] = {}
        for row in self.db[table].rows_where(order_by=f"{key}, position"):
            links.setdefault(row[key], []).append(row[other])
        return links

    def _renditions(self) -> dict[str, tuple[m.Rendition, ...]]:
        found: dict[str, list[m.Rendition]] = {}
        for row in self.db["renditions"].rows_where(order_by="media, kind"):
            found.setdefault(row["media"], []).append(from_row(m.Rendition, row))
        return {sha: tuple(items) for sha, items in found.items()}

    def _name(self) -> str:
        return self.db.conn.execute("PRAGMA database_list").fetchone()[2] or ":memory:"


_CONTENT_LISTS = m.content_lists()
