"""Opening the archive: the draft read-write, a published snapshot read-only."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from kiosk.archive.schema import migrations
from kiosk.content.errors import ArchiveError


def open_database(path: Path | None = None) -> Database:
    """The draft (or, with no path, an in-memory archive), migrated to the current schema."""
    try:
        db = Database(path, memory=path is None)
        db.execute("PRAGMA foreign_keys = ON")
        if path is not None:
            db.execute("PRAGMA journal_mode = WAL")
        migrations.apply(db)
        return db
    except sqlite3.DatabaseError as error:
        raise ArchiveError(f"{path}: cannot open the archive ({error})") from error


def open_read_only(path: Path) -> Database:
    """A published snapshot: immutable on disk, so no locks and no writes."""
    if not path.is_file():
        raise ArchiveError(f"{path}: no such snapshot")
    try:
        conn = sqlite3.connect(
            f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False
        )
        conn.execute("PRAGMA query_only = ON")
        db = Database(conn)
        if migrations.pending(db):
            raise ArchiveError(f"{path}: snapshot has an older schema; publish again")
        return db
    except sqlite3.DatabaseError as error:
        raise ArchiveError(f"{path}: cannot open the snapshot ({error})") from error


def copy_database(source: Database, target: Path) -> None:
    """A consistent copy of `source` at `target` as a single file (rollback journal, not WAL)."""
    destination = sqlite3.connect(target)
    try:
        source.conn.backup(destination)
        destination.execute("PRAGMA journal_mode = DELETE")
        problems = destination.execute("PRAGMA integrity_check").fetchall()
        if problems != [("ok",)]:
            raise ArchiveError(f"{target}: copy failed its integrity check: {problems[:3]}")
        destination.commit()
    finally:
        destination.close()


def integrity_problems(db: Database) -> list[str]:
    rows = [row[0] for row in db.execute("PRAGMA integrity_check").fetchall()]
    return [] if rows == ["ok"] else rows
