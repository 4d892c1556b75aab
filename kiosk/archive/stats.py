"""The statistics database, HOME/stats.db: visits, what happened in them, and days rolled up.

Raw rows (a visit, a screen shown, a film played) are kept for some days, then rolled up into
`days`: one row per day, measure and key, with a count and a total. What a report asks of a
span is the same whether its days are rolled up or not (`measures`). A database SQLite cannot
read is set aside, named as damaged, and a new one made: statistics are never worth stopping
the exhibition for.
"""

from __future__ import annotations

import contextlib
import functools
import json
import logging
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import ParamSpec, TypeVar

from sqlite_utils import Database, Migrations

from kiosk.archive.database import is_disk_full
from kiosk.content.usage import End, Happening, VisitRecord, dwell_span

P = ParamSpec("P")
T = TypeVar("T")

log = logging.getLogger(__name__)
migrations = Migrations("kiosk-stats")
StatsDb = Database  # what the functions here take: for the layers above, which run no SQL
TEXT, INT, FLOAT = str, int, float
DWELL = "round((julianday(last) - julianday(started)) * 86400, 1)"  # seconds
# A measure's row: day, measure, key, count, total.
Row = tuple[str, str, str, int, float]


class Unwritable(Exception):
    """The statistics could not be opened or written; `full` if the disk is full."""

    def __init__(self, message: str, full: bool = False):
        super().__init__(message)
        self.full = full


def _unwritable(function: Callable[P, T]) -> Callable[P, T]:
    """SQLite's errors as Unwritable, a full disk told apart."""

    @functools.wraps(function)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
        try:
            return function(*args, **kwargs)
        except sqlite3.Error as error:
            raise Unwritable(str(error), full=is_disk_full(error)) from error

    return wrapper


@migrations()
def s001_usage(db: Database) -> None:
    db["visits"].create(
        {
            "started": TEXT,
            "last": TEXT,
            "ended": TEXT,
            "end": TEXT,
            "language": TEXT,
            "languages": TEXT,
            "text_size": INT,
            "access": TEXT,
        },
        pk="started",
    )
    db["happenings"].create(
        {"id": INT, "at": TEXT, "kind": TEXT, "name": TEXT, "amount": FLOAT, "visit": TEXT},
        pk="id",
    )
    db["happenings"].create_index(["at"])
    db["days"].create(
        {"day": TEXT, "measure": TEXT, "key": TEXT, "count": INT, "total": FLOAT},
        pk=("day", "measure", "key"),
    )


@_unwritable
def open_stats(path: Path) -> Database:
    """The statistics at `path`, made or migrated; one SQLite cannot read is set aside first."""
    try:
        return _open(path)
    except sqlite3.DatabaseError as error:
        if is_disk_full(error) or not path.exists():
            raise
        log.warning("%s: cannot be read (%s); set aside as %s", path, error, set_aside(path).name)
        return _open(path)


def open_read_only(path: Path) -> Database | None:
    """The statistics for reading while a kiosk may go on writing them; None if there are
    none yet."""
    if not path.is_file():
        return None
    return Database(sqlite3.connect(f"file:{path}?mode=ro", uri=True))


def _open(path: Path) -> Database:
    db = Database(sqlite3.connect(path, check_same_thread=False))
    try:
        (verdict,) = db.execute("PRAGMA quick_check").fetchone()
        if verdict != "ok":
            raise sqlite3.DatabaseError(f"quick_check: {verdict}")
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")  # a power cut may lose the last batch only
        migrations.apply(db)
        return db
    except sqlite3.Error:
        db.close()
        raise


def set_aside(path: Path) -> Path:
    """Move a damaged database (and its journal files) aside; the new name is returned."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        part = path.with_name(path.name + suffix)
        if part.exists():
            part.replace(aside.with_name(aside.name + suffix))
    return aside


@_unwritable
def write(db: Database, visits: Iterable[VisitRecord], happenings: Iterable[Happening]) -> None:
    """One batch, whole or not at all."""
    with db.conn:
        db["visits"].upsert_all((_visit_row(v) for v in visits), pk="started")
        db["happenings"].insert_all(
            {"at": h.at, "kind": str(h.kind), "name": h.name, "amount": h.amount, "visit": h.visit}
            for h in happenings
        )


def _visit_row(visit: VisitRecord) -> dict:
    row = {**visit.__dict__, "end": str(visit.end)}
    return {**row, "languages": json.dumps(visit.languages), "access": json.dumps(visit.access)}


@_unwritable
def close_cut_visits(db: Database) -> int:
    """Visits still open when the kiosk starts were cut by a crash or a power cut: they end at
    their last touch written."""
    with db.conn:
        cursor = db.execute(
            "UPDATE visits SET end = ?, ended = last WHERE end = ?", [End.CRASH, End.OPEN]
        )
    return cursor.rowcount


@_unwritable
def roll_up(db: Database, before: str) -> int:
    """Turn the raw rows of the days before `before` (YYYY-MM-DD) into `days`; how many raw
    visits were rolled up. One transaction: a crash leaves the rows raw, never counted twice."""
    rows = list(_live(db, "< ?", before))
    with db.conn:
        for day, measure, key, count, total in rows:
            db.execute(
                "INSERT INTO days VALUES (?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET "
                "count = count + excluded.count, total = total + excluded.total",
                [day, measure, key, count, total],
            )
        gone = db.execute("DELETE FROM visits WHERE substr(started, 1, 10) < ?", [before])
        db.execute("DELETE FROM happenings WHERE substr(at, 1, 10) < ?", [before])
    return gone.rowcount


def measures(db: Database, since: str, until: str) -> list[Row]:
    """Every measure of the days from `since` to `until` (YYYY-MM-DD, both included)."""
    kept = db.execute(
        "SELECT day, measure, key, count, total FROM days WHERE day BETWEEN ? AND ?",
        [since, until],
    ).fetchall()
    return [tuple(row) for row in kept] + list(_live(db, "BETWEEN ? AND ?", since, until))


def dwells(db: Database, since: str, until: str) -> list[float]:
    """The dwell of each visit kept whole from `since` to `until`, in seconds."""
    return [
        dwell
        for (dwell,) in db.execute(
            f"SELECT {DWELL} FROM visits WHERE substr(started, 1, 10) BETWEEN ? AND ?",
            [since, until],
        )
    ]


def first_day(db: Database) -> str | None:
    """The first day counted, rolled up or not."""
    row = db.execute(
        "SELECT min(day) FROM (SELECT min(day) AS day FROM days "
        "UNION ALL SELECT min(substr(started, 1, 10)) FROM visits "
        "UNION ALL SELECT min(substr(at, 1, 10)) FROM happenings)"
    ).fetchone()
    return row[0]


def _live(db: Database, days: str, *params: str) -> Iterator[Row]:
    """The measures of raw rows whose day matches `days` (an SQL test and its parameters)."""
    visits = db.execute(
        f"SELECT substr(started, 1, 10), substr(started, 12, 2), {DWELL}, end, language, "
        f"text_size, access FROM visits WHERE substr(started, 1, 10) {days}",
        params,
    )
    counted: Counter[tuple[str, str, str]] = Counter()
    dwell: Counter[str] = Counter()
    for day, hour, seconds, end, language, text_size, access in visits:
        dwell[day] += seconds
        counted[day, "visits", ""] += 1
        counted[day, "hour", hour] += 1
        counted[day, "dwell", dwell_span(seconds)] += 1
        counted[day, "end", end or "open"] += 1
        counted[day, "language", language] += 1
        counted[day, "text_size", str(text_size)] += 1
        for choice in json.loads(access or "[]"):
            counted[day, "access", choice] += 1
    for (day, measure, key), count in counted.items():
        yield day, measure, key, count, dwell[day] if measure == "visits" else 0.0
    yield from (
        tuple(row)
        for row in db.execute(
            "SELECT substr(at, 1, 10), kind, name, count(*), sum(amount) FROM happenings "
            f"WHERE substr(at, 1, 10) {days} GROUP BY 1, 2, 3",
            params,
        )
    )


def close(db: Database) -> None:
    """Close, whatever state the connection is in (a damaged file, a full disk)."""
    with contextlib.suppress(sqlite3.Error):
        db.close()
