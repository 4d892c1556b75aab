"""`kiosk import` of media: good files in, bad files out with their reasons, nothing half-done."""

from __future__ import annotations

import errno
from dataclasses import replace

import pytest
from PIL import Image

from kiosk.content import model as m
from kiosk.services.ingest import import_media
from tests import hostile
from tests.media_files import BAD, GOOD, photo, usb_stick, video


def _stored_files(home) -> set[str]:
    media = home.root / "media"
    return {p.relative_to(home.root).as_posix() for p in media.rglob("*") if p.is_file()}


def _every_row_has_its_files(home) -> None:
    archive = home.open_draft()
    try:
        assert archive.integrity_problems() == []
        recorded = archive.stored_paths()
        assert recorded == _stored_files(home)  # no missing files, and no strays either
    finally:
        archive.close()


def test_a_usb_stick_of_good_and_bad_files_imports_the_good_and_explains_the_bad(home, tmp_path):
    report = import_media(home, [usb_stick(tmp_path / "usb")])
    assert {p.name for p in report.imported} == GOOD
    reasons = {path.name: reason for path, reason in report.rejected}
    assert set(reasons) == set(BAD)
    for name, words in BAD.items():
        assert words in reasons[name] and name in reasons[name]
        assert "\n" not in reasons[name] and ".incoming" not in reasons[name]
    assert report.skipped == 3 and not report.present and not report.stopped
    _every_row_has_its_files(home)


def test_what_a_file_says_of_itself_becomes_its_caption_credit_rights_and_date(home, tmp_path):
    import_media(home, [usb_stick(tmp_path / "usb") / "DCIM" / "baku-steps.jpg"])
    archive = home.open_draft()
    (media,) = archive.all(m.Media)
    archive.close()
    assert media.caption.get("en") == "Carnations on the steps, Baku"  # XMP wins over EXIF
    assert media.credit.get("en") == "Photo: Aysel Mammadova"
    assert media.rights.get("en") == "CC BY 4.0"
    assert media.taken == "1990-01-22T10:15:00"
    assert {r.kind for r in media.renditions} == {"display", "thumb"}


def test_an_import_leaves_the_search_index_up_to_date_for_publishing(home, tmp_path):
    import_media(home, [usb_stick(tmp_path / "usb") / "DCIM" / "baku-steps.jpg"])
    archive = home.open_draft()
    try:
        assert [h.kind for h in archive.search("carnations")] == ["media"]
        assert archive.refresh_search(home.settings().languages) == 0  # nothing left to do
    finally:
        archive.close()


def test_a_caption_longer_than_a_label_is_cut_with_a_note(home, tmp_path):
    from PIL import Image

    exif = Image.Exif()
    exif[0x010E] = "<img src=x>" + "word " * 12_000  # ImageDescription
    Image.new("RGB", (60, 40)).save(tmp_path / "long.jpg", exif=exif.tobytes())
    report = import_media(home, [tmp_path / "long.jpg"])
    archive = home.open_draft()
    (media,) = archive.all(m.Media)
    archive.close()
    assert media.caption.get("en").startswith("<img src=x>word")  # text: drawn as characters
    assert len(media.caption.get("en")) <= 2001
    cut, nowhere = report.notes
    assert cut == (
        f"{tmp_path / 'long.jpg'}: its embedded caption is 60,010 characters long; "
        "the first 2,000 are kept"
    )
    assert nowhere.startswith("1 file(s) shown nowhere yet")  # the home has no section yet


def test_a_video_gets_a_poster_frame_and_its_subtitles_as_webvtt(home, tmp_path):
    usb = usb_stick(tmp_path / "usb")
    import_media(home, [usb / "video"])
    archive = home.open_draft()
    (video,) = archive.all(m.Media)
    archive.close()
    assert (video.kind, video.width, video.height, video.duration) == ("video", 320, 240, 2.0)
    kinds = {r.kind: r for r in video.renditions}
    assert set(kinds) == {"display", "thumb", "subtitles-en", "subtitles-ru"}
    english = (home.root / kinds["subtitles-en"].path).read_text(encoding="utf-8")
    assert english.startswith("WEBVTT") and "00:00:01.500" in english  # SRT's comma made a dot
    assert "Добрый вечер" in (home.root / kinds["subtitles-ru"].path).read_text(encoding="utf-8")


def test_importing_the_same_files_again_changes_nothing(home, tmp_path):
    usb = usb_stick(tmp_path / "usb")
    import_media(home, [usb])
    before = _stored_files(home)
    again = import_media(home, [usb])
    assert not again.imported and {p.name for p in again.present} == GOOD
    assert _stored_files(home) == before


def test_the_same_bytes_twice_in_one_import_are_stored_once(home, tmp_path):
    first = photo(tmp_path / "a" / "one.jpg")
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.jpg").write_bytes(first.read_bytes())
    report = import_media(home, [tmp_path / "a", tmp_path / "b"])
    assert len(report.imported) == 1 and len(report.present) == 1


def test_new_pictures_join_the_media_section_in_order(demo_home, tmp_path):
    files = [photo(tmp_path / "usb" / f"{n}.jpg", colour=(n * 40, 0, 0)) for n in range(3)]
    import_media(demo_home, [tmp_path / "usb"])
    archive = demo_home.open_draft()
    links = [link for link in archive.all(m.SectionMedia) if link.section == "photos"]
    media = {x.sha256: x.original_name for x in archive.all(m.Media)}
    archive.close()
    assert [media[link.media] for link in links][-3:] == [f.name for f in files]


def test_an_unknown_section_is_refused_with_the_sections_there_are(demo_home, tmp_path):
    from kiosk.content.errors import KioskError

    with pytest.raises(KioskError, match="--section nope: no such section .*photos"):
        import_media(demo_home, [photo(tmp_path / "x.jpg")], section="nope")


def test_a_file_over_the_size_limit_is_refused(home, tmp_path):
    home.save_settings(replace(home.settings(), max_file_mb=1))
    big = tmp_path / "big.wav"
    big.write_bytes(b"\0" * (2 << 20))
    report = import_media(home, [big])
    assert "too large (2 MB; the limit is 1 MB)" in report.rejected[0][1]


def test_a_full_disk_stops_the_import_and_leaves_the_home_consistent(home, tmp_path, monkeypatch):
    import kiosk.media.store as store

    photo(tmp_path / "usb" / "a.jpg")
    photo(tmp_path / "usb" / "b.jpg", colour=(0, 0, 90))

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(store, "_copy", full)  # the workers fork with this
    report = import_media(home, [tmp_path / "usb"], workers=1)
    assert "the disk is full" in report.stopped and "No space left" in report.stopped
    assert not report.imported
    _every_row_has_its_files(home)
    assert not (home.root / "media" / ".incoming").exists()


def test_the_kiosk_home_itself_is_never_imported(demo_home, tmp_path):
    photo(tmp_path / "usb" / "a.jpg")
    report = import_media(demo_home, [tmp_path])  # tmp_path holds the home as well
    assert [p.name for p in report.imported] == ["a.jpg"] and not report.rejected
    inside = import_media(demo_home, [demo_home.root / "media"])
    assert "is inside the kiosk home" in inside.rejected[0][1]


def test_a_worker_that_dies_stops_the_import_with_a_message(home, tmp_path, monkeypatch):
    import os

    import kiosk.services.ingest_work as work

    photo(tmp_path / "usb" / "a.jpg")
    monkeypatch.setattr(work, "sha256_of", lambda path: os._exit(9))  # as the OOM killer would
    report = import_media(home, [tmp_path / "usb"], workers=1)
    assert "a worker process died" in report.stopped and not report.imported
    _every_row_has_its_files(home)


@pytest.mark.timeout(120, method="signal")
def test_pipes_and_devices_among_the_files_are_refused_and_the_rest_imported(home, tmp_path):
    usb = tmp_path / "usb"
    photo(usb / "real.jpg")
    hostile.make_fifo(usb / "photo.jpg")
    hostile.make_dev_zero_link(usb / "zero.jpg")
    hostile.make_fifo(usb / "texts.csv")
    report = import_media(home, [usb], workers=1)
    assert [p.name for p in report.imported] == ["real.jpg"] and not report.stopped
    reasons = sorted(reason.removeprefix(f"{path}: ") for path, reason in report.rejected)
    assert reasons == [
        "a device, not a regular file; only regular files are read",
        "a named pipe (FIFO), not a regular file; only regular files are read",
        "a named pipe (FIFO), not a regular file; only regular files are read",
    ]
    _every_row_has_its_files(home)


def test_subtitles_of_too_many_cues_are_refused_in_one_line_naming_them(home, tmp_path):
    film = video(tmp_path / "usb" / "evening.mp4", seconds=1)
    flood = hostile.subtitles_with_cues(tmp_path / "usb" / "evening.ru.vtt", 30_000)
    photo(tmp_path / "usb" / "a.jpg")
    report = import_media(home, [tmp_path / "usb"], workers=1)
    assert [p.name for p in report.imported] == ["a.jpg"]
    assert report.rejected == [
        (film, f"{film}: {flood}: 30,000 cues; the limit is 5,000 for one subtitle file")
    ]


def test_a_second_import_into_the_same_home_is_refused_while_the_first_runs(home, tmp_path):
    from kiosk import system
    from kiosk.content.errors import KioskError

    with (home.root / ".import.lock").open("w") as first:  # what the first import holds
        assert system.lock_exclusively(first)
        with pytest.raises(KioskError, match="another import is running in this home"):
            import_media(home, [photo(tmp_path / "x.jpg")])
    assert import_media(home, [photo(tmp_path / "x.jpg")]).imported


# Sweeping: a file deleted from the draft stays while a kept snapshot may be rolled back to


def _published_picture(home, tmp_path) -> m.Media:
    """One picture in the draft and in a published snapshot."""
    from kiosk.content.text import LocalText
    from kiosk.services.publish import publish

    draft = home.open_draft()
    draft.put(m.Exhibition("harbour", LocalText.of("The Old Harbour")))
    draft.close()
    import_media(home, [photo(tmp_path / "crane.jpg")])
    publish(home, force=True)  # no alt text or credit: not what these tests are about
    draft = home.open_draft()
    (picture,) = draft.all(m.Media)
    draft.delete(picture)
    draft.close()
    return picture


def _sweep(home) -> int:
    from kiosk.services.ingest import sweep

    draft = home.open_draft()
    try:
        return sweep(home, draft)
    finally:
        draft.close()


def test_a_file_deleted_from_the_draft_is_swept_only_once_no_kept_snapshot_records_it(
    home, tmp_path
):
    from kiosk.services.publish import publish

    picture = _published_picture(home, tmp_path)
    files = {picture.path, *(r.path for r in picture.renditions)}
    assert _sweep(home) == 0 and _stored_files(home) == files
    home.save_settings(replace(home.settings(), keep_snapshots=1))
    publish(home, force=True)  # the snapshot that showed the picture is pruned
    assert _sweep(home) == len(files) and _stored_files(home) == set()


def test_no_media_file_is_swept_while_a_kept_snapshot_cannot_be_read(home, tmp_path):
    picture = _published_picture(home, tmp_path)
    files = _stored_files(home)
    hostile.damage_database(home.current_snapshot())
    assert _sweep(home) == 0 and _stored_files(home) == files
    assert picture.path in files


def test_a_sweep_keeps_a_recorded_picture_and_its_zoom_tiles_and_removes_a_stray(home, tmp_path):
    home.save_settings(replace(home.settings(), display_edge=400))
    path = tmp_path / "large.jpg"
    Image.new("RGB", (2000, 1000), (90, 90, 90)).save(path)  # over 4x the display edge
    import_media(home, [path])
    draft = home.open_draft()
    (picture,) = draft.all(m.Media)
    draft.close()
    tiles = list((home.root / picture.rendition("tiles").path).rglob("*.jpg"))
    stray = home.root / "media" / "renditions" / "stray.jpg"
    stray.write_bytes(b"left by an interrupted import")
    assert tiles and _sweep(home) == 1
    assert not stray.exists() and all(p.is_file() for p in tiles)
