"""kiosk.archive.stats: the statistics database, its days rolled up, and one that is damaged."""

from __future__ import annotations

from datetime import datetime, timedelta

from kiosk.archive import stats as store
from kiosk.content.usage import End, Happening, Kind, VisitRecord


def _visit(start: datetime, seconds: float, language: str = "en", end=End.IDLE) -> VisitRecord:
    last = start + timedelta(seconds=seconds)
    return VisitRecord(
        started=start.isoformat(sep=" ", timespec="microseconds"),
        last=last.isoformat(sep=" ", timespec="microseconds"),
        ended=(last + timedelta(seconds=105)).isoformat(sep=" ", timespec="microseconds"),
        end=end,
        language=language,
        languages=[language],
        access=["highContrast"] if language == "lt" else [],
    )


def _seen(visit: VisitRecord, kind: Kind, name: str, amount: float = 0.0) -> Happening:
    return Happening(visit.started[:19], kind, name, amount, visit.started)


def _fill(db) -> None:
    old = datetime(2026, 9, 1, 10, 15)
    visits = [
        _visit(old, 20),
        _visit(old + timedelta(hours=3), 200, "az"),
        _visit(datetime(2026, 11, 30, 14, 5), 75, "lt", End.CRASH),
    ]
    happenings = [
        _seen(visits[0], Kind.SCREEN, "chronology"),
        _seen(visits[1], Kind.ITEM, "event:baku-night-1990"),
        _seen(visits[1], Kind.MEDIA, "piece:sensiz", 31.5),
        _seen(visits[2], Kind.ITEM, "event:baku-night-1990"),
        _seen(visits[2], Kind.SEARCH, "baku", 3),
    ]
    store.write(db, visits, happenings)


def _counted(db, since="2026-01-01", until="2026-12-31") -> dict:
    found: dict = {}
    for _, measure, key, count, total in store.measures(db, since, until):
        was = found.get((measure, key), (0, 0.0))
        found[measure, key] = (was[0] + count, round(was[1] + total, 3))
    return found


def test_a_span_is_measured_the_same_before_and_after_its_days_are_rolled_up(tmp_path):
    db = store.open_stats(tmp_path / "stats.db")
    _fill(db)
    before = _counted(db)
    assert before["visits", ""] == (3, 295.0)  # dwell: first touch to last, summed
    assert before["dwell", "under 30 s"][0] == 1 and before["dwell", "2-5 min"][0] == 1
    assert before["hour", "10"][0] == 1 and before["hour", "13"][0] == 1
    assert before["item", "event:baku-night-1990"] == (2, 0.0)
    assert before["media", "piece:sensiz"] == (1, 31.5)
    assert before["end", "crash"][0] == 1 and before["access", "highContrast"][0] == 1

    assert store.roll_up(db, "2026-10-01") == 2  # September's two visits
    assert _counted(db) == before
    assert db["visits"].count == 1  # November's is kept whole
    assert store.dwells(db, "2026-01-01", "2026-12-31") == [75.0]
    assert _counted(db, "2026-11-01", "2026-11-30")["visits", ""] == (1, 75.0)


def test_rolling_up_twice_counts_each_visit_once(tmp_path):
    db = store.open_stats(tmp_path / "stats.db")
    _fill(db)
    store.roll_up(db, "2026-10-01")
    store.roll_up(db, "2026-10-01")
    assert _counted(db)["visits", ""] == (3, 295.0)


def test_visits_left_open_by_a_crash_end_at_their_last_touch(tmp_path):
    db = store.open_stats(tmp_path / "stats.db")
    visit = _visit(datetime(2026, 11, 30, 14, 5), 40, end=End.OPEN)
    store.write(db, [visit], [])
    assert store.close_cut_visits(db) == 1
    row = db["visits"].get(visit.started)
    assert row["end"] == "crash" and row["ended"] == visit.last


def test_a_damaged_database_is_set_aside_and_a_new_one_made(tmp_path):
    path = tmp_path / "stats.db"
    path.write_bytes(b"not a database at all" * 100)
    db = store.open_stats(path)
    _fill(db)
    assert _counted(db)["visits", ""][0] == 3
    aside = [p.name for p in tmp_path.iterdir() if p.name.startswith("stats.db.damaged-")]
    assert len(aside) == 1
    assert (tmp_path / aside[0]).read_bytes().startswith(b"not a database")


def test_statistics_are_read_while_the_kiosk_writes_them(tmp_path):
    path = tmp_path / "stats.db"
    assert store.open_read_only(path) is None  # none yet: not made by reading
    assert not path.exists()
    writer = store.open_stats(path)
    _fill(writer)
    reader = store.open_read_only(path)
    assert _counted(reader)["visits", ""][0] == 3
    store.write(writer, [_visit(datetime(2026, 11, 30, 16, 0), 5)], [])
    assert _counted(reader)["visits", ""][0] == 4
