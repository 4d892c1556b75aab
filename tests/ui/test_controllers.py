"""Idle reset, the staff PIN pad with its lockout, audio, and every list model's contract."""

from __future__ import annotations

import sys
from dataclasses import replace

import pytest

from kiosk.content.pin import hash_pin
from kiosk.services.pin_lockout import FIRST_LOCK_SECONDS, MAX_TRIES, PinLockout
from kiosk.ui.staff import Staff, Status
from tests.conftest import Clock
from tests.ui.conftest import Finger, open_kiosk


def test_every_model_keeps_the_list_model_contract(kiosk, qtmodeltester):
    kiosk.controllers.gallery.showSection("photos")
    models = {**kiosk.controllers.exhibition.models(), "media": kiosk.controllers.gallery.media}
    for name, model in models.items():
        assert model.rowCount() > 0, name
        qtmodeltester.check(model, force_py=True)


def test_idle_warns_then_resets_the_visit(qtbot, demo_home, touchscreen, quick_idle):
    settings = replace(demo_home.settings(), idle_seconds=1, countdown_seconds=2)
    demo_home.save_settings(settings)
    kiosk = open_kiosk(qtbot, demo_home)
    finger = Finger(qtbot, kiosk, touchscreen)
    finger.tap("attractScreen")
    finger.tap("language-lt")
    finger.tap("textSize-2")
    finger.tap("sectionTile-concert")
    finger.tap("playButton-hajibeyov-sensiz")
    qtbot.waitUntil(lambda: kiosk.controllers.audio.playing == "hajibeyov-sensiz")
    qtbot.waitUntil(lambda: finger.find("continueButton") is not None, timeout=4000)
    assert "sekund" in finger.text("idleCountdown")  # the warning is in the visitor's language
    qtbot.waitUntil(lambda: finger.screen() == "attract", timeout=5000)
    c = kiosk.controllers
    assert (c.visit.language, c.visit.textSize) == ("en", settings.default_text_size)
    assert c.audio.playing == ""
    kiosk.close()


def test_continue_keeps_the_visit(qtbot, demo_home, touchscreen, quick_idle):
    demo_home.save_settings(replace(demo_home.settings(), idle_seconds=1, countdown_seconds=5))
    kiosk = open_kiosk(qtbot, demo_home)
    finger = Finger(qtbot, kiosk, touchscreen)
    finger.tap("attractScreen")
    finger.tap("sectionTile-artworks")
    qtbot.waitUntil(lambda: finger.find("continueButton") is not None, timeout=4000)
    finger.tap("continueButton")
    qtbot.waitUntil(lambda: not kiosk.controllers.idle.warning)
    assert finger.screen() == "artworks"
    kiosk.close()


@pytest.fixture
def staff(qapp, tmp_path):
    clock = Clock(1000.0)
    return Staff(hash_pin("2468"), PinLockout.load(tmp_path / "lockout.json", clock)), clock


def _enter(staff: Staff, pin: str) -> None:
    for digit in pin:
        staff.press(digit)
    staff.submit()


def test_the_right_pin_opens_the_staff_panel(staff, qtbot):
    pad, _clock = staff
    pad.openPad()
    with qtbot.waitSignal(pad.panelWanted, timeout=1000):
        _enter(pad, "2468")
    assert not pad.padOpen


def test_five_wrong_pins_lock_the_pad_for_a_minute(staff):
    pad, clock = staff
    pad.openPad()
    for _ in range(MAX_TRIES):
        _enter(pad, "1111")
    assert pad.status == Status.Locked and pad.lockSecondsLeft == FIRST_LOCK_SECONDS
    _enter(pad, "2468")  # even the right PIN is refused while locked
    assert pad.status == Status.Locked
    clock.now += FIRST_LOCK_SECONDS + 1
    pad.closePad()
    pad.openPad()
    assert pad.status == Status.Ready
    granted = []
    pad.panelWanted.connect(lambda: granted.append(True))
    _enter(pad, "2468")
    assert granted


def test_a_locked_pad_stays_locked_after_a_restart_and_the_next_lock_is_longer(qapp, tmp_path):
    clock, path, pin = Clock(1000.0), tmp_path / "lockout.json", hash_pin("2468")
    pad = Staff(pin, PinLockout.load(path, clock))
    pad.openPad()
    for _ in range(MAX_TRIES):
        _enter(pad, "1111")
    restarted = Staff(pin, PinLockout.load(path, clock))  # the power cut
    restarted.openPad()
    assert restarted.status == Status.Locked and restarted.lockSecondsLeft == FIRST_LOCK_SECONDS
    clock.now += FIRST_LOCK_SECONDS
    restarted.closePad()
    restarted.openPad()
    for _ in range(MAX_TRIES):
        _enter(restarted, "1111")
    assert restarted.status == Status.Locked and restarted.lockSecondsLeft == 2 * FIRST_LOCK_SECONDS


def test_with_no_pin_set_staff_exit_is_refused(qapp, tmp_path):
    pad = Staff("", PinLockout.load(tmp_path / "lockout.json"))
    pad.openPad()
    assert pad.status == Status.NoPin
    _enter(pad, "0000")
    assert pad.padOpen and pad.status == Status.NoPin


def test_the_pin_pad_opens_with_a_long_press_and_says_why_it_is_refused(finger, qtbot):
    from PySide6.QtCore import QPointF
    from PySide6.QtTest import QTest

    window = finger.kiosk.window
    corner = QPointF(10, window.height() - 10).toPoint()
    QTest.touchEvent(window, finger.device).press(0, corner, window).commit()
    qtbot.waitUntil(lambda: finger.find("pinPad") is not None, timeout=5000)
    QTest.touchEvent(window, finger.device).release(0, corner, window).commit()
    assert "kiosk set\u2011pin" in finger.text("pinStatus")  # one unbreakable word


def test_a_long_lock_is_told_in_minutes_after_a_restart(qtbot, demo_home, touchscreen):
    import json
    import time

    from PySide6.QtCore import QPointF
    from PySide6.QtTest import QTest

    from kiosk.services.staff import set_staff_pin
    from tests.ui.conftest import Finger, open_kiosk

    set_staff_pin(demo_home, "2468")
    left = 50 * 60 - 20  # the sixth lock in a row, most of an hour still to go
    lockout = {"failures": 0, "locks": 6, "until": time.time() + left}
    demo_home.pin_lockout_file.write_text(json.dumps(lockout))
    kiosk = open_kiosk(qtbot, demo_home)
    finger = Finger(qtbot, kiosk, touchscreen)
    window = kiosk.window
    corner = QPointF(10, window.height() - 10).toPoint()
    QTest.touchEvent(window, finger.device).press(0, corner, window).commit()
    qtbot.waitUntil(lambda: finger.find("pinPad") is not None, timeout=5000)
    QTest.touchEvent(window, finger.device).release(0, corner, window).commit()
    assert finger.text("pinStatus") == "Too many wrong PINs. Try again in 50 minutes."
    kiosk.close()


def test_one_excerpt_plays_at_a_time(kiosk, qtbot):
    audio = kiosk.controllers.audio
    rows = kiosk.controllers.exhibition.exhibit.programme_rows("en")
    first, second = [r for r in rows if r.audio][:2]
    progress = kiosk.engine.singletonInstance("Kiosk", "ExcerptProgress")
    audio.toggle(first.slug, first.audio)
    qtbot.waitUntil(lambda: audio.sounding and progress.property("fraction") > 0, timeout=5000)
    audio.toggle(second.slug, second.audio)
    assert audio.playing == second.slug
    audio.toggle(second.slug, second.audio)
    assert audio.playing == ""


def test_a_playing_excerpt_moves_its_bar_and_calls_no_python(finger, qtbot):
    """The position changes many times a second; a call into Python for each one is what
    froze the kiosk (kiosk/ui/audio.py). Python hears of the start, and of nothing more."""
    from kiosk.ui import audio

    finger.tap("attractScreen")
    finger.tap("sectionTile-concert")
    finger.tap("playButton-hajibeyov-sensiz")
    qtbot.waitUntil(lambda: finger.kiosk.controllers.audio.sounding, timeout=5000)
    done = finger.wait_for("audioProgress-hajibeyov-sensiz").childItems()[1]
    calls: list[str] = []

    def count_calls_into_audio(frame, event, arg):
        if event == "call" and frame.f_code.co_filename == audio.__file__:
            calls.append(frame.f_code.co_name)

    width = done.width()
    sys.setprofile(count_calls_into_audio)
    try:
        qtbot.waitUntil(lambda: done.width() > width + 10, timeout=5000)
    finally:
        sys.setprofile(None)
    assert calls == []
