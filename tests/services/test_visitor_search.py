"""A visitor's search: every language searched at once, results in the visitor's, grouped,
the words found marked; suggestions from the exhibition when nothing is found."""

from __future__ import annotations

import pytest

from kiosk.services.exhibit import Exhibit
from kiosk.services.visitor_search import GROUPS, VisitorSearch, marks


@pytest.fixture(scope="module")
def search(built_demo):
    archive = built_demo.open_published()
    yield VisitorSearch(Exhibit.load(built_demo), lambda q, n: archive.found(q, n))
    archive.close()


def test_a_query_in_one_spelling_finds_every_language_and_shows_the_visitors(search):
    english = search.find("baki", "en")
    azerbaijani = search.find("bakı", "az")
    # The same items; in each group those with the word in their title come first, and that
    # depends on the language they are shown in.
    assert sorted(r.key for r in english) == sorted(r.key for r in azerbaijani)
    night = next(r for r in english if "19–20 January 1990" in r.title)
    assert night.group == "events" and night.detail == "19–20 January 1990" and night.thumb
    assert any("yanvar" in r.title for r in azerbaijani)


def test_cyrillic_and_lithuanian_are_folded_too(search):
    assert any("января 1991" in r.title for r in search.find("вильн", "ru"))
    assert any("sausio" in r.title for r in search.find("VILNI", "lt"))


def test_results_come_grouped_in_the_order_of_the_sections(search):
    found = search.find("chopin", "en") + search.find("baku", "en")
    groups = [r.group for r in search.find("sample", "en")]
    assert groups == sorted(groups, key=GROUPS.index) and len(set(groups)) > 1
    piece = next(r for r in found if r.group == "programme")
    assert piece.kind == "programme-item" and piece.detail == "Frédéric Chopin"


def test_the_words_found_are_marked_in_the_title(search):
    memory = next(r for r in search.find("yaddaş", "az") if r.title.startswith("«Yaddaş"))
    start, end = memory.marks[0]
    assert memory.title[start:end] == "Yaddaş"
    assert marks("Azərbaycan xalçası", ["azerb", "xal"]) == ((0, 5), (11, 14))
    assert marks("Straße", ["strasse"]) == ()  # folding changed the length: nothing to map


def test_nothing_typed_finds_nothing_and_nothing_found_suggests_the_exhibitions_words(search):
    assert search.find("", "en") == [] and search.find("  !? ", "en") == []
    assert search.find("zzzqx", "en") == []
    english, azerbaijani = search.suggestions("en"), search.suggestions("az")
    assert "Baku" in english and "1990" in english and "Bakı" in azerbaijani
    assert 3 <= len(english) <= 8 and len(set(english)) == len(english)


def test_in_each_group_a_title_with_the_typed_word_comes_first(search):
    events = [r for r in search.find("baku", "en") if r.group == "events"]
    in_title = [bool(r.marks) for r in events]
    assert in_title[0] and in_title == sorted(in_title, reverse=True), [r.title for r in events]
    assert not all(in_title)  # the demo also has Baku events found only in their text


def test_the_title_is_drawn_with_the_found_words_in_bold_and_nothing_else_as_markup(search):
    memory = next(r for r in search.find("yaddaş", "az") if r.title.startswith("«Yaddaş"))
    assert memory.marked.startswith("«<b>Yaddaş</b>")
