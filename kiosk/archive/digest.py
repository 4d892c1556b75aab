"""What an archive shows, as one SHA-256: publishing an unchanged draft makes no snapshot."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from sqlite_utils import Database

# Not content: the schema's bookkeeping, the search index (made from the content) and an
# autoincrement key (a figure written again, unchanged, gets a new one).
_NOT_CONTENT = ("sqlite_%", "\\_%", "search%")
_SURROGATE_KEY = "id"
_BATCH = 2000


def content_digest(db: Database, languages: Iterable[str]) -> str:
    """Every row of every content table, in an order of their values alone (a record deleted
    and added again digests the same), and the languages the search index covers."""
    digest = hashlib.sha256(repr(list(languages)).encode())
    for table in _content_tables(db):
        columns = [c.name for c in db[table].columns if c.name != _SURROGATE_KEY]
        digest.update(repr((table, columns)).encode())
        listed = ", ".join(f'"{c}"' for c in columns)
        order = ", ".join(str(n) for n in range(1, len(columns) + 1))
        cursor = db.execute(f'SELECT {listed} FROM "{table}" ORDER BY {order}')
        while rows := cursor.fetchmany(_BATCH):
            digest.update(repr(rows).encode())
    return digest.hexdigest()


def _content_tables(db: Database) -> list[str]:
    skipped = " AND ".join("name NOT LIKE ? ESCAPE '\\'" for _ in _NOT_CONTENT)
    sql = f"SELECT name FROM sqlite_master WHERE type = 'table' AND {skipped} ORDER BY name"
    return [name for (name,) in db.execute(sql, _NOT_CONTENT)]
