"""What assistive technology finds on every screen, read through Qt's accessibility interfaces
as a screen reader reads them: a role and a name for every control, in the visitor's language,
and figures read with their sources. (The interfaces answer without a screen reader running;
tests/ui/test_screen_reader.py reads them from outside the process, over AT-SPI.)"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from kiosk.ui import reading
from tests.ui.conftest import Finger

I18N = Path(__file__).resolve().parents[2] / "kiosk" / "ui" / "i18n"
# Each screen of a visit, and the taps that reach it from the one before.
TOUR = [
    ("home", []),
    ("access", ["accessButton"]),
    ("chronology", ["closeAccess", "sectionTile-chronology"]),
    ("sources", ["sourcesButton"]),
    ("event", ["closeSources", "eventCard-baku-night-1990"]),
    ("photo", ["stripItem-0"]),
    ("media", ["homeButton", "sectionTile-photos"]),
    ("artworks", ["homeButton", "sectionTile-artworks"]),
    ("artwork", ["artworkTile-carnations-in-snow"]),
    ("programme", ["homeButton", "sectionTile-concert"]),
    ("piece", ["pieceRow-hajibeyov-sensiz"]),
    ("search", ["searchButton"]),
]


def untranslated(language: str) -> set[str]:
    """The interface's English strings that `language` says otherwise, or has yet to say (a
    string left unfinished shows in English)."""
    text = (I18N / f"kiosk_{language}.ts").read_text(encoding="utf-8")
    pairs = re.findall(r"<source>([^<]*)</source>\s*<translation([^>]*)>([^<]*)<", text)
    return {html.unescape(s) for s, mark, t in pairs if s != t or "unfinished" in mark}


def shown(finger: Finger) -> list[reading.Named]:
    finger.settle()
    return reading.read(finger.kiosk.window.contentItem())


@pytest.mark.parametrize("language", ["en", "az", "lt", "ru"])
def test_every_control_of_every_screen_has_a_role_and_a_name_in_the_visitors_language(
    finger, language
):
    english = untranslated(language) if language != "en" else set()
    finger.tap("attractScreen")
    finger.tap(f"language-{language}")
    for screen, taps in TOUR:
        for name in taps:
            finger.tap(name)
        root = finger.kiosk.window.contentItem()
        finger.settle()
        assert reading.unnamed_controls(root) == [], f"{screen} ({language})"
        names = [named.name for named in shown(finger)]
        assert len(names) > 8, f"{screen} ({language}) says almost nothing: {names}"
        left = [name for name in names if name in english]
        assert left == [], f"{screen} ({language}) speaks English: {left}"
        if language == "ru":
            controls = [n.name for n in shown(finger) if n.role in reading.CONTROL_ROLES]
            latin = [n for n in controls if not re.search("[А-Яа-яЁё]", n) and not _own_name(n)]
            assert latin == [], f"{screen} (ru): controls not in Russian: {latin}"


def _own_name(name: str) -> bool:
    """Names that stay as they are in every language: the languages' own names, and the
    digits and letters of the keyboard and the text size."""
    return name in {"English", "Azərbaycanca", "Lietuvių"} or not re.search("[^\\W\\d_]{3}", name)


def test_a_figure_is_read_with_its_source(finger):
    finger.tap("attractScreen")
    finger.tap("sectionTile-chronology")
    finger.tap("eventCard-baku-night-1990")
    finger.wait_for("eventScreen")
    # "Killed, 147. Source: …": the measure, the figure and where it comes from, as one.
    figures = [n.name for n in shown(finger) if re.match(r"[^.\d]+, \d[^.]*\. Source: ", n.name)]
    assert figures, [n.name for n in shown(finger)]


def test_the_attract_loop_and_the_idle_warning_say_what_to_do(finger):
    names = [n.name for n in shown(finger)]
    assert any(name.endswith("Touch to begin") for name in names), names
    finger.tap("attractScreen")
    finger.kiosk.controllers.idle.warn()
    finger.wait_for("continueButton")
    names = [n.name for n in shown(finger)]
    assert "Still there?" in names and "Continue" in " ".join(names)
    assert reading.unnamed_controls(finger.kiosk.window.contentItem()) == []
