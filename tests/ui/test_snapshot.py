"""`kiosk snapshot`: every screen in every language, drawn, and different per language."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from kiosk.ui.snapshot import take_snapshots
from tests.conftest import SCREENS

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


def _colours(image: QImage) -> int:
    return len(
        {
            image.pixel(x, y)
            for x in range(0, image.width(), 16)
            for y in range(0, image.height(), 16)
        }
    )
