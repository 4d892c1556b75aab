"""Settings as staff write them in settings.toml: every mistake one line naming the setting."""

import tomllib

import pytest
import tomli_w

from kiosk.content.errors import KioskError
from kiosk.content.pin import hash_pin
from kiosk.content.settings import Settings
from tests.hostile import hostile_settings

DEFAULT_TEXT = tomli_w.dumps(Settings().to_dict())


def test_the_defaults_and_a_set_pin_read_back():
    data = tomllib.loads(DEFAULT_TEXT)
    assert Settings.from_dict(data, "settings.toml") == Settings()
    data["staff"]["pin_hash"] = hash_pin("2468")
    assert Settings.from_dict(data, "settings.toml").pin_hash == data["staff"]["pin_hash"]


@pytest.mark.parametrize(
    ("text", "message"),
    hostile_settings(DEFAULT_TEXT).values(),
    ids=hostile_settings(DEFAULT_TEXT).keys(),
)
def test_a_hostile_setting_is_one_line_naming_it(text, message):
    with pytest.raises(KioskError) as error:
        Settings.from_dict(tomllib.loads(text), "/srv/kiosk/settings.toml")
    assert str(error.value).startswith("/srv/kiosk/settings.toml: ")
    assert message in str(error.value) and "\n" not in str(error.value)


@pytest.mark.parametrize(
    ("name", "value"),
    [("idle_seconds", 10), ("idle_seconds", 3600), ("keep_snapshots", 1), ("display_edge", 16384)],
)
def test_the_ends_of_a_range_are_accepted(name, value):
    data = tomllib.loads(DEFAULT_TEXT)
    table = next(t for t, values in data.items() if name in values)
    data[table][name] = value
    assert getattr(Settings.from_dict(data, "settings.toml"), name) == value


def test_a_setting_written_twice_is_named_with_its_line():
    import tomllib

    from kiosk.content.settings import toml_problem

    text = "[visitors]\nidle_seconds = 90\nidle_seconds = 30\n"
    with pytest.raises(tomllib.TOMLDecodeError) as bad:
        tomllib.loads(text)
    assert toml_problem(text, bad.value) == "line 3: idle_seconds is set twice; keep one"
    text = "[visitors]\nidle_seconds = ninety\n"
    with pytest.raises(tomllib.TOMLDecodeError) as bad:
        tomllib.loads(text)
    assert toml_problem(text, bad.value) == "line 2 (idle_seconds = ninety): invalid value"


def test_a_fraction_where_a_whole_number_belongs_says_so():
    with pytest.raises(KioskError, match="idle_seconds must be a whole number, not 9.5"):
        Settings.from_dict({"visitors": {"idle_seconds": 9.5}}, "settings.toml")


def test_access_defaults_are_switches_and_a_reach_in_percent():
    data = {"access": {"high_contrast": True, "reduced_motion": True, "low_reach_percent": 30}}
    settings = Settings.from_dict(data, "settings.toml")
    assert (settings.high_contrast, settings.reduced_motion, settings.low_reach_percent) == (
        True,
        True,
        30,
    )
    with pytest.raises(KioskError, match="high_contrast must be true or false, not 'yes'"):
        Settings.from_dict({"access": {"high_contrast": "yes"}}, "settings.toml")
    with pytest.raises(KioskError, match="low_reach_percent = 20 is out of range"):
        Settings.from_dict({"access": {"low_reach_percent": 20}}, "settings.toml")
    with pytest.raises(KioskError, match="low_reach_percent must be a whole number, not True"):
        Settings.from_dict({"access": {"low_reach_percent": True}}, "settings.toml")


def test_statistics_are_kept_by_default_and_can_be_turned_off():
    assert Settings().keep_stats is True and Settings().stats_days == 90
    settings = Settings.from_dict({"stats": {"keep_stats": False, "stats_days": 7}}, "s.toml")
    assert (settings.keep_stats, settings.stats_days) == (False, 7)
    with pytest.raises(KioskError, match="stats_days = 0 is out of range"):
        Settings.from_dict({"stats": {"stats_days": 0}}, "settings.toml")
    with pytest.raises(KioskError, match="keep_stats must be true or false"):
        Settings.from_dict({"stats": {"keep_stats": 1}}, "settings.toml")
