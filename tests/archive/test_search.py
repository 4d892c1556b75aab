import pytest

from kiosk.archive.search import match_expression
from kiosk.content import model as m
from kiosk.content.text import LocalText

T = LocalText.of


@pytest.fixture
def searchable(archive):
    with archive.transaction():
        archive.put(m.Section("chronology", "chronology", T("Chronology")))
        archive.put(
            m.Event("carpet", "chronology", T({"en": "A carpet", "az": "Azərbaycan xalçası"}))
        )
        archive.put(m.Event("oak", "chronology", T({"en": "The oak", "lt": "Senas ąžuolas"})))
        archive.put(m.Event("tree", "chronology", T({"en": "The fir", "ru": "Ёлка у башни"})))
    archive.rebuild_search(["en", "az", "lt", "ru"])
    return archive


@pytest.mark.parametrize(
    ("query", "ref", "lang"),
    [
        ("azerbaycan", "carpet", "az"),
        ("xalcasi", "carpet", "az"),
        ("azuolas", "oak", "lt"),
        ("елка", "tree", "ru"),
        ("Azərbaycan", "carpet", "az"),
        ("ЁЛКА", "tree", "ru"),
    ],
)
def test_plain_letters_find_the_written_text(searchable, query, ref, lang):
    hits = searchable.search(query)
    assert [(h.ref, h.lang) for h in hits] == [(ref, lang)]


def test_prefixes_match_as_you_type(searchable):
    assert [h.ref for h in searchable.search("xal")] == ["carpet"]


def test_language_filter(searchable):
    assert searchable.search("carpet", lang="az") == []
    assert [h.lang for h in searchable.search("carpet", lang="en")] == ["en"]


def test_hits_show_the_original_spelling(searchable):
    assert searchable.search("xalcasi")[0].title == "Azərbaycan xalçası"


def test_punctuation_and_fts_syntax_are_not_errors(searchable):
    assert searchable.search('"') == []
    assert searchable.search("oak AND OR NOT (") == []
    assert match_expression("ąžuolas, Ёлка!") == '"azuolas"* "елка"*'
