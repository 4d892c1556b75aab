"""The workbook as the exhibition's editor: add, change, reorder and delete through sheets."""

from __future__ import annotations

from pathlib import Path

from kiosk.content import workbook
from kiosk.services.check import check
from kiosk.services.export import export_xlsx
from kiosk.services.ingest import import_media
from kiosk.services.publish import publish
from tests.media_files import edit_workbook, photo, tone

EN = "title (en)"


def _book(path: Path, sheets: dict[str, list[list[str]]]) -> Path:
    """A workbook of `sheets`, each a header and its rows."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(workbook.write({n: (rows[0], rows[1:]) for n, rows in sheets.items()}))
    return path


def _texts(name: str, en: str, az: str = "") -> dict[str, str]:
    return {f"{name} (en)": en, f"{name} (az)": az}


def _described(what: str) -> list[str]:
    return [what, f"What {what} shows", "Photo: the museum", "© the museum"]


def _new_exhibition(folder: Path) -> Path:
    """A folder as a curator brings it: photos, an excerpt, and a workbook describing them."""
    photo(folder / "photos" / "square.jpg")
    photo(folder / "photos" / "crowd.jpg", colour=(10, 60, 90))
    photo(folder / "art" / "drawing.jpg", colour=(200, 180, 20))
    tone(folder / "sound" / "excerpt.wav")
    media_head = ["media id", "file", "sections", "caption (en)", "alt (en)", "credit (en)"]
    media_head += ["rights (en)"]
    return _book(
        folder / "exhibition.xlsx",
        {
            "exhibition": [["exhibition id", EN, "title (az)"], ["", "Our city", "Bizim şəhər"]],
            "sections": [
                ["section id", "kind", EN],
                ["chronology", "chronology", "Chronology"],
                ["photos", "media", "Photos"],
                ["art", "artworks", "Drawings"],
                ["concert", "programme", "Concert"],
            ],
            "events": [
                ["event id", "start", "media", EN, "place (en)"],
                ["", "1990-01-20", "photos/square.jpg", "The square", "Baku"],
                ["", "1991-01-13", "", "The tower", "Vilnius"],
            ],
            "media": [
                media_head,
                ["", "photos/crowd.jpg", "photos", *_described("Crowd")],
                ["", "photos/square.jpg", "photos", *_described("Square")],
                ["", "art/drawing.jpg", "", *_described("Drawing")],
                ["", "sound/excerpt.wav", "", "Excerpt", "", "Recording: the museum", "© museum"],
            ],
            "artists": [["artist id", "minor", "full name (en)"], ["ana", "", "Ana Example"]],
            "artworks": [
                ["artwork id", "artist", "year", "image", EN],
                ["", "ana", "2025", "art/drawing.jpg", "Morning"],
            ],
            "programme": [
                ["programme id", "part", "audio", "duration", EN, "composer (en)", "work (en)"],
                ["evening", "programme", "", "", "An evening", "", ""],
                ["", "piece", "sound/excerpt.wav", "4:10", "", "Composer", "Song"],
            ],
        },
    )


def test_a_workbook_makes_an_exhibition_from_nothing_with_its_files(home, tmp_path):
    report = import_media(home, [_new_exhibition(tmp_path / "usb")])
    assert not report.rejected and len(report.imported) == 4
    c = home.draft_content()
    assert c.exhibition.title.values == {"en": "Our city", "az": "Bizim şəhər"}
    assert [(s.slug, s.kind, s.position) for s in c.sections] == [
        ("chronology", "chronology", 0),
        ("photos", "media", 1),
        ("art", "artworks", 2),
        ("concert", "programme", 3),
    ]
    by_name = {x.original_name: x.sha256 for x in c.media}
    events = {e.title.get("en"): e for e in c.events}
    assert events["The square"].media == (by_name["square.jpg"],)
    assert events["The square"].section == "chronology"  # the only chronology
    photos = sorted((s for s in c.section_media if s.section == "photos"), key=lambda s: s.position)
    assert [s.media for s in photos] == [by_name["crowd.jpg"], by_name["square.jpg"]]
    (work,) = c.artworks
    assert (work.artist, work.year, work.media, work.section) == (
        "ana",
        2025,
        by_name["drawing.jpg"],
        "art",
    )
    (piece,) = c.programme_items
    assert (piece.programme, piece.audio, piece.duration) == (
        "evening",
        by_name["excerpt.wav"],
        250.0,
    )
    assert not check(home).errors
    assert publish(home).counts["events"] == 2


def test_a_file_that_no_row_places_is_said_to_be_shown_nowhere(home, tmp_path):
    book = _new_exhibition(tmp_path / "usb")
    import_media(home, [book])
    tone(tmp_path / "more" / "unplaced.wav", seconds=2.0)
    report = import_media(home, [tmp_path / "more"])
    (note,) = report.notes
    assert note.startswith("1 file(s) shown nowhere yet") and "unplaced.wav" in note
    photo(tmp_path / "more2" / "new.jpg", colour=(0, 0, 0))
    (joined,) = import_media(home, [tmp_path / "more2"]).notes
    assert joined == "1 new picture(s) and film(s) joined section 'photos'"


def test_editing_a_headline_keeps_the_event_and_its_links(demo_home, tmp_path):
    book = export_xlsx(demo_home, tmp_path / "exhibition.xlsx")
    before = demo_home.draft_content()
    event = before.events[0]

    def retitle(rows):
        next(r for r in rows if r["event id"] == event.slug)[EN] = "A corrected headline"

    edit_workbook(book, "events", retitle)
    report = import_media(demo_home, [book])
    assert not report.rejected
    after = demo_home.draft_content()
    assert len(after.events) == len(before.events)
    changed = next(e for e in after.events if e.slug == event.slug)
    assert changed.title.get("en") == "A corrected headline"
    assert (changed.media, changed.sources) == (event.media, event.sources)
    assert changed.title.get("az") == event.title.get("az")
    assert after.facts == before.facts


def test_the_order_of_the_rows_is_the_order_on_screen(demo_home, tmp_path):
    book = export_xlsx(demo_home, tmp_path / "exhibition.xlsx")
    edit_workbook(book, "artworks", lambda rows: rows.reverse())
    edit_workbook(book, "sections", lambda rows: rows.insert(0, rows.pop()))
    preview = import_media(demo_home, [book], dry_run=True)
    changes = [c for plan in preview.sheets for c in plan.changes]
    assert any(c.startswith("new order:") for c in changes)
    before = demo_home.draft_content()
    import_media(demo_home, [book])
    after = demo_home.draft_content()
    order = [w.slug for w in sorted(after.artworks, key=lambda w: w.position)]
    assert order == [w.slug for w in sorted(before.artworks, key=lambda w: -w.position)]
    first = min(after.sections, key=lambda s: s.position)
    assert first.slug == max(before.sections, key=lambda s: s.position).slug


def test_a_new_order_of_photos_in_the_media_sheet_is_their_order_in_the_grid(demo_home, tmp_path):
    book = export_xlsx(demo_home, tmp_path / "exhibition.xlsx")
    edit_workbook(book, "media", lambda rows: rows.insert(0, rows.pop(2)))
    preview = import_media(demo_home, [book], dry_run=True)
    assert "section photos: its files take a new order" in preview.sheets[7].changes
    import_media(demo_home, [book])
    rows = workbook.read(export_xlsx(demo_home, tmp_path / "again.xlsx").read_bytes())
    edited = workbook.read(book.read_bytes())
    assert [r["media id"] for r in rows["media"].rows][:3] == [
        r["media id"] for r in edited["media"].rows
    ][:3]


def test_a_removed_row_is_kept_and_listed_without_delete_and_deleted_with_it(demo_home, tmp_path):
    book = export_xlsx(demo_home, tmp_path / "exhibition.xlsx")
    work = demo_home.draft_content().artworks[0]
    edit_workbook(book, "artworks", lambda rows: rows.pop(0))
    kept = import_media(demo_home, [book])
    notices = [n for plan in kept.sheets for n in plan.notices]
    assert any(f"artwork {work.slug} has no row; kept" in n for n in notices)
    assert work.slug in {w.slug for w in demo_home.draft_content().artworks}
    preview = import_media(demo_home, [book], dry_run=True, delete=True)
    assert f"delete artwork {work.slug}" in [c for p in preview.sheets for c in p.changes]
    import_media(demo_home, [book], delete=True)
    assert work.slug not in {w.slug for w in demo_home.draft_content().artworks}


def test_deleting_what_others_still_name_changes_nothing_and_says_what(demo_home, tmp_path):
    book = export_xlsx(demo_home, tmp_path / "exhibition.xlsx")
    before = demo_home.draft_content()
    edit_workbook(book, "sections", lambda rows: rows.pop(0))  # the chronology, its events kept
    edit_workbook(book, "exhibition", lambda rows: rows[0].update({EN: "Renamed"}))
    report = import_media(demo_home, [book], delete=True)
    reasons = [r for _, r in report.rejected]
    assert any(
        r.startswith(f"{book}, sheet sections: event ")
        and r.endswith("names section 'chronology', which is not there")
        for r in reasons
    )
    assert f"{book}: nothing in it was imported (1 of its 11 sheets have errors)" in reasons
    assert demo_home.draft_content() == before


def test_deleting_an_event_deletes_its_figures_and_a_photo_it_alone_showed(demo_home, tmp_path):
    book = export_xlsx(demo_home, tmp_path / "exhibition.xlsx")
    before = demo_home.draft_content()
    event = next(e for e in before.events if any(f.event == e.slug for f in before.facts))
    edit_workbook(
        book,
        "events",
        lambda rows: rows.remove(next(r for r in rows if r["event id"] == event.slug)),
    )
    edit_workbook(
        book,
        "facts",
        lambda rows: rows.__setitem__(
            slice(None), [r for r in rows if r["fact of event"] != event.slug]
        ),
    )
    report = import_media(demo_home, [book], delete=True)
    assert not report.rejected, report.rejected
    after = demo_home.draft_content()
    assert event.slug not in {e.slug for e in after.events}
    assert not [f for f in after.facts if f.event == event.slug]


def test_a_bad_cell_names_the_sheet_its_line_and_column(demo_home, tmp_path):
    book = export_xlsx(demo_home, tmp_path / "exhibition.xlsx")
    where = f"{tmp_path / 'exhibition.xlsx'}, sheet artworks"
    edit_workbook(book, "artworks", lambda rows: rows[1].update({"year": "nineteen"}))
    reasons = [r for _, r in import_media(demo_home, [book]).rejected]
    assert f"{where}: line 3: year: 'nineteen' is not a whole number" in reasons
    edit_workbook(book, "artworks", lambda rows: rows[1].update({"year": "2024"}))
    artist = demo_home.draft_content().artists[0].slug
    new = {EN: "New work", "section": "nowhere", "artist": artist}
    edit_workbook(book, "artworks", lambda rows: rows.append(new))
    reasons = [r for _, r in import_media(demo_home, [book]).rejected]
    assert f"{where}: artwork new-work names section 'nowhere', which is not there" in reasons


def test_new_rows_of_every_kind_get_ids_from_their_titles(demo_home, tmp_path):
    book = export_xlsx(demo_home, tmp_path / "exhibition.xlsx")
    artist = demo_home.draft_content().artists[0].slug
    edit_workbook(
        book, "artworks", lambda rows: rows.append({EN: "Winter Light", "artist": artist})
    )
    edit_workbook(book, "events", lambda rows: rows.append({EN: "A new day", "start": "1992"}))
    edit_workbook(book, "sources", lambda rows: rows.append({"title": "A museum's own notes"}))
    report = import_media(demo_home, [book])
    assert not report.rejected, report.rejected
    c = demo_home.draft_content()
    assert "winter-light" in {w.slug for w in c.artworks}
    assert next(e for e in c.events if e.slug == "a-new-day").section == "chronology"
    assert "a-museum-s-own-notes" in {s.slug for s in c.sources}
    again = import_media(demo_home, [export_xlsx(demo_home, tmp_path / "again.xlsx")])
    assert not [ch for plan in again.sheets for ch in plan.changes]


def test_a_workbook_imported_twice_keeps_what_its_empty_cells_left_to_the_kiosk(
    demo_home, tmp_path
):
    """A new row's empty section is filled in by the kiosk; importing the same workbook again
    keeps it rather than emptying a field the record cannot be without."""
    book = export_xlsx(demo_home, tmp_path / "exhibition.xlsx")
    new = {"event id": "a-new-day", EN: "A new day", "start": "1992"}
    edit_workbook(book, "events", lambda rows: rows.append(new))
    assert not import_media(demo_home, [book]).rejected
    again = import_media(demo_home, [book])
    assert not again.rejected, again.rejected
    assert not [ch for plan in again.sheets for ch in plan.changes]
    assert next(e for e in demo_home.draft_content().events if e.slug == "a-new-day").section


def test_a_recorded_description_is_named_in_the_workbook_and_found_for_read_aloud(
    demo_home, tmp_path
):
    from kiosk.services.exhibit import Exhibit

    book = export_xlsx(demo_home, tmp_path / "exhibition.xlsx")
    tone(tmp_path / "night-described.wav", seconds=2.0)
    event = demo_home.draft_content().events[0]
    work = demo_home.draft_content().artworks[0]

    def describe(key: str, slug: str):
        def change(rows):
            next(r for r in rows if r[key] == slug)["audio description"] = "night-described.wav"

        return change

    edit_workbook(book, "events", describe("event id", event.slug))
    edit_workbook(book, "artworks", describe("artwork id", work.slug))
    report = import_media(demo_home, [book, tmp_path / "night-described.wav"])
    assert not report.rejected, report.rejected
    after = demo_home.draft_content()
    described = next(e for e in after.events if e.slug == event.slug).audio_description
    assert (
        described
        and described == next(a for a in after.artworks if a.slug == work.slug).audio_description
    )
    # The references hold (the new recording itself still wants its credit and rights).
    refs = {f"event:{event.slug}", f"artwork:{work.slug}"}
    assert [f for f in check(demo_home).findings if f.ref in refs] == []
    publish(demo_home, force=True)
    found = Exhibit.load(demo_home).audio_description("event", event.slug)
    assert found.endswith(".wav") and Path(found).is_file()
    assert Exhibit.load(demo_home).audio_description("piece", "no-such-piece") == ""
