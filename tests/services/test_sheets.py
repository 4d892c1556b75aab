"""Spreadsheets through `kiosk import`: TimelineJS chronologies and the metadata round-trip."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from pathlib import Path

import pytest

from kiosk.content import model as m
from kiosk.content.spreadsheet import read, write
from kiosk.content.text import LocalText
from kiosk.services.export import export_csv, export_json
from kiosk.services.ingest import import_media
from kiosk.services.sheet_kinds import KINDS
from kiosk.services.sheets import read_sheet
from tests import hostile
from tests.hostile import FORMULA_CELLS, LOOKALIKE_CELLS
from tests.media_files import descriptions_sheet, photo, timeline_sheet

LANGS = ("en", "az", "lt", "ru")
READ_ONLY_FILES = "only regular files are read"
SHARED = Path(__file__).resolve().parents[3] / "shared" / "fixtures" / "timelinejs"


def _content(home) -> m.ExhibitionContent:
    archive = home.open_draft()
    try:
        return archive.content()
    finally:
        archive.close()


def test_a_timeline_sheet_makes_a_chronology_with_its_photo_imported_and_linked(home, tmp_path):
    report = import_media(home, [timeline_sheet(tmp_path / "usb")])
    assert [p.name for p in report.imported] == ["steps.jpg"] and not report.rejected
    (notice,) = report.sheets[0].notices
    assert "https://example.org/video.mp4: not available offline" in notice
    assert "line 7" in notice
    content = _content(home)
    (section,) = content.sections
    assert (section.slug, section.kind, section.title.get("en")) == (
        "chronology",
        "chronology",
        "Two cities",
    )
    assert section.intro.get("en") == "Two nights, one memory."
    events = {e.slug: e for e in content.events}
    (photo_media,) = [x for x in content.media if x.original_name == "steps.jpg"]
    assert events["1990-troops-enter-baku"].media == (photo_media.sha256,)
    assert photo_media.caption.get("en") == "Steps, Baku"
    assert photo_media.credit.get("en") == "Photo: A. M."
    assert events["1991-the-tower"].web_media == "https://example.org/video.mp4"
    tracks = {t.slug: (t.title.values, t.position) for t in content.tracks}
    assert tracks == {
        "chronology-baku": ({"en": "Baku"}, 0),
        "chronology-vilnius": ({"en": "Vilnius"}, 1),
        "chronology-chronology": ({"en": "Two cities"}, 2),  # the event with no Group
    }
    assert events["988-a-year-before-1000"].track == "chronology-chronology"
    assert len(content.eras) == 2


def test_importing_the_sheet_again_changes_nothing_and_keeps_other_languages(home, tmp_path):
    sheet = timeline_sheet(tmp_path / "usb")
    import_media(home, [sheet])
    archive = home.open_draft()
    event = next(e for e in archive.all(m.Event) if e.slug == "1991-the-tower")
    archive.put(
        m.Event(**{**vars(event), "title": m.LocalText({"en": "The tower", "lt": "Bokštas"})})
    )
    archive.close()
    again = import_media(home, [sheet])
    assert again.sheets[0].changes == [] and [p.name for p in again.present] == ["steps.jpg"]
    tower = next(e for e in _content(home).events if e.slug == "1991-the-tower")
    assert tower.title.values == {"en": "The tower", "lt": "Bokštas"}


def test_a_sheet_in_another_language_adds_that_language_beside_the_first(home, tmp_path):
    sheet = timeline_sheet(tmp_path / "usb")
    import_media(home, [sheet])
    az = timeline_sheet(tmp_path / "az", rows=["988,,,,,,,,,A year before 1000,Köhnə xəbər,,,,,,,"])
    report = import_media(home, [az], lang="az")
    assert report.sheets[0].changes == [
        'event 988-a-year-before-1000: title (az): (empty) → "A year before 1000"',
        'event 988-a-year-before-1000: body (az): (empty) → "Köhnə xəbər"',
    ]
    event = next(e for e in _content(home).events if e.slug == "988-a-year-before-1000")
    assert event.body.values == {"en": "Old news.", "az": "Köhnə xəbər"}


def test_a_sheet_with_a_bad_row_changes_nothing_and_says_where(home, tmp_path):
    sheet = timeline_sheet(
        tmp_path / "usb", rows=["1990,,,,,,,,,Good,,,,,,,,", "1990,14,,,,,,,,Bad,,,,,,,,"]
    )
    report = import_media(home, [sheet])
    assert report.rejected == [(sheet, f"{sheet}: line 3: not a date: '1990-14' (month 14)")]
    assert _content(home).events == []


@pytest.mark.parametrize(
    ("encoding", "separator"), [("utf-8-sig", ","), ("cp1257", ";"), ("utf-16", "\t")]
)
def test_sheets_saved_by_excel_or_libreoffice_import_alike(home, tmp_path, encoding, separator):
    rows = [f"1991{separator}1{separator}13{separator}Sausio 13-oji{separator}Laisvės gynėjai"]
    path = tmp_path / "lt.csv"
    header = separator.join(["Year", "Month", "Day", "Headline", "Text"])
    path.write_bytes("\r\n".join([header, *rows, ""]).encode(encoding))
    import_media(home, [path], lang="lt")
    (event,) = _content(home).events
    assert (event.title.get("lt"), event.body.get("lt")) == ("Sausio 13-oji", "Laisvės gynėjai")


def test_a_spreadsheet_of_another_kind_is_rejected_naming_its_columns(home, tmp_path):
    path = tmp_path / "budget.csv"
    path.write_text("item,cost\nframes,120\n")
    report = import_media(home, [path])
    assert report.rejected == [
        (path, f"{path}: not a TimelineJS or kiosk metadata spreadsheet (its columns: item, cost)")
    ]


def test_an_event_of_decades_with_links_in_its_text_imports(home, tmp_path):
    # What the TimelineJS project's sample sheet below checks, in a sheet of our own.
    rows = [
        ",,,,,,,,,Lives in computing,<p>A sample.</p>,,,,,title,,https://example.org/bg.gif",
        '1815,12,10,,1852,11,27,,,Ada Lovelace,"<p>Take <a href=""https://x.org/ada"">Ada '
        'Lovelace</a> and the <a href=""https://x.org/ae"">Analytical Engine</a>.</p>'
        '<span class=""tl-note"">A note.</span>",https://x.org/ada.jpg,,,,,,',
    ]
    report = import_media(home, [timeline_sheet(tmp_path / "usb", rows=rows)])
    assert report.rejected == [] and len(report.sheets[0].notices) == 1  # the remote picture
    content = _content(home)
    assert content.sections[0].title.get("en") == "Lives in computing"
    (ada,) = content.events
    assert (ada.start.iso(), ada.end.iso()) == ("1815-12-10", "1852-11-27")
    assert "Analytical Engine" in ada.body.get("en") and "<a" not in ada.body.get("en")


@pytest.mark.skipif(not SHARED.is_dir(), reason=f"{SHARED} not present (only beside the project)")
def test_the_timelinejs_projects_own_sample_sheet_imports(home):
    report = import_media(home, [SHARED / "women_in_computing.csv"])
    assert report.rejected == [] and len(report.sheets[0].notices) == 9  # all remote media
    content = _content(home)
    assert content.sections[0].title.get("en") == "Women in Computing"
    assert len(content.events) == 10
    ada = next(e for e in content.events if e.slug == "1815-ada-lovelace")
    assert (ada.start.iso(), ada.end.iso()) == ("1815-12-10", "1852-11-27")
    assert "Analytical Engine" in ada.body.get("en") and "<a" not in ada.body.get("en")


# The metadata round-trip


def _edit(path: Path, row_id: str, column: str, value: str) -> None:
    table = read(path.read_bytes())
    rows = [
        [
            r[h] if not (r[table.header[0]] == row_id and h == column) else value
            for h in table.header
        ]
        for r in table.rows
    ]
    path.write_bytes(write(table.header, rows))


def test_export_edit_one_cell_import_and_only_that_change_is_made(demo_home, tmp_path):
    before = _content(demo_home)
    sheets = export_csv(demo_home, tmp_path / "sheets")
    assert [p.stem for p in sheets] == list(KINDS)
    event = before.events[0]
    _edit(tmp_path / "sheets" / "events.csv", event.slug, "place (az)", "Bakı, Azadlıq meydanı")
    preview = import_media(demo_home, [tmp_path / "sheets"], dry_run=True)
    changes = [c for plan in preview.sheets for c in plan.changes]
    assert len(changes) == 1 and f"event {event.slug}: place (az):" in changes[0]
    assert _content(demo_home) == before  # a dry run changes nothing
    report = import_media(demo_home, [tmp_path / "sheets"])
    assert not report.rejected
    after = _content(demo_home)
    changed = next(e for e in after.events if e.slug == event.slug)
    assert changed.place.get("az") == "Bakı, Azadlıq meydanı"
    assert after.events == [changed if e.slug == event.slug else e for e in before.events]
    for name in ("media", "artworks", "programme_items", "programmes", "sections"):
        assert getattr(after, name) == getattr(before, name)


def test_an_emptied_cell_removes_that_text_and_no_other(demo_home, tmp_path):
    export_csv(demo_home, tmp_path / "sheets")
    work = _content(demo_home).artworks[0]
    _edit(tmp_path / "sheets" / "artworks.csv", work.slug, "medium (ru)", "")
    import_media(demo_home, [tmp_path / "sheets" / "artworks.csv"])
    medium = next(w for w in _content(demo_home).artworks if w.slug == work.slug).medium
    assert "ru" not in medium.values and medium.values == {
        k: v for k, v in work.medium.values.items() if k != "ru"
    }


def test_a_new_id_without_its_title_rejects_the_whole_sheet(demo_home, tmp_path):
    export_csv(demo_home, tmp_path / "sheets")
    path = tmp_path / "sheets" / "events.csv"
    event = _content(demo_home).events[0]
    _edit(path, event.slug, "title (en)", "Changed")
    table = read(path.read_bytes())
    rows = [list(r.values()) for r in table.rows] + [
        ["no-such-event"] + [""] * (len(table.header) - 1)
    ]
    path.write_bytes(write(table.header, rows))
    report = import_media(demo_home, [path])
    (reason,) = [r for _, r in report.rejected]
    assert reason.endswith("a new event needs its title")
    assert f"line {len(rows) + 1}" in reason
    assert next(e for e in _content(demo_home).events if e.slug == event.slug).title == event.title


def test_a_media_sheet_may_name_files_to_describe_photos_imported_with_it(home, tmp_path):
    usb = tmp_path / "usb"
    photo(usb / "a.jpg")
    photo(usb / "b.jpg", colour=(1, 2, 3))
    descriptions_sheet(usb, ["a.jpg", "b.jpg", "missing.jpg"])
    report = import_media(home, [usb])
    assert sorted(p.name for p in report.imported) == ["a.jpg", "b.jpg"]
    assert report.rejected == [
        (
            usb / "descriptions.csv",
            f"{usb / 'descriptions.csv'}: line 4: {usb / 'missing.jpg'}: no such file",
        )
    ]
    report = import_media(home, [usb / "descriptions.csv"], dry_run=True)
    assert report.rejected  # still the missing file: the sheet changes nothing until fixed
    descriptions_sheet(usb, ["a.jpg", "b.jpg"])
    import_media(home, [usb])
    alts = sorted(x.alt.get("en") for x in _content(home).media)
    assert alts == ["What a shows", "What b shows"]


def test_a_text_column_for_a_language_the_kiosk_lacks_is_a_problem(home, tmp_path):
    photo(tmp_path / "a.jpg")
    path = tmp_path / "d.csv"
    path.write_text("file,alt (de)\na.jpg,Bild\n")
    report = import_media(home, [tmp_path])
    assert any("'de' is not one of en, az, lt, ru" in r for _, r in report.rejected)


def test_a_group_named_like_a_sections_track_joins_it(demo_home, tmp_path):
    tracks_before = _content(demo_home).tracks
    baku = next(t for t in tracks_before if t.title.get("az") == "Bakı 1990")
    rows = ["1990,1,22,,,,,,,Funeral,,,,,,,Bakı 1990,", "1990,1,23,,,,,,,Elsewhere,,,,,,,Moscow,"]
    import_media(demo_home, [timeline_sheet(tmp_path, rows=rows)], lang="az")
    content = _content(demo_home)
    events = {e.slug: e for e in content.events}
    assert events["1990-funeral"].track == baku.slug
    (moscow,) = [t for t in content.tracks if t not in tracks_before]
    assert events["1990-elsewhere"].track == moscow.slug
    assert moscow.position == max(t.position for t in tracks_before) + 1


def _demo_chronology(home) -> m.Section:
    return next(s for s in _content(home).sections if s.slug == "chronology")


def test_a_title_slide_replacing_the_introduction_drops_its_translations(demo_home, tmp_path):
    assert set(_demo_chronology(demo_home).intro.values) == set(LANGS)
    sheet = timeline_sheet(tmp_path / "usb")
    report = import_media(demo_home, [sheet])
    section = _demo_chronology(demo_home)
    assert section.intro.values == {"en": "Two nights, one memory."}
    assert section.title.get("az") == "Xronologiya"  # the section's own name stays
    changes = [c for c in report.sheets[0].changes if c.startswith("section chronology")]
    assert [c.split(": ")[1] for c in changes] == [f"intro ({lang})" for lang in sorted(LANGS)]
    assert changes[0] == (
        'section chronology: intro (az): "İki yanvar gecəsi və onlardan sonrakı anım illəri."'
        " → (empty)"
    )
    notices = report.sheets[0].notices
    assert any("its translations (az, lt, ru) were of the old text" in n for n in notices)
    assert import_media(demo_home, [sheet]).sheets[0].changes == []


def test_a_first_introduction_in_a_language_keeps_the_others(home, tmp_path):
    import_media(home, [timeline_sheet(tmp_path / "usb")])
    rows = [",,,,,,,,,İki şəhər,İki gecə,,,,,title,,"]
    report = import_media(home, [timeline_sheet(tmp_path / "az", rows=rows)], lang="az")
    (section,) = _content(home).sections
    assert section.intro.values == {"en": "Two nights, one memory.", "az": "İki gecə"}
    assert not any("translations" in n for n in report.sheets[0].notices)


def test_events_without_a_group_get_a_track_after_the_sections_own(demo_home, tmp_path):
    tracks_before = _content(demo_home).tracks
    rows = [",,,,,,,,,Two cities,,,,,,title,,", "1990,1,22,,,,,,,Funeral,,,,,,,,"]
    sheet = timeline_sheet(tmp_path, name="Funerals.csv", rows=rows)
    import_media(demo_home, [sheet])
    content = _content(demo_home)
    (new,) = [t for t in content.tracks if t not in tracks_before]
    assert (new.slug, new.title.values) == ("chronology-funerals", {"en": "Two cities"})
    assert new.position == max(t.position for t in tracks_before) + 1
    assert next(e for e in content.events if e.slug == "1990-funeral").track == new.slug
    assert import_media(demo_home, [sheet]).sheets[0].changes == []


def test_a_sheet_without_a_title_slide_names_its_track_after_its_file(home, tmp_path):
    sheet = timeline_sheet(tmp_path, name="Funerals.csv", rows=["1990,1,22,,,,,,,Funeral,,,,,,,,"])
    import_media(home, [sheet])
    (track,) = _content(home).tracks
    assert (track.slug, track.title.values) == ("funerals-funerals", {"en": "Funerals"})
    az = timeline_sheet(tmp_path / "az", name="Funerals.csv", rows=["1990,1,22,,,,,,,Dəfn,,,,,,,,"])
    import_media(home, [az], lang="az")
    assert _content(home).tracks == [track]  # the file's name is no Azerbaijani title


def test_web_media_keep_their_caption_and_credit_in_each_language(home, tmp_path):
    sheet = timeline_sheet(tmp_path / "usb")
    import_media(home, [sheet])
    row = "1991,1,13,,,,,,,The tower,Mətn,https://example.org/video.mp4,Kimsə,Bir film,,,Vilnius,"
    report = import_media(home, [timeline_sheet(tmp_path / "az", rows=[row])], lang="az")
    assert 'event 1991-the-tower: web media caption (az): (empty) → "Bir film"' in (
        report.sheets[0].changes
    )
    tower = next(e for e in _content(home).events if e.slug == "1991-the-tower")
    assert tower.web_media_caption.values == {"en": "A film", "az": "Bir film"}
    assert tower.web_media_credit.values == {"en": "Someone", "az": "Kimsə"}
    exported = json.loads(export_json(home))
    (event,) = [e for e in exported["events"] if e["slug"] == "1991-the-tower"]
    assert event["web_media_caption"] == {"en": "A film", "az": "Bir film"}
    assert import_media(home, [sheet]).sheets[0].changes == []


def test_a_file_named_with_windows_backslashes_is_found(home, tmp_path):
    photo(tmp_path / "DCIM" / "a.jpg")
    (tmp_path / "d.csv").write_text("file,alt (en)\nDCIM\\a.jpg,A red square\n")
    report = import_media(home, [tmp_path])
    assert not report.rejected
    assert [x.alt.get("en") for x in _content(home).media] == ["A red square"]


def test_formula_texts_export_as_text_and_import_back_unchanged(demo_home, tmp_path):
    cells = [c for c in (*FORMULA_CELLS, *LOOKALIKE_CELLS) if not c[0].isspace()]
    archive = demo_home.open_draft()
    try:
        with archive.transaction():
            for i, event in enumerate(archive.content().events):
                place = {lang: cells[(4 * i + j) % len(cells)] for j, lang in enumerate(LANGS)}
                archive.put(dataclasses.replace(event, place=LocalText(place)))
    finally:
        archive.close()
    before = _content(demo_home)
    export_csv(demo_home, tmp_path / "sheets")
    text = (tmp_path / "sheets" / "events.csv").read_text(encoding="utf-8-sig")
    written = [c for row in csv.reader(io.StringIO(text, newline="")) for c in row]
    assert "'-5" in written and not [c for c in written if c.startswith(("=", "+", "-", "@"))]
    report = import_media(demo_home, [tmp_path / "sheets"])
    assert not report.rejected and not [c for plan in report.sheets for c in plan.changes]
    assert _content(demo_home) == before
    assert {text for e in before.events for text in e.place.values.values()} == set(cells)


@pytest.mark.timeout(20, method="signal")  # before the fix, reading the pipe never ended
def test_a_named_pipe_named_like_a_sheet_is_refused_without_waiting(tmp_path):
    fifo = hostile.make_fifo(tmp_path / "usb" / "texts.csv")
    sheet = read_sheet(fifo)
    assert sheet.table is None
    assert sheet.problem == f"{fifo}: a named pipe (FIFO), not a regular file; " + READ_ONLY_FILES


def _private_files(tmp_path) -> tuple[Path, Path]:
    """Photos outside the folder imported, and inside it a link that leads to one of them."""
    private = photo(tmp_path / "outside" / "private.jpg", colour=(9, 9, 9))
    secret = photo(tmp_path / "secret.jpg", colour=(8, 8, 8))
    (tmp_path / "usb" / "photos").mkdir(parents=True)
    (tmp_path / "usb" / "photos" / "link.jpg").symlink_to(secret)
    return private, secret


def test_a_timeline_sheet_may_not_import_files_outside_the_folder(home, tmp_path):
    private, _ = _private_files(tmp_path)
    rows = [
        "1990,1,19,,,,,,,Up and out,,../outside/private.jpg,,,,,,",
        f"1990,1,20,,,,,,,Absolute,,{private},,,,,,",
        "1990,1,21,,,,,,,By a link,,photos/link.jpg,,,,,,",
        "1990,1,22,,,,,,,Inside,,photos/steps.jpg,,,,,,",
    ]
    sheet = timeline_sheet(tmp_path / "usb", rows=rows)
    report = import_media(home, [sheet])  # the sheet alone: its folder is the one imported
    assert [p.name for p in report.imported] == ["steps.jpg"] and not report.rejected
    outside = [n for n in report.sheets[0].notices if "outside" in n]
    root = tmp_path / "usb"
    assert outside == [
        f"{sheet}: line 2: ../outside/private.jpg: outside {root}; not imported",
        f"{sheet}: line 3: {private}: outside {root}; not imported",
        f"{sheet}: line 4: photos/link.jpg: outside {root}; not imported",
    ]
    content = _content(home)
    assert len(content.media) == 1 and len(content.events) == 4  # the events, without media


def test_a_timeline_address_of_another_kind_is_neither_web_nor_file(home, tmp_path):
    rows = ["1990,1,19,,,,,,,A file address,,file:///etc/passwd,,,,,,"]
    sheet = timeline_sheet(tmp_path / "usb", rows=rows)
    report = import_media(home, [sheet])
    assert report.sheets[0].notices == [
        f"{sheet}: line 2: file:///etc/passwd: neither a web address nor a file in the folder; "
        "not imported"
    ]
    (event,) = _content(home).events
    assert event.web_media is None and not event.media  # nothing kept, so nothing "on the web"


def test_a_media_sheet_may_not_name_files_outside_the_folder(home, tmp_path):
    _private_files(tmp_path)
    sheet = descriptions_sheet(tmp_path / "usb", ["../outside/private.jpg", "photos/link.jpg"])
    report = import_media(home, [sheet])
    reasons = [reason for _, reason in report.rejected]
    root = tmp_path / "usb"
    assert reasons == [
        f"{sheet}: line 2: ../outside/private.jpg: outside {root}; not imported",
        f"{sheet}: line 3: photos/link.jpg: outside {root}; not imported",
    ]
    assert not report.imported and not _content(home).media


def test_a_sheet_larger_than_the_cap_is_refused_naming_its_size_and_the_cap(tmp_path):
    big = hostile.large_csv(tmp_path / "texts.csv", 25 << 20)
    sheet = read_sheet(big)
    assert sheet.table is None
    assert sheet.problem == f"{big}: too large for a spreadsheet (25 MB; the limit is 20 MB)"


def test_a_sheet_wrong_on_every_row_reports_ten_errors_and_how_many_more(home, tmp_path):
    rows = [f"year {n},,,,,,,,,Event {n},,,,,,,," for n in range(1000)]
    sheet = timeline_sheet(tmp_path / "usb", rows=rows)
    report = import_media(home, [sheet], dry_run=True)
    told = [reason for path, reason in report.rejected if path == sheet]
    assert len(told) == 11 and told[0] == f"{sheet}: line 2: 'year 0' is not a number"
    assert told[-1] == f"… and 990 more errors in {sheet}"
    assert report.rejected_files == 1
