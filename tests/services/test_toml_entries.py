"""Checking one entry of an exhibition's TOML against the record it becomes."""

from pathlib import Path

from kiosk.content import model as m
from kiosk.services.toml_entries import Checker, Where

HERE = Where(Path("chronology.toml")).of("event", 3, {"slug": "curfew"})


def problems(cls: type, data: dict, **extra) -> list[str]:
    checker = Checker(["en", "az"])
    checker.record(cls, data, HERE, **extra)
    return checker.problems


def test_a_sound_entry_has_no_problem():
    event = {"slug": "curfew", "title": {"en": "Curfew", "az": "Komendant saatı"}, "start": 1990}
    assert problems(m.Event, event, section="story") == []


def test_each_problem_names_the_file_the_entry_and_the_reason():
    event = {"slug": "curfew", "titel": "Curfew", "start": "January", "sources": "diary"}
    assert problems(m.Event, event, section="story") == [
        "chronology.toml: event 3 ('curfew'): unknown key 'titel'",
        "chronology.toml: event 3 ('curfew'): start is not a date: 'January' "
        "(use YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM)",
        "chronology.toml: event 3 ('curfew'): sources must be a list of slugs, not 'diary'",
        "chronology.toml: event 3 ('curfew'): has no 'title'",
    ]


def test_a_text_in_a_language_the_kiosk_does_not_show_is_refused():
    assert problems(m.Section, {"slug": "s", "kind": "media", "title": {"eng": "Photos"}}) == [
        "chronology.toml: event 3 ('curfew'): title has a text in 'eng', "
        "not one of the kiosk's languages (en, az)"
    ]


def test_numbers_are_numbers_and_true_is_not_one():
    fact = {"measure": "killed", "label": "Killed", "value": 147, "source": "diary"}
    assert problems(m.Fact, fact, event="curfew") == []
    assert problems(m.Fact, {**fact, "value": True}, event="curfew") == [
        "chronology.toml: event 3 ('curfew'): value must be a number, not True"
    ]
