"""`kiosk doctor`: each check passes on a sound kiosk and fails, saying what to do, on a
broken one. (The first frame drawn is tested with Qt: tests/ui/test_doctor.py.)"""

from __future__ import annotations

import json
import shutil
from dataclasses import replace

import pytest

from kiosk.services import doctor as doctor_module
from kiosk.services.doctor import doctor, timer_check
from kiosk.services.staff import set_staff_pin
from tests.hostile import damage_database


def _by_name(home) -> dict:
    return {check.name: check for check in doctor(home, service=False)}


def test_a_published_kiosk_with_a_pin_passes_what_it_controls(demo_home):
    set_staff_pin(demo_home, "2468")
    checks = _by_name(demo_home)
    for name in ("snapshot", "clock", "disk", "staff PIN", "fonts"):
        assert checks[name].ok, checks[name]
    assert "is whole" in checks["snapshot"].said


def test_nothing_published_and_no_pin_fail_with_what_to_run(home):
    checks = _by_name(home)
    assert not checks["snapshot"].ok and "kiosk publish" in checks["snapshot"].said
    assert not checks["staff PIN"].ok and "kiosk set-pin" in checks["staff PIN"].said


def test_a_damaged_snapshot_fails(demo_home):
    snapshot = demo_home.current_snapshot()
    snapshot.chmod(0o644)
    damage_database(snapshot)
    check = _by_name(demo_home)["snapshot"]
    assert not check.ok and "damaged" in check.said


def test_a_clock_before_the_last_publication_fails(demo_home):
    manifest = demo_home.current_snapshot().parent / "manifest.json"
    manifest.chmod(0o644)
    data = json.loads(manifest.read_text())
    manifest.write_text(json.dumps({**data, "published": "2099-01-01T00:00:00+00:00"}))
    check = _by_name(demo_home)["clock"]
    assert not check.ok and "timedatectl" in check.said


def test_too_little_free_disk_fails(demo_home, monkeypatch):
    monkeypatch.setattr(doctor_module, "FREE_DISK_GB", 1e9)  # more than any disk has
    check = _by_name(demo_home)["disk"]
    assert not check.ok and "make room" in check.said


def test_the_hours_are_told_and_the_restart_timer_must_follow_them(demo_home):
    demo_home.save_settings(replace(demo_home.settings(), opens="10:00", closes="18:00"))
    found = {check.name: check for check in doctor(demo_home, service=False)}
    assert found["hours"].ok and found["hours"].said.startswith("open 10:00–18:00; ")
    at = demo_home.settings().hours().restart_time()
    moved = timer_check("{ OnCalendar=*-*-* 18:00:00 ; next_elapse=Tue 2026-12-01 18:00:00 }", at)
    assert moved.ok and moved.said == "every night at 18:00, between two visits"
    stale = timer_check("{ OnCalendar=*-*-* 03:30:00 ; next_elapse=... }", at)
    assert not stale.ok and "run install.sh again" in stale.said


def test_the_voice_check_names_the_package_read_aloud_needs(demo_home, monkeypatch):
    monkeypatch.setattr(doctor_module.shutil, "which", lambda program: None)
    check = _by_name(demo_home)["voice"]
    assert not check.ok and "apt-get install espeak-ng" in check.said


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="make test installs espeak-ng")
def test_the_voice_check_finds_the_four_languages_and_names_a_missing_one(demo_home, monkeypatch):
    check = _by_name(demo_home)["voice"]
    assert check.ok and "en-gb, az, lt, ru" in check.said
    monkeypatch.setattr(doctor_module, "VOICES", ("az", "xx-nowhere"))
    check = _by_name(demo_home)["voice"]
    assert not check.ok and check.said.endswith("no voice for xx-nowhere")
