"""Starting the visitor app: the attract loop in the default language, on any screen shape."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace

import pytest
from PySide6.QtGui import QColor

from tests.conftest import SCREENS
from tests.ui.conftest import Finger, open_kiosk


def test_the_attract_loop_shows_the_exhibition_title(finger):
    assert finger.screen() == "attract"
    assert finger.text("exhibitionTitle") == "Memory Lives Because It Bears Witness"
    assert "Vilnius" in finger.text("exhibitionSubtitle")


TITLES = {
    "az": "Yaddaş şahidlik etdiyi üçün yaşayır",
    "lt": "Atmintis gyva, nes ji liudija",
    "ru": "Память жива, потому что она свидетельствует",
}


@pytest.mark.parametrize(("lang", "expected"), TITLES.items())
def test_the_default_language_comes_from_the_settings(
    qtbot, demo_home, touchscreen, lang, expected
):
    demo_home.save_settings(replace(demo_home.settings(), default_language=lang))
    kiosk = open_kiosk(qtbot, demo_home)
    assert Finger(qtbot, kiosk, touchscreen).text("exhibitionTitle") == expected
    kiosk.close()


@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080), (3840, 2160), (1080, 1920)])
def test_the_first_frame_is_drawn_inside_the_window(qtbot, demo_home, touchscreen, size):
    kiosk = open_kiosk(qtbot, demo_home, size)
    title = Finger(qtbot, kiosk, touchscreen).wait_for("exhibitionTitle")
    qtbot.waitUntil(lambda: _light_pixels(kiosk.window.grabWindow()) > 200)
    image = kiosk.window.grabWindow()
    SCREENS.mkdir(parents=True, exist_ok=True)
    image.save(str(SCREENS / f"attract-en-{size[0]}x{size[1]}.png"))
    left = title.mapToScene(title.boundingRect().topLeft())
    assert left.x() > 0 and left.x() + title.width() < size[0]
    assert title.property("lineCount") <= 3  # the title wraps, it does not run off
    kiosk.close()


def _light_pixels(image) -> int:
    """Pixels in the warm off-white of the text, sampled on a 4-pixel grid."""
    return sum(
        1
        for x in range(0, image.width(), 4)
        for y in range(0, image.height(), 4)
        if QColor(image.pixel(x, y)).lightness() > 180
    )


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


def test_the_attract_loop_decodes_only_the_slide_shown_and_the_next(finger, qtbot):
    attract = finger.find("attractScreen")
    slides = attract.property("slides")
    assert slides > 3  # the demo's highlights: enough for the rule to show
    qtbot.waitUntil(lambda: len(_decoded_pictures(attract)) == 2)
    attract.setProperty("current", 3)  # as the loop's timer does, without its 8 s wait
    qtbot.waitUntil(lambda: len(_decoded_pictures(attract)) <= 3)
    qtbot.waitUntil(  # the slide asked for is drawn (decoded off the GUI thread)
        lambda: any(
            image.isVisible() and image.property("progress") == 1
            for image in _decoded_pictures(attract)
        )
    )
    qtbot.waitUntil(lambda: len(_decoded_pictures(attract)) == 2)  # the fade over


def _decoded_pictures(item) -> list:
    found = []
    for child in item.childItems():
        if child.inherits("QQuickImage") and not child.property("source").isEmpty():
            found.append(child)
        found.extend(_decoded_pictures(child))
    return found


LOCKED_DOWN = """
import os, sys
from PySide6.QtGui import QGuiApplication
from kiosk.services.home import KioskHome
from kiosk.services.logs import NATIVE_LOG_BYTES, native_messages_to_home
from kiosk.ui.app import load, lock_down
home = KioskHome.resolve(sys.argv[1])
native_messages_to_home(home)
app = QGuiApplication([])
kiosk = load(home, windowed=False)
lock_down(app, kiosk, home)
os.write(2, b"x" * NATIVE_LOG_BYTES + b"\\n")
kiosk.controllers.visit.reset()  # what the idle countdown does when it runs out
os.write(2, b"INFO ffmpeg: the next visit\\n")
"""


def test_a_locked_down_kiosk_moves_its_large_native_log_aside_when_a_visit_ends(demo_home):
    logs = demo_home.logs_dir
    done = subprocess.run(
        [sys.executable, "-c", LOCKED_DOWN, str(demo_home.root)], capture_output=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert (logs / "native.log").read_bytes().endswith(b"INFO ffmpeg: the next visit\n")
    assert (logs / "native.log").stat().st_size < 10_000
    assert (logs / "native.log.1").stat().st_size > 2_000_000


def test_a_crash_of_a_locked_down_kiosk_leaves_its_stacks_in_the_native_log(demo_home):
    """A kiosk has no console: when Qt or a codec crashes it, native.log says where."""
    import os
    import signal
    import time

    native = demo_home.logs_dir / "native.log"
    kiosk = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "run", "--home", str(demo_home.root)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        deadline = time.monotonic() + 30
        while not native.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        time.sleep(1)  # the app under way
        kiosk.send_signal(signal.SIGSEGV)
        kiosk.wait(timeout=30)
    finally:
        kiosk.kill()
    text = native.read_text(encoding="utf-8", errors="replace")
    assert "Fatal Python error: Segmentation fault" in text
    assert "Current thread" in text and "kiosk/ui/app.py" in text
