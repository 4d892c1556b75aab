"""The search's controller: what the search screen will show as a visitor types."""

from __future__ import annotations

import pytest

from kiosk.services.exhibit import Exhibit
from kiosk.services.home import KioskHome
from kiosk.services.new import new_exhibition
from kiosk.ui.search import Search


@pytest.fixture
def search(qapp, built_demo):
    controller = Search(Exhibit.load(built_demo), "en", ["en", "az", "lt", "ru"])
    yield controller
    controller.close()


def _titles(search: Search) -> list[str]:
    model = search.results
    role = model.roleNames()
    title = next(r for r, name in role.items() if bytes(name) == b"title")
    return [model.data(model.index(n, 0), title) for n in range(model.rowCount())]


def test_each_letter_refills_the_results_in_the_visitors_language(search, qtmodeltester):
    for typed in ("b", "ba", "bak", "baki"):
        search.setQuery(typed)
    english = _titles(search)
    assert any("19–20 January 1990" in t for t in english)
    search.load("az")
    assert any("yanvar 1990" in t for t in _titles(search)) and len(_titles(search)) == len(english)
    qtmodeltester.check(search.results, force_py=True)


def test_nothing_found_says_so_and_offers_the_exhibitions_words(search):
    search.setQuery("zzzqx")
    assert search.nothingFound and _titles(search) == []
    assert "Baku" in search.suggestions
    search.load("ru")
    assert "Баку" in search.suggestions


def test_the_end_of_a_visit_clears_the_search(search, qtbot):
    search.setQuery("vilnius")
    assert _titles(search)
    with qtbot.waitSignal(search.queryChanged):
        search.clear()
    assert search.query == "" and _titles(search) == [] and not search.nothingFound


def test_in_the_kiosk_the_search_follows_the_language_and_ends_with_the_visit(finger):
    search = finger.kiosk.controllers.search
    finger.tap("attractScreen")
    finger.wait_for("homeScreen")
    search.setQuery("baki")
    assert any("January 1990" in t for t in _titles(search))
    finger.tap("language-lt")  # as the visitor does
    assert any("sausio" in t for t in _titles(search))
    finger.kiosk.controllers.visit.reset()
    finger.wait_for("attractScreen")
    assert search.query == "" and _titles(search) == []


def test_another_snapshot_brings_its_own_suggestions(search, tmp_path):
    assert "Baku" in search.suggestions  # kept for the language once drawn
    home = KioskHome.resolve(tmp_path / "harbour")
    new_exhibition(home, "The Old Harbour")  # no events, artists or pieces: nothing to offer
    search.show(Exhibit.load_draft(home))
    assert search.suggestions == []
