"""Migrations bring an archive made by an older kiosk up to date, keeping what it holds."""

from sqlite_utils import Database

from kiosk.archive import Archive
from kiosk.archive.schema import migrations
from kiosk.content import model as m
from kiosk.content.text import LocalText


def _older_archive(path, stop_before: str) -> Database:
    db = Database(path)
    migrations.apply(db, stop_before=stop_before)
    return db


def test_dates_from_photo_tools_become_iso_8601_and_what_is_no_date_is_dropped(tmp_path):
    path = tmp_path / "draft.db"
    old = _older_archive(path, "m009_media_taken_iso")
    written = {"a": "2019-05-04T13:22:01", "b": "2019:05:04", "c": "May 2019", "d": None}
    written |= {"e": "2019-05-04T13:22:01.5+04:00"}
    for sha, taken in written.items():
        row = {"sha256": sha, "kind": "image", "mime": "image/jpeg", "size": 1, "path": sha}
        old["media"].insert(row | {"taken": taken})
    old.close()
    archive = Archive.open(path)
    try:
        taken = {item.sha256: item.taken for item in archive.all(m.Media)}
    finally:
        archive.close()
    assert taken == {
        "a": "2019-05-04T13:22:01",
        "b": "2019-05-04",
        "c": None,
        "d": None,
        "e": "2019-05-04T13:22:01+04:00",
    }


def test_events_made_before_web_media_texts_have_none_and_take_them(tmp_path):
    path = tmp_path / "draft.db"
    old = _older_archive(path, "m008_event_web_media_texts")
    old["sections"].insert({"slug": "c", "kind": "chronology", "title": '{"en": "C"}'})
    old["events"].insert({"slug": "e", "section": "c", "title": '{"en": "E"}'})
    old.close()
    archive = Archive.open(path)
    try:
        (event,) = archive.all(m.Event)
        assert (event.web_media_caption, event.web_media_credit) == (LocalText(), LocalText())
        caption = LocalText({"en": "A film", "az": "Film"})
        archive.put(m.Event("e", "c", LocalText({"en": "E"}), web_media_caption=caption))
        assert archive.all(m.Event)[0].web_media_caption == caption
    finally:
        archive.close()
