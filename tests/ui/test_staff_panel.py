"""The staff panel as staff use it, by touch: the corner held, the PIN, then today's use, the
kiosk's health, a rollback and a bundle installed, a new PIN, restart and close, each action
logged; and the panel closing itself when left alone."""

from __future__ import annotations

import dataclasses
from dataclasses import replace

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtTest import QTest

from kiosk.content.pin import hash_pin, verify_pin
from kiosk.content.text import LocalText
from kiosk.services.publish import publish
from kiosk.services.signing import public_key, trust
from kiosk.ui import staff_panel
from tests.fleet import exported, shown_title
from tests.ui.conftest import Finger, open_kiosk

PIN = "2468"


@pytest.fixture
def staffed(qtbot, demo_home, touchscreen):
    """A kiosk with a staff PIN, a visit already counted, and two snapshots kept."""
    demo_home.save_settings(replace(demo_home.settings(), pin_hash=hash_pin(PIN)))
    draft = demo_home.open_draft()  # a second snapshot, to roll back from
    exhibition = draft.exhibition()
    draft.put(dataclasses.replace(exhibition, subtitle=LocalText.of("Second edition")))
    draft.close()
    publish(demo_home, force=True)
    kiosk = open_kiosk(qtbot, demo_home)
    finger = Finger(qtbot, kiosk, touchscreen)
    finger.tap("attractScreen")
    finger.tap("sectionTile-chronology")
    finger.tap("eventCard-baku-night-1990")
    finger.wait_for("eventScreen")
    kiosk.controllers.navigator.attract()  # the visitor's visit ends
    kiosk.analytics.recorder.stop()  # written now, as five seconds later it would be
    yield finger, demo_home
    kiosk.close()


def _hold_corner(finger: Finger) -> None:
    corner = finger.wait_for("staffCorner")
    point = corner.mapToScene(QPointF(corner.width() / 2, corner.height() / 2)).toPoint()
    window = finger.kiosk.window
    QTest.touchEvent(window, finger.device).press(0, point, window).commit()
    finger.qtbot.waitUntil(lambda: finger.find("pinPad") is not None, timeout=6000)
    QTest.touchEvent(window, finger.device).release(0, point, window).commit()


def _open_panel(finger: Finger, pin: str = PIN) -> None:
    _hold_corner(finger)
    for digit in pin:
        finger.tap(f"pinKey-{digit}")
    finger.tap("pinKey-ok")
    finger.wait_for("staffPanel")


def _texts(item) -> list[str]:
    found = [item.property("text")] if isinstance(item.property("text"), str) else []
    for child in item.childItems():
        if child.isVisible():
            found += _texts(child)
    return found


def test_the_pin_opens_today_with_the_visits_counted(staffed):
    finger, _home = staffed
    _open_panel(finger)
    shown = _texts(finger.find("staffPanel"))
    assert "Visits today" in shown
    assert shown[shown.index("Visits today") - 1] == "1"  # the figure above its label
    items = finger.wait_for("staffChart-items")
    assert "The night of 19–20 January 1990" in _texts(items)


def test_health_says_what_is_shown_and_how_the_kiosk_fares(staffed):
    finger, _home = staffed
    _open_panel(finger)
    finger.tap("staffPage-health")
    finger.wait_for("health-0")
    shown = " ".join(_texts(finger.find("staffPanel")))
    for words in ("Exhibition shown", "Kiosk version", "Running for", "Memory", "Disk", "Sound"):
        assert words in shown
    assert "Errors, last day" in shown


def test_health_is_worded_in_the_language_the_kiosk_speaks(staffed):
    finger, _home = staffed
    finger.tap("attractScreen")
    finger.tap("language-ru")
    _open_panel(finger)
    finger.tap("staffPage-health")
    finger.wait_for("health-0")
    shown = " ".join(_texts(finger.find("staffPanel")))
    assert "Память" in shown  # the line's name
    assert " МБ" in shown and " ч " in shown and " мин" in shown  # and what was found
    assert " MB" not in shown


def test_a_kept_snapshot_is_made_current_with_a_tap_and_the_action_logged(staffed):
    finger, home = staffed
    _open_panel(finger)
    finger.tap("staffPage-content")
    older = home.snapshot_names()[0]
    finger.tap(f"rollBack-{older}")
    finger.qtbot.waitUntil(lambda: older in finger.text("staffResult"))
    assert home.current_snapshot().parent.name == older
    log = (home.logs_dir / "staff-actions.log").read_text(encoding="utf-8")
    assert f"snapshot {older} made current" in log and "staff panel opened with the PIN" in log


def test_a_bundle_on_a_stick_is_installed_with_its_progress(staffed, staff, tmp_path, monkeypatch):
    finger, home = staffed
    stick = tmp_path / "media" / "staff" / "USB STICK"
    exported(staff, stick / "exhibition")  # made on the staff PC (tests/fleet.py)
    trust(home, public_key(staff))
    monkeypatch.setattr(staff_panel.panel, "STICKS", (tmp_path / "media",))
    _open_panel(finger)
    finger.tap("staffPage-content")
    finger.tap("install-0")
    finger.qtbot.waitUntil(
        lambda: "Installed snapshot" in finger.text("staffResult"), timeout=30_000
    )
    assert shown_title(home) == "First"
    assert home.current_snapshot().parent.name in finger.text("staffResult")


def test_a_new_pin_is_typed_twice_and_the_old_one_no_longer_opens(staffed):
    finger, home = staffed
    _open_panel(finger)
    finger.tap("staffPage-kiosk")
    for step in ("newPinNext", "newPinSave"):
        for digit in "1357":
            finger.tap(f"newPinKey-{digit}")
        finger.tap(step)
    finger.qtbot.waitUntil(lambda: "new PIN is set" in finger.text("staffResult"))
    assert verify_pin("1357", home.settings().pin_hash)
    finger.tap("closeStaffPanel")
    _open_panel(finger, "1357")  # the new PIN works at once, without a restart


def test_two_different_pins_change_nothing(staffed):
    finger, home = staffed
    before = home.settings().pin_hash
    _open_panel(finger)
    finger.tap("staffPage-kiosk")
    for step, digits in (("newPinNext", "1357"), ("newPinSave", "1358")):
        for digit in digits:
            finger.tap(f"newPinKey-{digit}")
        finger.tap(step)
    finger.qtbot.waitUntil(lambda: "differ" in finger.text("staffResult"))
    assert home.settings().pin_hash == before


def test_restart_and_close_are_asked_for_by_touch(staffed):
    finger, _home = staffed
    _open_panel(finger)
    finger.tap("staffPage-kiosk")
    panel, staff_pad = finger.kiosk.controllers.panel, finger.kiosk.controllers.staff
    with finger.qtbot.waitSignal(panel.restartWanted, timeout=2000):
        finger.tap("restartKiosk")
    with finger.qtbot.waitSignal(staff_pad.exitGranted, timeout=2000):
        finger.tap("closeKiosk")


def test_shut_down_runs_the_museums_command_where_one_is_set(
    qtbot, demo_home, touchscreen, tmp_path
):
    done = tmp_path / "shut-down"
    settings = demo_home.settings()
    demo_home.save_settings(
        replace(settings, pin_hash=hash_pin(PIN), shutdown_command=f"touch '{done}'")
    )
    kiosk = open_kiosk(qtbot, demo_home)
    finger = Finger(qtbot, kiosk, touchscreen)
    try:
        _open_panel(finger)
        finger.tap("staffPage-kiosk")
        finger.tap("shutDownPc")
        qtbot.waitUntil(done.exists, timeout=5000)
    finally:
        kiosk.close()


def test_the_panel_closes_itself_when_left_alone(staffed, monkeypatch):
    finger, _home = staffed
    _open_panel(finger)
    panel = finger.kiosk.controllers.panel
    panel._untouched.setInterval(500)  # a minute, shortened
    panel._untouched.start()
    finger.qtbot.waitUntil(lambda: finger.find("staffPanel") is None, timeout=3000)
