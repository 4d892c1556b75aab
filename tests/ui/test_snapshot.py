"""`kiosk snapshot`: every screen in every language, drawn, and different per language."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication, QImage

from kiosk.content import model as m
from kiosk.content.text import LocalText
from kiosk.services.exhibit import Exhibit
from kiosk.services.home import KioskHome
from kiosk.services.ingest import import_media
from kiosk.services.publish import publish
from kiosk.ui.items import named_item
from kiosk.ui.snapshot import take_snapshots
from tests.conftest import SCREENS
from tests.media_files import photo, video

SCREEN_NAMES = [
    "attract",
    "home",
    "chronology",
    "chronology-end",
    "event",
    "media",
    "photo",
    "artworks",
]
LANGUAGES = ("en", "az", "lt", "ru")
SCREEN_NAMES += [
    "photo-zoomed",
    "photo-video",
    "artwork",
    "programme",
    "piece",
    "search",
    "access",
    "idle",
    "pin",
    "staff-today",
    "staff-health",
    "staff-content",
    "staff-kiosk",
]


@pytest.mark.slow
def test_every_screen_is_rendered_in_every_language(demo_home, qapp):
    out = SCREENS / "snapshot-1280x800"
    written = take_snapshots(demo_home, out, (1280, 800))
    names = {path.name for path in written}
    for screen in SCREEN_NAMES:
        for lang in ("en", "az", "lt", "ru"):
            assert f"{screen}-{lang}.png" in names
    assert {"contrast/event-ru.png", "reach/home-lt.png", "reach/access-az.png"} <= {
        str(path.relative_to(out)) for path in written
    }
    charts = {path.name for path in written if path.parent.name == "report"}
    assert {"per-day.png", "per-hour.png", "dwell.png"} <= charts  # the report's, drawn too
    _every_text_is_seven_to_one(out / "contrast" / "contrast.tsv", len(SCREEN_NAMES))
    for screen in SCREEN_NAMES:
        pictures = {lang: QImage(str(out / f"{screen}-{lang}.png")) for lang in ("en", "az")}
        assert pictures["en"].width() == 1280
        assert _colours(pictures["en"]) > 20, f"{screen} looks blank"
        if screen != "photo":  # a photo with an untranslated caption may look alike
            assert pictures["en"] != pictures["az"], f"{screen} is the same in en and az"


def _every_text_is_seven_to_one(table: Path, screens: int) -> None:
    """High contrast's promise (WCAG AAA), measured from the pictures' pixels."""
    rows = [line.split("\t") for line in table.read_text(encoding="utf-8").splitlines()[1:]]
    pictures = {row[0] for row in rows}
    assert len(pictures) == 4 * screens, f"texts measured in {len(pictures)} pictures"
    low = [row for row in rows if float(row[1]) < 7]
    assert low == [], f"texts under 7:1 in high contrast: {low[:5]}"


def _harbour_museum(home: KioskHome, folder: Path) -> KioskHome:
    """An exhibition that is not the demo: two photos and a short film whose one subtitle
    shows from 0.4 s to 1.2 s (the demo's film has one at 3 s), and no other section."""
    draft = home.open_draft()
    draft.put(m.Exhibition("harbour", LocalText.of("The Old Harbour")))
    draft.put(m.Section("quays", "media", LocalText.of("The quays")))
    draft.close()
    photo(folder / "crane.jpg", colour=(40, 60, 90))
    photo(folder / "ferry.jpg", colour=(90, 60, 40))
    video(folder / "tide.mp4", seconds=2.0)
    cue = "WEBVTT\n\n00:00:00.400 --> 00:00:01.200\nThe tide comes in.\n"
    (folder / "tide.vtt").write_text(cue, encoding="utf-8")
    report = import_media(home, [folder], section="quays")
    assert report.media_found == 3 and not report.rejected
    publish(home, force=True)  # no credits or alt text: not what this test is about
    return home


@pytest.mark.slow
def test_any_exhibition_is_rendered_from_what_it_holds(home, tmp_path, qapp):
    _harbour_museum(home, tmp_path / "stick")
    subtitles: dict[str, str] = {}

    def note_the_subtitle(path: Path) -> None:
        if path.name.startswith("photo-video-"):
            window = next(w for w in QGuiApplication.topLevelWindows() if w.isVisible())
            shown = named_item(window.contentItem(), "videoSubtitle")
            subtitles[path.name] = shown.property("text") if shown is not None else ""

    out = tmp_path / "pictures"
    written = take_snapshots(home, out, (1280, 800), report=note_the_subtitle)
    screens = ["attract", "home", "media", "photo", "photo-zoomed", "photo-video", "search", "idle"]
    screens += ["access", "pin", "staff-today", "staff-health", "staff-content", "staff-kiosk"]
    expected = {f"{screen}-{lang}.png" for screen in screens for lang in ("en", "az", "lt", "ru")}
    assert {path.name for path in written if path.parent == out} == expected
    _every_text_is_seven_to_one(out / "contrast" / "contrast.tsv", len(screens))
    assert subtitles["photo-video-en.png"] == "The tide comes in."  # paused within its cue
    for path in written:
        if path.suffix == ".png" and path.parent.name != "report":  # no visits: empty charts
            assert _colours(QImage(str(path))) > 20, f"{path.name} looks blank"


@pytest.mark.slow
def test_all_draws_every_item_of_every_section_in_every_language_with_contact_sheets(
    demo_home, tmp_path, qapp
):
    out = tmp_path / "pictures"
    written = set(take_snapshots(demo_home, out, (960, 600), every_item=True))
    x = Exhibit.load(demo_home)
    items = {
        "chronology": ("event", len(x.events)),
        "photos": ("photo", len(x.media_items("photos", "en"))),
        "artworks": ("artwork", len(x.artwork_rows("en"))),
        "concert": ("piece", len(x.programme_rows("en"))),
    }
    assert all(count > 1 for _, count in items.values())
    for section, (screen, count) in items.items():
        for lang in LANGUAGES:
            expected = [out / section / f"{screen}-{n:03d}-{lang}.png" for n in range(1, count + 1)]
            assert sorted((out / section).glob(f"{screen}-*-{lang}.png")) == expected
            assert set(expected) <= written
            # Each picture shows an item of its own, not one screen drawn again and again.
            assert len({path.read_bytes() for path in expected}) == count
            sheet = QImage(str(out / section / f"contact-{lang}.png"))
            assert sheet.width() > 960 and _colours(sheet) > 20
    assert "event-az.png" in {path.name for path in written}  # the usual pictures too


@pytest.mark.slow
def test_draft_draws_the_draft_as_it_stands_not_what_is_published(home, tmp_path, qapp):
    _harbour_museum(home, tmp_path / "stick")
    draft = home.open_draft()
    with draft.transaction():
        draft.put(replace(draft.exhibition(), title=LocalText.of("The New Harbour")))
    draft.close()
    shown: dict[str, tuple[str, bool]] = {}

    def note_the_title(path: Path) -> None:
        window = next(w for w in QGuiApplication.topLevelWindows() if w.isVisible())
        title = named_item(window.contentItem(), "exhibitionTitle")
        mark = named_item(window.contentItem(), "previewMark")
        shown[path.name] = (title.property("text") if title else "", mark.isVisible())

    take_snapshots(home, tmp_path / "pictures", (1280, 800), report=note_the_title, draft=True)
    assert shown["attract-en.png"] == ("The New Harbour", True)  # marked as not published
    assert Exhibit.load(home).exhibition("en").title == "The Old Harbour"


def _colours(image: QImage) -> int:
    return len(
        {
            image.pixel(x, y)
            for x in range(0, image.width(), 16)
            for y in range(0, image.height(), 16)
        }
    )
