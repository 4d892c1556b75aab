"""The search screen as a visitor uses it: the Search button, the on-screen keyboard in the
visitor's language, results as they type, a tap on one, and the end of the visit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui.conftest import find_anywhere

# What each layout must have on keys of their own (not behind a long press).
LETTERS = {
    "en": "qwertyuiopasdfghjklzxcvbnm",
    "az": "qüertyuiopöğasdfghjklıəzxcvbnmçş",
    "lt": "ąčęėįšųūžqwertyuiopasdfghjklzxcvbnm",
    "ru": "йцукенгшщзхфывапролджэячсмитьбю",
}


def _open_search(finger, language: str = "en") -> None:
    finger.tap("attractScreen")
    finger.wait_for("homeScreen")
    if language != "en":
        finger.tap(f"language-{language}")
    finger.tap("searchButton")
    finger.wait_for("searchScreen")
    finger.wait_for("keyboard")


def _found_titles(finger) -> list[str]:
    results = finger.wait_for("searchResults")
    rows = [find_anywhere(results, f"found-{key}") for key in _found_keys(finger)]
    return [row.property("titleText") for row in rows if row is not None]


def _found_keys(finger) -> list[str]:
    model = finger.kiosk.controllers.search.results
    key = next(r for r, name in model.roleNames().items() if bytes(name) == b"key")
    return [model.data(model.index(n, 0), key) for n in range(model.rowCount())]


def test_a_visitor_types_baki_on_the_azerbaijani_keyboard_and_finds_baku(finger):
    _open_search(finger, "az")
    finger.type("bakı")
    assert finger.text("searchField") == "bakı"
    finger.wait_for("foundGroup-events")
    assert any("yanvar 1990" in title for title in _found_titles(finger))
    rows = [finger.wait_for(f"found-{key}") for key in _found_keys(finger)[:4]]
    titles = [find_anywhere(row, "foundTitle").property("text") for row in rows]
    assert any("<b>Bakı</b>" in title for title in titles), titles  # the typed word marked


@pytest.mark.parametrize("language", sorted(LETTERS))
def test_each_language_has_its_own_letters_on_the_keys(finger, language):
    _open_search(finger, language)
    keys = finger.keyboard_keys()
    assert set(LETTERS[language]) <= set(keys), sorted(set(LETTERS[language]) - set(keys))
    if language == "lt":  # as on Lithuanian keyboards: the top row, above q w e r t y
        tops = {
            keys[letter].mapToScene(keys[letter].boundingRect().center()).y()
            for letter in "ąčęėįšųūž"
        }
        assert (
            len(tops) == 1
            and tops.pop() < keys["q"].mapToScene(keys["q"].boundingRect().center()).y()
        )


def test_shift_gives_the_azerbaijani_capitals_dotted_i_included(finger):
    _open_search(finger, "az")
    _tap_class(finger, "ShiftKey")
    finger.qtbot.waitUntil(lambda: "İ" in finger.keyboard_keys())
    finger.type("İ")
    assert finger.text("searchField") == "İ"


def test_a_russian_visitor_switches_the_keyboard_to_latin_to_type_baku(finger):
    _open_search(finger, "ru")
    assert "й" in finger.keyboard_keys()
    _tap_class(finger, "ChangeLanguageKey")  # the globe: a list of the exhibition's languages
    finger.qtbot.waitUntil(lambda: _text_item(finger, "British English") is not None)
    english = _text_item(finger, "British English")
    finger.tap_at(english.mapToScene(english.boundingRect().center()))
    finger.qtbot.waitUntil(
        lambda: "q" in finger.keyboard_keys() and "й" not in finger.keyboard_keys()
    )
    finger.type("baku")
    finger.qtbot.waitUntil(lambda: any("Баку" in t or "1990" in t for t in _found_titles(finger)))


def test_the_globes_language_list_has_rows_a_finger_tall(finger):
    _open_search(finger, "ru")
    _tap_class(finger, "ChangeLanguageKey")
    finger.qtbot.waitUntil(lambda: _text_item(finger, "British English") is not None)
    row = _text_item(finger, "British English").parentItem()
    target = finger.kiosk.engine.singletonInstance("Kiosk", "Theme").property("target")
    assert row.height() >= target  # Qt's own style made them about half that


def _text_item(finger, text: str):
    def walk(item):
        if not item.isVisible():
            return None
        if item.property("text") == text:
            return item
        return next((found for child in item.childItems() if (found := walk(child))), None)

    return walk(finger.wait_for("keyboard"))


def _tap_class(finger, class_part: str) -> None:
    """Tap the keyboard's key of a QML type (a key drawn as an icon has no text to find)."""
    keyboard = finger.wait_for("keyboard")
    found = []

    def walk(item):
        if item.isVisible() and class_part in item.metaObject().className():
            found.append(item)
        for child in item.childItems():
            walk(child)

    walk(keyboard)
    assert found, f"no {class_part} on the keyboard"
    finger.tap_at(found[0].mapToScene(found[0].boundingRect().center()))


def test_a_tapped_result_opens_where_it_lives_and_back_returns_to_the_results(finger):
    _open_search(finger)
    finger.type("vilnius")
    finger.wait_for("foundGroup-events")
    event = next(key for key in _found_keys(finger) if key.startswith("event:"))
    finger.tap(f"found-{event}")
    finger.wait_for("eventScreen")
    assert finger.find("keyboard") is None  # the keyboard belongs to the search screen
    assert finger.kiosk.controllers.navigator.key == event.split(":", 1)[1]
    finger.tap("backButton")
    finger.wait_for("searchScreen")
    assert finger.text("searchField") == "vilnius" and f"found-{event}" in {
        f"found-{key}" for key in _found_keys(finger)
    }
    finger.wait_for("keyboard")  # and the visitor can type on


def test_nothing_found_offers_the_exhibitions_words_and_a_tap_searches_one(finger):
    _open_search(finger)
    finger.type("zzq")
    assert "Nothing found" in finger.text("searchHint")
    finger.tap("suggestion-Baku")
    assert finger.text("searchField") == "Baku"
    finger.wait_for("foundGroup-events")


def test_a_physical_keyboard_types_too(finger):
    _open_search(finger)
    for letter in "vilnius":  # as a staff member's USB keyboard does
        QTest.keyClick(finger.kiosk.window, getattr(Qt.Key, f"Key_{letter.upper()}"))
    assert finger.text("searchField") == "vilnius"
    QTest.keyClick(finger.kiosk.window, Qt.Key.Key_Backspace)
    assert finger.text("searchField") == "vilniu"
    finger.wait_for("foundGroup-events")


def test_the_next_visitor_finds_an_empty_search(finger):
    _open_search(finger)
    finger.type("baku")
    finger.wait_for("foundGroup-events")
    finger.kiosk.controllers.visit.reset()  # as the idle timeout does
    finger.wait_for("attractScreen")
    _open_search(finger)
    assert finger.text("searchField") == ""
    assert finger.find("searchResults") is None and finger.find("searchSuggestions") is not None


def test_the_next_visitor_finds_the_keyboard_in_their_own_language(finger):
    _open_search(finger)
    _tap_class(finger, "ChangeLanguageKey")  # this visitor types in Russian
    finger.qtbot.waitUntil(lambda: _text_item(finger, "русский") is not None)
    russian = _text_item(finger, "русский")
    finger.tap_at(russian.mapToScene(russian.boundingRect().center()))
    finger.qtbot.waitUntil(lambda: "й" in finger.keyboard_keys())
    finger.kiosk.controllers.visit.reset()  # as the idle timeout does
    finger.wait_for("attractScreen")
    _open_search(finger)
    finger.qtbot.waitUntil(lambda: "q" in finger.keyboard_keys())
    assert "й" not in finger.keyboard_keys()


def test_the_idle_warning_waits_while_someone_types(patient_kiosk):
    finger = patient_kiosk  # asks "Still there?" after 4 s untouched
    _open_search(finger)
    for letter in "vilnius" * 2:  # 14 letters, one every 0.7 s: 10 s of typing
        finger.type(letter)
        QTest.qWait(700)
        assert not find_anywhere(finger.kiosk.window.contentItem(), "idleOverlay").isVisible()
    finger.qtbot.waitUntil(lambda: finger.find("continueButton") is not None, timeout=8000)
