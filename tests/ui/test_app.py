"""The first window, driven offscreen as the visitor app's tests will be."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace

import pytest
from PySide6.QtCore import QObject
from PySide6.QtGui import QColor

from kiosk.ui.app import load_window, main_window
from tests.conftest import SCREENS


def _show(qtbot, home, size=(1920, 1080)):
    engine = load_window(home, windowed=True)
    window = main_window(engine)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return engine, window


def _text(window, name: str) -> str:
    item = window.findChild(QObject, name)
    assert item is not None, name
    return item.property("text")


def test_the_window_shows_the_exhibition_title(qtbot, demo_home):
    _engine, window = _show(qtbot, demo_home)
    assert _text(window, "exhibitionTitle") == "Memory Lives Because It Bears Witness"
    assert "Vilnius" in _text(window, "exhibitionSubtitle")
    window.close()


TITLES = {
    "az": "Yaddaş şahidlik etdiyi üçün yaşayır",
    "lt": "Atmintis gyva, nes ji liudija",
    "ru": "Память жива, потому что она свидетельствует",
}


@pytest.mark.parametrize(("lang", "expected"), TITLES.items())
def test_the_default_language_comes_from_the_settings(qtbot, demo_home, lang, expected):
    demo_home.save_settings(replace(demo_home.settings(), default_language=lang))
    _engine, window = _show(qtbot, demo_home)
    assert _text(window, "exhibitionTitle") == expected
    _save_screen(qtbot, window, f"first-window-{lang}")
    window.close()


@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080), (1080, 1920)])
def test_the_first_frame_is_not_blank(qtbot, demo_home, size):
    _engine, window = _show(qtbot, demo_home, size)
    image = _save_screen(qtbot, window, f"first-window-en-{size[0]}x{size[1]}")
    assert image.pixel(5, 5) == QColor("#1c1b1a").rgb()
    block = window.findChild(QObject, "titleBlock")  # centred, with margins on both sides
    assert block.property("x") > 0 and block.property("x") + block.property("width") < size[0]
    window.close()


def _light_pixels(image) -> int:
    """Pixels in the warm off-white of the text, sampled on a 4-pixel grid."""
    return sum(
        1
        for x in range(0, image.width(), 4)
        for y in range(0, image.height(), 4)
        if QColor(image.pixel(x, y)).lightness() > 180
    )


def _save_screen(qtbot, window, name: str):
    """Wait until the text is drawn (the first frames may precede layout), then save a PNG."""
    qtbot.waitUntil(lambda: _light_pixels(window.grabWindow()) > 200)
    image = window.grabWindow()
    SCREENS.mkdir(parents=True, exist_ok=True)
    image.save(str(SCREENS / f"{name}.png"))
    return image


@pytest.mark.slow
def test_smoke_run_prints_the_startup_time_and_exits_zero(built_demo):
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", "run", "--smoke", "--home", str(built_demo.root)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("first frame after ") and result.stdout.strip().endswith("ms")
