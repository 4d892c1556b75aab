"""Opening hours: open or closed at a given time, the restart timer, and settings refused in
one line."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from kiosk.content.errors import KioskError
from kiosk.content.hours import Hours
from kiosk.content.settings import Settings

MONDAY_NOON = datetime(2026, 11, 30, 12, 0)  # a Monday


def hours(opens="10:00", closes="18:00", closed_days=()) -> Hours:
    return Hours.from_settings(opens, closes, list(closed_days), "settings.toml")


def test_open_from_opening_time_until_closing_time():
    tuesday = hours(closed_days=["monday"])
    assert tuesday.is_open(datetime(2026, 12, 1, 10, 0))
    assert tuesday.is_open(datetime(2026, 12, 1, 17, 59))
    assert not tuesday.is_open(datetime(2026, 12, 1, 18, 0))
    assert not tuesday.is_open(datetime(2026, 12, 1, 9, 59))


def test_closed_all_day_on_a_closed_day():
    assert not hours(closed_days=["monday"]).is_open(MONDAY_NOON)
    assert not hours("", "", ["monday"]).is_open(MONDAY_NOON)
    assert hours("", "", ["monday"]).is_open(datetime(2026, 12, 1, 3, 0))


def test_without_hours_always_open_and_restarted_in_the_small_hours():
    always = hours("", "")
    assert always.is_open(datetime(2026, 12, 1, 3, 0)) and always.is_open(MONDAY_NOON)
    assert "OnCalendar=*-*-* 03:30:00" in always.timer()
    assert always.describe() == "always open (no [hours] set)"


def test_the_restart_timer_fires_at_closing_time_and_replaces_the_default():
    timer = hours("09:30", "17:45").timer()
    assert timer.splitlines()[-2:] == ["OnCalendar=", "OnCalendar=*-*-* 17:45:00"]
    assert "[Timer]" in timer


def test_described_for_staff():
    assert hours(closed_days=["monday", "tuesday"]).describe() == (
        "open 10:00–18:00; closed on Monday, Tuesday"
    )


@pytest.mark.parametrize(
    ("opens", "closes", "days", "said"),
    [
        ("10:00", "", [], "give both opens and closes"),
        ("10", "18:00", [], "opens = '10' is not a time like \"09:30\""),
        ("10:00", "24:00", [], "closes = '24:00' is not a time"),
        ("18:00", "10:00", [], "opens = '18:00' is not before closes = '10:00'"),
        ("", "", ["Montag"], "closed_days: 'Montag' is not a day"),
    ],
)
def test_wrong_hours_are_refused_in_one_line(opens, closes, days, said):
    with pytest.raises(KioskError, match=said) as refused:
        replace(Settings(), opens=opens, closes=closes, closed_days=days).validate("settings.toml")
    assert str(refused.value).startswith("settings.toml: ")
    assert "\n" not in str(refused.value)


def test_settings_read_hours_from_their_table():
    settings = Settings.from_dict(
        {"hours": {"opens": "09:00", "closes": "17:00", "closed_days": ["monday"]}}, "s.toml"
    )
    assert settings.hours() == hours("09:00", "17:00", ["monday"])
    assert settings.to_dict()["hours"] == {
        "opens": "09:00",
        "closes": "17:00",
        "closed_days": ["monday"],
    }
    with pytest.raises(KioskError, match="closed_days must be a list of days"):
        Settings.from_dict({"hours": {"closed_days": [1]}}, "s.toml")
