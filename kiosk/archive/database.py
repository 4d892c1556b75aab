"""Opening the archive: the draft read-write, a published snapshot read-only."""

from __future__ import annotations

import errno
import logging
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from kiosk.archive.schema import migrations
from kiosk.content.errors import ArchiveError

log = logging.getLogger(__name__)


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
            return _upgraded_copy(conn, path)
        return db
    except sqlite3.DatabaseError as error:
        raise ArchiveError(f"{path}: cannot open the snapshot ({error})") from error


def open_draft_read_only(path: Path) -> Database:
    """The draft for commands that only read it (check, search, export), which must work on a
    read-only home. `mode=ro` still needs the WAL's -shm file; where it cannot be made (a
    read-only disk), `immutable=1`, which SQLite documents for files nothing else writes: an
    import cannot run on a read-only home either."""
    try:
        return _read_only(path, "mode=ro")
    except sqlite3.OperationalError:
        return _read_only(path, "mode=ro&immutable=1")


def _read_only(path: Path, options: str) -> Database:
    conn = sqlite3.connect(f"file:{path}?{options}", uri=True, check_same_thread=False)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # opens the WAL now
        conn.execute("PRAGMA query_only = ON")
        db = Database(conn)
        return _upgraded_copy(conn, path) if migrations.pending(db) else db
    except sqlite3.Error:
        conn.close()
        raise


def is_disk_full(error: BaseException) -> bool:
    """SQLite's "database or disk is full", or the I/O error it reports when a write to a
    full disk fails part-way."""
    code = getattr(error, "sqlite_errorcode", None)
    return code == sqlite3.SQLITE_FULL or getattr(error, "errno", None) == errno.ENOSPC


def is_read_only(error: BaseException) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    return (code is not None and code & 0xFF == sqlite3.SQLITE_READONLY) or getattr(
        error, "errno", None
    ) == errno.EROFS


def _upgraded_copy(snapshot: sqlite3.Connection, path: Path) -> Database:
    """A snapshot published by an older kiosk, brought to the current schema in memory: after
    an upgrade the kiosk goes on showing what staff published, and the file stays untouched.
    The next `kiosk publish` writes a current one."""
    log.warning("%s: published with an older schema; shown from an upgraded copy", path)
    memory = sqlite3.connect(":memory:", check_same_thread=False)
    snapshot.backup(memory)
    snapshot.close()
    db = Database(memory)
    migrations.apply(db)
    memory.execute("PRAGMA query_only = ON")
    return db


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


def snapshot_problems(path: Path) -> list[str]:
    """What SQLite's quick check finds wrong with a published snapshot (no problems: []). A
    file that is not a database at all, or cannot be read, is one problem."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error as error:
        return [str(error)]
    try:
        rows = [row[0] for row in conn.execute("PRAGMA quick_check").fetchall()]
    except sqlite3.Error as error:
        return [str(error)]
    finally:
        conn.close()
    return [] if rows == ["ok"] else rows
