import pytest

from kiosk.archive import Archive
from kiosk.content import model as m
from kiosk.content.dates import PartialDate
from kiosk.content.errors import ArchiveError
from kiosk.content.text import LocalText

T = LocalText.of


def _fill(archive: Archive) -> None:
    with archive.transaction():
        archive.put(m.Exhibition("ex", T({"en": "Memory", "az": "Yaddaş"}), sources=("s1",)))
        archive.put(m.Section("chronology", "chronology", T("Chronology")))
        archive.put(m.Source("s1", "An article", published="2025-01-20"))
        archive.put(m.Track("baku", "chronology", T("Baku 1990")))
        archive.put(
            m.Event(
                "night",
                "chronology",
                T({"en": "The night", "az": "Gecə"}),
                track="baku",
                start=PartialDate.parse("1990-01-19"),
                end=PartialDate.parse("1990-01-20"),
                sources=("s1",),
            )
        )
        archive.put(
            m.Event("later", "chronology", T("Decision"), start=PartialDate.parse("1994-03"))
        )
        archive.put(m.Event("undated", "chronology", T("An evening")))
        archive.put(m.Fact("night", "killed", T("Killed"), 147, "s1"))
        archive.put(
            m.Artist(
                "aysel",
                "Aysel M.",
                "Aysel",
                minor=True,
                consent=m.Consent("first_name_and_class", "Parent", "2025-01-10"),
            )
        )


def test_content_comes_back_as_the_dataclasses_put_in(archive):
    _fill(archive)
    content = archive.content()
    night = content.events[0]
    assert night.start == PartialDate(1990, 1, 19) and night.end.precision == "day"
    assert night.sources == ("s1",)
    assert content.facts[0].value == 147
    assert content.artists[0].consent.display == "first_name_and_class"
    assert content.exhibition.sources == ("s1",)


def test_events_are_in_time_order_with_undated_last(archive):
    _fill(archive)
    assert [e.slug for e in archive.all(m.Event)] == ["night", "later", "undated"]


def test_putting_again_updates_in_place(archive):
    _fill(archive)
    archive.put(m.Section("chronology", "chronology", T("Timeline")))
    sections = archive.all(m.Section)
    assert len(sections) == 1 and sections[0].title.get("en") == "Timeline"


def test_a_failed_transaction_writes_nothing(archive):
    with pytest.raises(ArchiveError), archive.transaction():
        archive.put(m.Section("photos", "media", T("Photos")))
        archive.put(m.Event("bad", "no-such-section", T("Broken")))  # foreign key fails
    assert archive.all(m.Section) == []


def test_deleting_an_event_takes_its_links_and_facts_and_nothing_else(archive):
    _fill(archive)
    archive.delete(archive.all(m.Event)[0])
    content = archive.content()
    assert [e.slug for e in content.events] == ["later", "undated"]
    assert content.facts == [] and archive.db["event_sources"].count == 0
    assert [s.slug for s in content.sources] == ["s1"]


def test_deleting_an_artist_takes_the_consent_record(archive):
    _fill(archive)
    archive.delete(archive.all(m.Artist)[0])
    assert archive.all(m.Artist) == [] and archive.db["consents"].count == 0


def test_deleting_a_picture_takes_its_renditions_and_links(archive):
    _fill(archive)
    thumb = m.Rendition(
        "ab12", "thumb", "media/renditions/ab/ab12-thumb.jpg", 4, 3, "image/jpeg", 9
    )
    picture = m.Media(
        "ab12", "image", "image/jpeg", 99, "media/originals/ab/ab12.jpg", renditions=(thumb,)
    )
    archive.put(picture)
    archive.put(m.SectionMedia("chronology", "ab12"))
    archive.put(m.Event("with-picture", "chronology", T("Crowd"), media=("ab12",)))
    archive.delete(picture)
    assert archive.all(m.Media) == [] and archive.stored_paths() == set()
    assert archive.all(m.SectionMedia) == []
    assert next(e for e in archive.all(m.Event) if e.slug == "with-picture").media == ()


def test_a_picture_an_artwork_shows_is_not_deleted_under_it(archive):
    _fill(archive)
    picture = m.Media("cd34", "image", "image/jpeg", 99, "media/originals/cd/cd34.jpg")
    archive.put(picture)
    archive.put(m.Section("art", "artworks", T("Art")))
    archive.put(m.Artwork("sun", "art", T("Sun"), "aysel", media="cd34"))
    with pytest.raises(ArchiveError, match="FOREIGN KEY"):
        archive.delete(picture)
    assert [x.sha256 for x in archive.all(m.Media)] == ["cd34"]


def test_opening_twice_applies_migrations_once(tmp_path):
    path = tmp_path / "draft.db"
    Archive.open(path).close()
    archive = Archive.open(path)
    applied = [r["name"] for r in archive.db["_sqlite_migrations"].rows]
    assert applied == sorted(set(applied)) and len(applied) >= 2
    archive.close()


def test_a_snapshot_opens_read_only_and_refuses_writes(tmp_path, archive):
    _fill(archive)
    archive.backup_to(tmp_path / "content.db")
    snapshot = Archive.open_snapshot(tmp_path / "content.db")
    assert snapshot.exhibition().title.get("az") == "Yaddaş"
    with pytest.raises(ArchiveError, match="read-only"):
        snapshot.put(m.Section("photos", "media", T("Photos")))
    with pytest.raises(Exception, match="readonly|read-only|query_only"):
        snapshot.db.execute("DELETE FROM sections")
    snapshot.close()


def test_a_missing_snapshot_is_a_clear_error(tmp_path):
    with pytest.raises(ArchiveError, match="no such snapshot"):
        Archive.open_snapshot(tmp_path / "nothing.db")


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path):
    path = tmp_path / "draft.db"
    path.write_text("this is not a database")
    with pytest.raises(ArchiveError, match="draft.db: cannot open"):
        Archive.open(path)


def test_a_snapshot_published_before_an_upgrade_is_shown_from_an_upgraded_copy(tmp_path):
    from sqlite_utils import Database

    from kiosk.archive.schema import migrations

    path = tmp_path / "content.db"
    old = Database(path)
    migrations.apply(old, stop_before="m005_search_prefixes")
    old["sections"].insert({"slug": "photos", "kind": "media", "title": '{"en": "Photos"}'})
    old["search"].insert(
        {"folded": "photos", "kind": "section", "ref": "photos", "lang": "en", "title": "Photos"}
        | {"body": ""}
    )
    old.close()
    before = path.read_bytes()
    snapshot = Archive.open_snapshot(path)
    try:
        assert [s.slug for s in snapshot.content().sections] == ["photos"]
        assert [h.ref for h in snapshot.search("pho")] == ["photos"]
        with pytest.raises(Exception, match="readonly|read-only|query_only"):
            snapshot.db.execute("DELETE FROM sections")
    finally:
        snapshot.close()
    assert path.read_bytes() == before  # the published file itself is never changed
