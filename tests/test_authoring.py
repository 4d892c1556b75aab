"""A museum's own exhibition from nothing, as the README walks through it: kiosk new, photos,
a workbook describing them, check, publish, run; then edit, reorder, delete, publish again
and roll back. Every step is the command line a curator types."""

from __future__ import annotations

import subprocess
import sys

import pytest
from click.testing import CliRunner

from kiosk.cli import main
from kiosk.services.home import KioskHome
from tests.media_files import edit_workbook, photo, tone

EN = "title (en)"


@pytest.fixture
def kiosk(tmp_path):
    runner = CliRunner()
    home = str(tmp_path / "home")

    def run(*args: str, code: int = 0) -> str:
        result = runner.invoke(main, [args[0], "--home", home, *args[1:]])
        assert result.exit_code == code, result.output
        return result.output

    return run


def _describe(rows: list[dict]) -> None:
    for row in rows:
        what = row["file"].removesuffix(".jpg").removesuffix(".wav")
        row.update({"alt (en)": f"The {what}", "caption (en)": what.title()})
        row.update({"credit (en)": "Photo: the museum", "rights (en)": "© the museum"})


@pytest.mark.slow
def test_a_museum_builds_edits_publishes_and_rolls_back_its_own_exhibition(kiosk, tmp_path):
    usb = tmp_path / "usb"
    for n, name in enumerate(("square", "crowd", "candles")):
        photo(usb / "photos" / f"{name}.jpg", colour=(40 * n, 90, 120))
    tone(usb / "sound" / "excerpt.wav")
    kiosk("new", "--title", "Our city")
    assert "joined section 'media'" in kiosk("import", str(usb / "photos"))
    book = usb / "exhibition.xlsx"
    kiosk("export", "--format", "xlsx", "--out", str(book))

    edit_workbook(book, "media", _describe)
    edit_workbook(book, "media", lambda rows: rows.append({"file": "sound/excerpt.wav"}))
    edit_workbook(book, "media", lambda rows: _describe(rows[-1:]))
    edit_workbook(
        book,
        "events",
        lambda rows: rows.extend(
            [
                {EN: "The square at dawn", "start": "1990-01-20", "media": "square.jpg"},
                {EN: "The candles", "start": "1991-01-13", "media": "candles.jpg"},
            ]
        ),
    )
    edit_workbook(
        book, "artists", lambda rows: rows.append({"artist id": "ana", "full name (en)": "Ana"})
    )
    edit_workbook(
        book,
        "artworks",
        lambda rows: rows.append({EN: "Crowd study", "artist": "ana", "image": "crowd.jpg"}),
    )
    piece = {"part": "piece", "composer (en)": "A composer", "work (en)": "A song"}
    edit_workbook(
        book, "programme", lambda rows: rows.append({**piece, "audio": "sound/excerpt.wav"})
    )
    kiosk("import", str(book))
    assert kiosk("check").splitlines()[-1].startswith("0 error(s)")
    assert kiosk("publish").startswith("Published ")
    # The visitor app in a process of its own, as a kiosk PC runs it: its first frame drawn.
    run = subprocess.run(
        [sys.executable, "-m", "kiosk", "run", "--smoke", "--home", str(tmp_path / "home")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0 and run.stdout.startswith("first frame after "), run.stderr

    kiosk("export", "--format", "xlsx", "--out", str(book))
    headline = "The square at dawn, 20 January"
    edit_workbook(book, "events", lambda rows: rows[0].update({EN: headline}))
    edit_workbook(book, "media", lambda rows: rows.insert(0, rows.pop(2)))  # candles first
    edit_workbook(book, "events", lambda rows: rows.pop())  # the candles' event
    preview = kiosk("import", "--dry-run", "--delete", str(book))
    assert "delete event the-candles" in preview
    assert f'title (en): "The square at dawn" → "{headline}"' in preview
    assert "section media: its files take a new order" in preview
    kiosk("import", "--delete", str(book))
    kiosk("publish")
    assert kiosk("snapshots").count("\n") == 2

    kiosk("publish", "--rollback")
    home = KioskHome.resolve(tmp_path / "home")
    archive = home.open_published()
    try:
        content = archive.content()
    finally:
        archive.close()
    assert {e.title.get("en") for e in content.events} == {"The square at dawn", "The candles"}
