import pytest

from kiosk.archive.search import RANKED, match_expression
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
    archive.refresh_search(["en", "az", "lt", "ru"])
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


def test_found_names_each_item_once_whatever_language_matched(searchable):
    # "a" begins words of the carpet in English and in Azerbaijani, and of the oak in
    # Lithuanian (ąžuolas): two items, though three texts match.
    assert len(searchable.search("a", limit=10)) == 3
    assert sorted(searchable.found("a")) == [("event", "carpet"), ("event", "oak")]
    assert searchable.found("xal", limit=1) == [("event", "carpet")]
    assert searchable.found("") == [] and searchable.found("?!") == []


def test_language_filter(searchable):
    assert searchable.search("carpet", lang="az") == []
    assert [h.lang for h in searchable.search("carpet", lang="en")] == ["en"]


def test_hits_show_the_original_spelling(searchable):
    assert searchable.search("xalcasi")[0].title == "Azərbaycan xalçası"


def test_punctuation_and_fts_syntax_are_not_errors(searchable):
    assert searchable.search('"') == []
    assert searchable.search("oak AND OR NOT (") == []
    assert match_expression("ąžuolas, Ёлка!") == '"azuolas"* "елка"*'


def test_hits_are_ordered_by_relevance_and_a_huge_match_still_answers(archive):
    with archive.transaction():
        archive.put(m.Section("chronology", "chronology", T("Chronology")))
        for n in range(RANKED + 50):  # more matches than are ranked: the answer still comes
            archive.put(m.Event(f"e{n}", "chronology", T(f"Memorial day {n}"), position=n))
        archive.put(m.Event("m", "chronology", T("Memory memory memory"), position=10_000))
    archive.refresh_search(["en"])
    assert len(archive.search("mem", limit=20)) == 20
    assert archive.search("memory")[0].ref == "m"  # ranked: few matches, ranked whole


def test_the_prefix_index_migration_keeps_a_drafts_rows(tmp_path):
    from sqlite_utils import Database

    from kiosk.archive import Archive
    from kiosk.archive.schema import migrations

    path = tmp_path / "old.db"
    old = Database(path)
    migrations.apply(old, stop_before="m005_search_prefixes")
    row = {"folded": "xalca", "kind": "event", "ref": "carpet", "lang": "az"}
    old["search"].insert({**row, "title": "Xalça", "body": ""})
    old.close()
    archive = Archive.open(path)
    try:
        assert [h.ref for h in archive.search("xal")] == ["carpet"]
    finally:
        archive.close()


# -- kept current: each write notes what it made stale, a refresh re-indexes those alone


def test_a_refresh_reindexes_only_what_changed(searchable):
    assert searchable.refresh_search(["en", "az", "lt", "ru"]) == 0
    with searchable.transaction():
        searchable.put(m.Event("oak", "chronology", T({"en": "The elm"})))
    assert searchable.refresh_search(["en", "az", "lt", "ru"]) == 1
    assert searchable.search("oak") == [] and searchable.search("azuolas") == []
    assert [h.ref for h in searchable.search("elm")] == ["oak"]
    assert [h.ref for h in searchable.search("xalcasi")] == ["carpet"]  # untouched, still found


def test_a_deleted_record_leaves_the_index(searchable):
    searchable.delete(m.Event("carpet", "chronology", T("")))
    searchable.refresh_search(["en", "az", "lt", "ru"])
    assert searchable.search("carpet") == [] and searchable.search("xalcasi") == []


def test_renaming_an_artist_reindexes_their_artworks(archive):
    with archive.transaction():
        archive.put(m.Section("art", "artworks", T("Art")))
        archive.put(m.Artist("aysel", T("Aysel Mammadova")))
        archive.put(m.Artwork("carpet", "art", T("Carpet"), "aysel"))
    archive.refresh_search(["en"])
    assert [h.ref for h in archive.search("mammadova")] == ["carpet"]
    archive.put(m.Artist("aysel", T("Aysel Aliyeva")))
    archive.refresh_search(["en"])
    assert archive.search("mammadova") == []
    assert [h.ref for h in archive.search("aliyeva")] == ["carpet"]


def test_other_languages_rebuild_the_index(searchable):
    assert searchable.search("azerbaycan")
    searchable.refresh_search(["en"])
    assert searchable.search("azerbaycan") == []  # Azerbaijani is no longer indexed
    assert [h.lang for h in searchable.search("carpet")] == ["en"]


def test_a_write_undone_leaves_nothing_stale(searchable):
    with pytest.raises(RuntimeError), searchable.transaction():
        searchable.put(m.Event("oak", "chronology", T({"en": "The elm"})))
        raise RuntimeError("the import stopped")
    assert searchable.refresh_search(["en", "az", "lt", "ru"]) == 0
    assert [h.ref for h in searchable.search("azuolas")] == ["oak"]


def test_a_name_the_consent_no_longer_allows_leaves_the_index(archive):
    with archive.transaction():
        archive.put(m.Section("art", "artworks", T("Art")))
        archive.put(m.Artist("aysel", T("Aysel Mammadova"), minor=True))
        archive.put(m.Artwork("carpet", "art", T("Carpet"), "aysel"))
    archive.refresh_search(["en"])
    assert archive.search("mammadova") == []  # a minor with no consent record is not named
    consent = m.Consent("full_name", "her mother", "2026-11-30")
    archive.put(m.Artist("aysel", T("Aysel Mammadova"), minor=True, consent=consent))
    archive.refresh_search(["en"])
    assert [h.ref for h in archive.search("mammadova")] == ["carpet"]
