"""One item's page: it follows the visitor's language by itself, and an item that is not in
the exhibition shows blanks, the same way for every kind."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.ui.detail import KINDS
from kiosk.ui.navigator import Screen

SCREENS = {  # each kind of detail: its screen, the screen's objectName, the detail's property
    "event": (Screen.Event, "eventScreen", "event"),
    "artwork": (Screen.Artwork, "artworkScreen", "work"),
    "piece": (Screen.Piece, "pieceScreen", "piece"),
    "media": (Screen.Photo, "photoScreen", "item"),
}


def _open(finger, kind: str, key: str):
    screen, name, _ = SCREENS[kind]
    finger.kiosk.controllers.navigator.home()
    finger.kiosk.controllers.navigator.open(screen, key)
    return finger.wait_for(name)


@pytest.mark.parametrize("kind", sorted(SCREENS))
def test_an_item_not_in_the_exhibition_opens_blank(finger, caplog, kind):
    with caplog.at_level(logging.WARNING):
        page = _open(finger, kind, "not-in-the-exhibition")
        finger.settle()
    shown = page.property(SCREENS[kind][2])
    assert shown and all(value in ("", 0, False, []) for value in shown.values()), shown
    assert finger.screen() == SCREENS[kind][0].name.lower()  # not sent Home, as after an error
    assert "QML" not in caplog.text and "Traceback" not in caplog.text


def test_every_kind_of_detail_has_a_screen_or_a_section():
    assert set(KINDS) == {*SCREENS, "section"}


def test_an_open_event_follows_a_language_switch(finger):
    exhibit = finger.kiosk.controllers.exhibition.exhibit
    page = _open(finger, "event", "baku-night-1990")
    assert page.property("event")["title"] == exhibit.event_detail("baku-night-1990", "en").title
    finger.tap("language-az")
    azerbaijani = exhibit.event_detail("baku-night-1990", "az")
    finger.qtbot.waitUntil(lambda: page.property("event")["title"] == azerbaijani.title)
    assert page.property("event")["facts"][0]["label"] == azerbaijani.facts[0].label


def test_a_section_header_follows_a_language_switch(finger):
    exhibit = finger.kiosk.controllers.exhibition.exhibit
    finger.tap("attractScreen")
    finger.tap("sectionTile-photos")
    page = finger.wait_for("mediaScreen")
    finger.tap("language-lt")
    lithuanian = exhibit.section("photos", "lt").title
    finger.qtbot.waitUntil(lambda: page.property("section")["title"] == lithuanian)


def test_a_kiosk_that_exits_on_a_detail_logs_nothing(demo_home, tmp_path):
    """The details outlive the screens that read them. QML makes them through Python, so
    PySide took them for Python's and deleted them first at exit: the screens' bindings read
    null, a warning on every exit (the soak counts warnings)."""
    script = tmp_path / "exit_on_a_detail.py"
    script.write_text(EXIT_ON_A_DETAIL, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(script), str(demo_home.root)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["opened"], done.stdout  # "not opened" holds "opened"
    assert "TypeError" not in done.stderr and "QML" not in done.stderr, done.stderr


EXIT_ON_A_DETAIL = """
import sys
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from kiosk.services.home import KioskHome
from kiosk.ui.app import load
from kiosk.ui.items import named_item
from kiosk.ui.navigator import Screen

app = QGuiApplication(sys.argv[:1])
kiosk = load(KioskHome.resolve(sys.argv[1]), True)
kiosk.window.show()
kiosk.controllers.navigator.home()
trail = [
    (Screen.Event, "baku-night-1990"),
    (Screen.Media, "photos"),
    (Screen.Piece, "hajibeyov-sensiz"),
]
for screen, key in trail:
    kiosk.controllers.navigator.open(screen, key)
QTest.qWait(1000)
print("opened" if named_item(kiosk.window.contentItem(), "pieceScreen") else "not opened")
kiosk.close()
"""
