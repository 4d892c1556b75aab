"""`kiosk snapshot`: every screen in every language, drawn, and different per language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication, QImage

from kiosk.content import model as m
from kiosk.content.text import LocalText
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
SCREEN_NAMES += ["photo-zoomed", "photo-video", "artwork", "programme", "piece", "idle", "pin"]


@pytest.mark.slow
def test_every_screen_is_rendered_in_every_language(demo_home, qapp):
    out = SCREENS / "snapshot-1280x800"
    written = take_snapshots(demo_home, out, (1280, 800))
    names = {path.name for path in written}
    for screen in SCREEN_NAMES:
        for lang in ("en", "az", "lt", "ru"):
            assert f"{screen}-{lang}.png" in names
    for screen in SCREEN_NAMES:
        pictures = {lang: QImage(str(out / f"{screen}-{lang}.png")) for lang in ("en", "az")}
        assert pictures["en"].width() == 1280
        assert _colours(pictures["en"]) > 20, f"{screen} looks blank"
        if screen != "photo":  # a photo with an untranslated caption may look alike
            assert pictures["en"] != pictures["az"], f"{screen} is the same in en and az"


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
    screens = ["attract", "home", "media", "photo", "photo-zoomed", "photo-video", "idle", "pin"]
    expected = {f"{screen}-{lang}.png" for screen in screens for lang in ("en", "az", "lt", "ru")}
    assert {path.name for path in written} == expected
    assert subtitles["photo-video-en.png"] == "The tide comes in."  # paused within its cue
    for path in written:
        assert _colours(QImage(str(path))) > 20, f"{path.name} looks blank"


def _colours(image: QImage) -> int:
    return len(
        {
            image.pixel(x, y)
            for x in range(0, image.width(), 16)
            for y in range(0, image.height(), 16)
        }
    )
