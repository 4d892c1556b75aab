"""The fingerprint of what an archive shows, which tells a publish whether anything changed."""

from kiosk.content import model as m
from kiosk.content.text import LocalText

T = LocalText.of


def test_the_digest_follows_the_content_and_the_languages(archive):
    archive.put(m.Exhibition("ex", T("One")))
    before = archive.digest(["en"])
    assert archive.digest(["en"]) == before
    assert archive.digest(["en", "az"]) != before
    archive.put(m.Section("s", "media", T("Photos")))
    assert archive.digest(["en"]) != before


def test_a_record_deleted_and_added_again_digests_the_same(archive):
    with archive.transaction():
        archive.put(m.Exhibition("ex", T("One")))
        archive.put(m.Section("a", "media", T("Photos"), position=0))
        archive.put(m.Section("b", "artworks", T("Art"), position=1))
    before = archive.digest(["en"])
    archive.delete(m.Section("a", "media", T("")))
    archive.put(m.Section("a", "media", T("Photos"), position=0))
    assert archive.digest(["en"]) == before


def test_figures_written_again_unchanged_digest_the_same(archive):
    with archive.transaction():
        archive.put(m.Section("chronology", "chronology", T("Chronology")))
        archive.put(m.Event("e", "chronology", T("An event")))
    figure = m.Fact("e", "killed", T("Killed"), 147.0, None)
    archive.set_facts("e", [figure])
    before = archive.digest(["en"])
    archive.set_facts("e", [figure])  # new rows, new ids: the same figures
    assert archive.digest(["en"]) == before
    archive.set_facts("e", [m.Fact("e", "killed", T("Killed"), 148.0, None)])
    assert archive.digest(["en"]) != before


def test_the_search_index_is_not_content(archive):
    archive.put(m.Exhibition("ex", T("One")))
    before = archive.digest(["en"])
    archive.refresh_search(["en"])
    assert archive.digest(["en"]) == before
