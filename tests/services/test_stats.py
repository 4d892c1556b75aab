"""kiosk.services.stats: the recorder, its thread, and what a crash, a damaged database or a
full disk leave of the counts; and the summary staff read (stats_summary, stats_files)."""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import date, datetime

import pytest

from kiosk.archive import stats as store
from kiosk.content.usage import End, Kind
from kiosk.services import stats
from kiosk.services.stats import Recorder
from kiosk.services.stats_files import lines, write_csv, write_report
from kiosk.services.stats_summary import summarise
from tests.hostile import fill_disk, small_disk


class Clock:
    """The kiosk's last touch, as the idle watch would tell it."""

    def __init__(self):
        self.touch = 0.0

    def __call__(self) -> float:
        return self.touch


def _visits(path) -> list[dict]:
    db = store.open_read_only(path)
    return list(db["visits"].rows) if db is not None else []


def _happenings(path) -> list[tuple[str, str, float, bool]]:
    db = store.open_read_only(path)
    rows = db["happenings"].rows if db is not None and db["happenings"].exists() else []
    return [(r["kind"], r["name"], r["amount"], bool(r["visit"])) for r in rows]


def test_a_visit_is_written_with_its_dwell_from_first_touch_to_last(tmp_path):
    clock = Clock()
    recorder = Recorder(tmp_path / "stats.db", 90, clock)
    recorder.start("staff exit with the PIN")
    recorder.visit_began("en", 1, [])
    began = time.time()
    recorder.happened(Kind.SCREEN, "chronology")
    recorder.visit_changed("az", 2, ["highContrast"])
    recorder.happened(Kind.ITEM, "event:baku-night-1990")
    clock.touch = began + 42.0  # the last touch; then nobody, until the countdown ends it
    recorder.happened(Kind.IDLE_RESET)
    recorder.visit_ended(End.IDLE)
    recorder.stop()
    (visit,) = _visits(tmp_path / "stats.db")
    assert visit["end"] == "idle" and visit["language"] == "az"
    assert visit["languages"] == '["en", "az"]' and visit["text_size"] == 2
    assert visit["access"] == '["highContrast"]'
    dwell = datetime.fromisoformat(visit["last"]) - datetime.fromisoformat(visit["started"])
    assert dwell.total_seconds() == pytest.approx(42.0, abs=0.5)
    assert _happenings(tmp_path / "stats.db") == [
        ("start", "staff exit with the PIN", 0.0, False),
        ("screen", "chronology", 0.0, True),
        ("item", "event:baku-night-1990", 0.0, True),
        ("idle_reset", "", 0.0, True),
    ]


def test_a_visit_open_when_the_kiosk_closes_ends_with_it(tmp_path):
    recorder = Recorder(tmp_path / "stats.db", 90, Clock())
    recorder.start()
    recorder.visit_began("lt", 1, [])
    recorder.stop(End.STAFF)
    recorder.stop(End.CLOSED)  # a second stop changes nothing
    assert [v["end"] for v in _visits(tmp_path / "stats.db")] == ["staff"]


CRASHING = """
import os, sys, time
from pathlib import Path
from kiosk.services import stats
stats.FLUSH_SECONDS = 0.1
recorder = stats.Recorder(Path(sys.argv[1]), 90, lambda: time.time())
recorder.start()
recorder.visit_began("ru", 1, [])
recorder.happened(stats.Kind.SCREEN, "media")
time.sleep(1.0)  # batches written meanwhile
os._exit(9)  # killed mid-visit: nothing more is written
"""


def test_a_visit_cut_by_a_crash_is_counted_as_cut_at_the_next_start(tmp_path):
    path = tmp_path / "stats.db"
    subprocess.run([sys.executable, "-c", CRASHING, str(path)], check=False, timeout=60)
    (cut,) = _visits(path)
    assert cut["end"] == "" and cut["language"] == "ru"
    recorder = Recorder(path, 90, Clock())
    recorder.start("ended without a word (a crash or a power cut)")
    recorder.stop()
    (cut,) = _visits(path)
    assert cut["end"] == "crash" and cut["ended"] == cut["last"]
    dwell = datetime.fromisoformat(cut["last"]) - datetime.fromisoformat(cut["started"])
    assert 0.5 < dwell.total_seconds() < 5  # up to its last batch


def test_a_damaged_database_is_made_anew_and_counting_goes_on(tmp_path):
    path = tmp_path / "stats.db"
    path.write_bytes(b"\x00garbage" * 1000)
    recorder = Recorder(path, 90, Clock())
    recorder.start()
    recorder.visit_began("en", 1, [])
    recorder.stop()
    assert len(_visits(path)) == 1
    assert len(list(tmp_path.glob("stats.db.damaged-*"))) == 1


def test_a_full_disk_loses_the_batch_and_nothing_else(tmp_path, monkeypatch, caplog):
    monkeypatch.setattr(stats, "FLUSH_SECONDS", 0.05)
    with small_disk(tmp_path / "disk") as disk:
        recorder = Recorder(disk / "stats.db", 90, Clock())
        recorder.start()
        _wait_for(lambda: len(_happenings(disk / "stats.db")) == 1)  # the start
        fill_disk(disk)
        recorder.visit_began("en", 1, [])
        for n in range(200):
            recorder.happened(Kind.SCREEN, f"screen {n} " + "x" * 200)
        _wait_for(lambda: recorder.lost > 0)
        (disk / "filler").unlink()  # staff make room: counting goes on
        recorder.happened(Kind.SCREEN, "after")
        recorder.stop()
        assert "the disk is full" in caplog.text
        assert ("screen", "after", 0.0, True) in _happenings(disk / "stats.db")
        assert len(_visits(disk / "stats.db")) == 1  # the visit itself came through


def _wait_for(condition, seconds: float = 10) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "waited in vain"
        time.sleep(0.05)


def test_days_older_than_kept_are_rolled_up_at_start(tmp_path):
    path = tmp_path / "stats.db"
    db = store.open_stats(path)
    db.execute(
        "INSERT INTO visits VALUES ('2020-01-01 10:00:00.000000', '2020-01-01 10:01:00.000000',"
        " '2020-01-01 10:02:00.000000', 'idle', 'en', '[\"en\"]', 1, '[]')"
    )
    db.conn.commit()
    recorder = Recorder(path, 30, Clock())
    recorder.start()
    recorder.stop()
    assert _visits(path) == []
    summary = summarise(store.open_read_only(path), date(2020, 1, 1), date(2020, 1, 1))
    assert summary.visits == 1 and summary.dwell[2] == ("1-2 min", 1)


def _counted_home(tmp_path):
    recorder = Recorder(tmp_path / "stats.db", 90, Clock())
    recorder.start()
    for language, words, found in (("az", "Bakı", 3), ("en", "Aysel Mammadova", 0)):
        recorder.visit_began(language, 1, [])
        recorder.happened(Kind.ITEM, "event:baku-night-1990")
        recorder.happened(Kind.SEARCH, words.lower() if found else "", found)
        recorder.visit_ended(End.IDLE)
    recorder.stop()
    return store.open_read_only(tmp_path / "stats.db")


def test_the_summary_names_items_and_keeps_no_words_that_found_nothing(tmp_path):
    db = _counted_home(tmp_path)
    titles = {"event:baku-night-1990": "The night of 19–20 January 1990"}
    summary = summarise(db, date.today(), date.today(), titles)
    assert summary.visits == 2 and summary.median_dwell is not None
    assert summary.items == [("The night of 19–20 January 1990", 2)]
    assert dict(summary.searches) == {"bakı": 1, "": 1}
    assert dict(summary.languages) == {"Azərbaycanca": 1, "English": 1}
    assert len(summary.per_hour) == 24 and sum(n for _, n in summary.per_hour) == 2
    text = "\n".join(lines(summary))
    assert "Visits from" in text and "(found nothing: words not kept)" in text
    assert "Aysel" not in text


def test_csv_files_open_in_a_spreadsheet_with_their_letters(tmp_path):
    summary = summarise(_counted_home(tmp_path), date.today(), date.today())
    written = write_csv(summary, tmp_path / "csv")
    assert {p.name for p in written} >= {"visits-per-day.csv", "searches.csv", "dwell.csv"}
    languages = (tmp_path / "csv" / "languages.csv").read_bytes()
    assert languages.startswith("\ufeff".encode()) and "Azərbaycanca" in languages.decode()


def test_the_report_holds_its_figures_and_charts(tmp_path):
    summary = summarise(_counted_home(tmp_path), date.today(), date.today())
    write_report(summary, {"per-day": b"\x89PNG..."}, tmp_path / "report.html")
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "<h2>Visits per day</h2>" in page and "data:image/png;base64," in page
    assert "Median visit" in page


def test_with_no_statistics_the_summary_is_empty_not_an_error(tmp_path):
    summary = summarise(None, date(2026, 11, 1), date(2026, 11, 30))
    assert summary.visits == 0 and len(summary.per_day) == 30
