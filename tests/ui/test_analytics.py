"""Visits counted as a visitor makes them (kiosk.ui.analytics): touch, a quiet tail the idle
reset cuts off, a search kept or not kept, and a damaged stats.db the kiosk shrugs off."""

from __future__ import annotations

import json
import time
from dataclasses import replace
from datetime import datetime

import pytest

from kiosk.archive import stats as store
from tests.ui.conftest import Finger, open_kiosk

IDLE_S, COUNTDOWN_S = 4, 1


@pytest.fixture
def counted(qtbot, demo_home, touchscreen, quick_idle):
    """A kiosk counting into a stats.db of its own, which waits 4 s for a visitor's touch."""
    for old in demo_home.root.glob("stats.db*"):
        old.unlink()
    settings = replace(demo_home.settings(), idle_seconds=IDLE_S, countdown_seconds=COUNTDOWN_S)
    demo_home.save_settings(settings)
    kiosk = open_kiosk(qtbot, demo_home)
    yield Finger(qtbot, kiosk, touchscreen), demo_home
    kiosk.close()


def _rows(home):
    db = store.open_read_only(home.stats_file)
    visits = sorted(db["visits"].rows, key=lambda v: v["started"])
    happenings = {v["started"]: [] for v in visits}
    for h in db["happenings"].rows_where(order_by="id"):
        happenings.setdefault(h["visit"], []).append((h["kind"], h["name"], h["amount"]))
    return visits, happenings


def _seconds(later: str, earlier: str) -> float:
    return (datetime.fromisoformat(later) - datetime.fromisoformat(earlier)).total_seconds()


def test_two_visits_by_touch_are_counted_as_they_were_made(counted):
    finger, home = counted
    finger.tap("attractScreen")
    finger.tap("language-az")
    finger.tap("sectionTile-chronology")
    finger.tap("eventCard-baku-night-1990")
    finger.wait_for("eventScreen")
    finger.tap("homeButton")
    finger.tap("searchButton")
    finger.wait_for("keyboard")
    finger.type("baku")
    finger.qtbot.waitUntil(lambda: finger.find("foundGroup-events") is not None)
    finger.tap("homeButton")
    last_tap = time.time()
    finger.qtbot.waitUntil(lambda: finger.find("attractScreen") is not None, timeout=15_000)

    finger.tap("attractScreen")  # the next visitor searches for a name
    finger.tap("searchButton")
    finger.wait_for("keyboard")
    finger.type("zzqx")
    finger.qtbot.waitUntil(lambda: finger.kiosk.controllers.search.nothingFound)
    finger.kiosk.close()  # the kiosk closes mid-visit: the visit ends with it

    (first, second), happened = _rows(home)
    assert first["end"] == "idle" and first["language"] == "az"
    assert json.loads(first["languages"]) == ["en", "az"]
    # Dwell is first touch to last: the quiet tail and the countdown are not in it.
    assert _seconds(first["last"], first["started"]) <= last_tap - _start(first) + 0.5
    assert _seconds(first["ended"], first["last"]) >= IDLE_S + COUNTDOWN_S - 0.5
    screens = [name for kind, name, _ in happened[first["started"]] if kind == "screen"]
    assert screens == ["home", "chronology", "event", "home", "search", "home"]
    assert ("item", "event:baku-night-1990", 0.0) in happened[first["started"]]
    searches = [(n, a) for k, n, a in happened[first["started"]] if k == "search"]
    assert len(searches) == 1 and searches[0][0] == "baku" and searches[0][1] > 0
    assert ("idle_reset", "", 0.0) in happened[first["started"]]
    every = [h for rows in happened.values() for h in rows]
    assert every.count(("idle_reset", "", 0.0)) == 1  # one reset, counted once

    assert second["end"] == "closed"
    assert [(n, a) for k, n, a in happened[second["started"]] if k == "search"] == [("", 0.0)]
    assert "zzqx" not in json.dumps(happened)  # words that found nothing are not kept


def _start(visit) -> float:
    return datetime.fromisoformat(visit["started"]).timestamp()


def test_a_damaged_stats_db_is_set_aside_and_the_visit_still_counted(qtbot, demo_home, touchscreen):
    for old in demo_home.root.glob("stats.db*"):
        old.unlink()
    demo_home.stats_file.write_bytes(b"this is not SQLite" * 500)
    kiosk = open_kiosk(qtbot, demo_home)
    finger = Finger(qtbot, kiosk, touchscreen)
    finger.tap("attractScreen")
    finger.tap("sectionTile-photos")
    finger.wait_for("mediaGrid")
    kiosk.close()
    visits, _ = _rows(demo_home)
    assert len(visits) == 1
    assert len(list(demo_home.root.glob("stats.db.damaged-*"))) == 1


def test_a_museum_that_turns_counting_off_gets_no_stats_db(qtbot, demo_home, touchscreen):
    for old in demo_home.root.glob("stats.db*"):
        old.unlink()
    demo_home.save_settings(replace(demo_home.settings(), keep_stats=False))
    kiosk = open_kiosk(qtbot, demo_home)
    Finger(qtbot, kiosk, touchscreen).tap("attractScreen")
    kiosk.close()
    assert kiosk.analytics is None and not demo_home.stats_file.exists()


KILLED_MID_VISIT = """
import os, signal, sys
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from kiosk.services.home import KioskHome
from kiosk.ui import keyboard
from kiosk.ui.app import load
keyboard.prepare()
app = QGuiApplication(sys.argv[:1])
kiosk = load(KioskHome.resolve(sys.argv[1]), windowed=True)
kiosk.window.show()
navigator = kiosk.controllers.navigator
navigator.home()  # a visitor's first tap
navigator.open(navigator.Screen.Chronology, "chronology")
# A batch is written meanwhile (app.exec lets the statistics' thread run; QTest.qWait would
# hold Python's lock), then the process dies as in a crash or a power cut.
QTimer.singleShot(7000, lambda: os.kill(os.getpid(), signal.SIGKILL))
app.exec()
"""


def test_a_visit_cut_by_a_crash_is_counted_as_cut(qtbot, demo_home, touchscreen):
    import subprocess
    import sys

    for old in demo_home.root.glob("stats.db*"):
        old.unlink()
    subprocess.run(
        [sys.executable, "-c", KILLED_MID_VISIT, str(demo_home.root)], timeout=120, check=False
    )
    kiosk = open_kiosk(qtbot, demo_home)  # the next start
    kiosk.close()
    (cut,), happened = _rows(demo_home)
    assert cut["end"] == "crash" and cut["ended"] == cut["last"]
    assert ("screen", "chronology", 0.0) in happened[cut["started"]]


def test_staff_taking_over_ends_the_visit_at_their_corner_touch(qtbot, demo_home, touchscreen):
    from kiosk.content.pin import hash_pin
    from tests.ui.test_staff_panel import _open_panel

    for old in demo_home.root.glob("stats.db*"):
        old.unlink()
    demo_home.save_settings(replace(demo_home.settings(), pin_hash=hash_pin("2468")))
    kiosk = open_kiosk(qtbot, demo_home)
    finger = Finger(qtbot, kiosk, touchscreen)
    finger.tap("attractScreen")
    finger.tap("sectionTile-photos")
    finger.tap("mediaTile-1")  # not the first: the pager, filled, passes by the first item
    finger.wait_for("photoScreen")
    first = kiosk.controllers.navigator.key
    finger.tap("photoNext")  # the next photo, within the viewer
    qtbot.waitUntil(lambda: kiosk.controllers.navigator.key != first)
    second = kiosk.controllers.navigator.key
    corner_at = time.time()
    _open_panel(finger)  # the corner held three seconds, the PIN typed
    qtbot.wait(1000)
    finger.tap("closeStaffPanel")
    finger.wait_for("attractScreen")  # staff done: the next visitor starts afresh
    kiosk.close()

    (visit,), happened = _rows(demo_home)
    assert visit["end"] == "staff"
    assert _start(visit) + _seconds(visit["last"], visit["started"]) <= corner_at + 0.5
    items = [name for kind, name, _ in happened[visit["started"]] if kind == "item"]
    assert items == [f"media:{first}", f"media:{second}"]
    assert not [h for h in happened.get("", []) if h[0] in ("screen", "item")]  # staff's own
