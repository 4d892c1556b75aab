"""A TimelineJS spreadsheet read as chronology content (our own sheet, tests/media_files.py)."""

from kiosk.content.dates import PartialDate
from kiosk.content.spreadsheet import read
from kiosk.content.timelinejs import read_timeline
from tests.media_files import TIMELINE_HEADER, TIMELINE_ROWS


def _sheet(rows=TIMELINE_ROWS, lang="en"):
    text = "\n".join([TIMELINE_HEADER, *rows]) + "\n"
    return read_timeline(read(text.encode()), "nights", lang)


def test_the_title_slide_gives_a_title_and_an_introduction_without_its_script():
    sheet = _sheet()
    assert sheet.title == "Two cities"
    assert sheet.intro == "Two nights, one memory."
    assert sheet.problems == []


def test_events_keep_their_dates_as_precise_as_the_sheet_gives_them():
    events = {e.title.get("en"): e for e in _sheet().events}
    night = events["Troops enter Baku"]
    assert night.start == PartialDate(1990, 1, 19, "23:30")
    assert night.end == PartialDate(1990, 1, 20, "06:00")
    assert night.display_date.get("en") == "Night of 19–20 January"
    old = events["A year before 1000"]
    assert (old.start, old.start.iso(), old.start.precision) == (PartialDate(988), "0988", "year")
    assert old.slug == "988-a-year-before-1000"


def test_eras_are_spans_and_each_event_falls_in_the_era_that_holds_it():
    sheet = _sheet()
    assert [(e.slug, e.start.year, e.end.year) for e in sheet.eras] == [
        ("900-early-centuries", 900, 1100),
        ("1985-the-late-1980s-and-early-1990s", 1985, 1995),
    ]
    eras = {e.title.get("en"): e.era for e in sheet.events}
    assert eras["A year before 1000"] == "900-early-centuries"
    assert eras["The tower"] == "1985-the-late-1980s-and-early-1990s"


def test_groups_become_tracks_in_the_order_they_first_appear():
    sheet = _sheet()
    assert [(t.slug, t.title.get("en")) for t in sheet.tracks] == [
        ("nights-baku", "Baku"),
        ("nights-vilnius", "Vilnius"),
    ]
    tracks = {e.title.get("en"): e.track for e in sheet.events}
    assert tracks["The tower"] == "nights-vilnius" and tracks["A year before 1000"] is None


def test_html_is_reduced_to_paragraphs_emphasis_and_lists():
    bodies = {e.title.get("en"): e.body.get("en") for e in _sheet().events}
    assert bodies["A year before 1000"] == "Old news."  # no onclick, no style, link as text
    assert bodies["Troops enter Baku"] == "• first\n• second"
    assert bodies["A quotation"] == "Words\n\nSomeone"  # a quotation in the Media column


def test_media_is_a_file_beside_the_sheet_or_a_web_address():
    refs = {r.event: r for r in _sheet().media}
    local = refs["1990-troops-enter-baku"]
    assert (local.target, local.remote, local.caption, local.credit) == (
        "photos/steps.jpg",
        False,
        "Steps, Baku",
        "Photo: A. M.",
    )
    assert refs["1991-the-tower"].remote


def test_web_media_caption_and_credit_stay_with_the_event_and_a_files_go_to_the_file():
    events = {e.slug: e for e in _sheet(lang="lt").events}
    tower = events["1991-the-tower"]
    assert (tower.web_media_caption.values, tower.web_media_credit.values) == (
        {"lt": "A film"},
        {"lt": "Someone"},
    )
    night = events["1990-troops-enter-baku"]
    assert not night.web_media_caption and not night.web_media_credit


def test_texts_are_in_the_language_asked_for():
    (event, *_) = _sheet(lang="az").events
    assert event.title.values == {"az": "A year before 1000"}


def test_bad_rows_are_reported_by_line_with_their_reason():
    sheet = _sheet(
        [
            ",,,,,,,,,No year at all,,,,,,,,",
            "1990,13,,,,,,,,Thirteenth month,,,,,,,,",
            "1990,,5,,,,,,,Day without month,,,,,,,,",
            "1991,,,,1990,,,,,Backwards,,,,,,,,",
            "1990,1,1,25:00,,,,,,Bad time,,,,,,,,",
            "nineteen,,,,,,,,,Words,,,,,,,,",
            "1990,,,,,,,,,An era with no end,,,,,,era,,",
        ]
    )
    assert sheet.problems == [
        "line 2: no Year",
        "line 3: not a date: '1990-13' (month 13)",
        "line 4: Year 1990 has a day but no month",
        "line 5: ends (1990) before it starts (1991)",
        "line 6: '25:00' is not a time of day",
        "line 7: 'nineteen' is not a number",
        "line 8: no End Year",
    ]
    assert sheet.events == []


def test_a_year_before_the_common_era_is_a_negative_year():
    (event,) = _sheet(["-44,3,15,,,,,,,The Ides of March,,,,,,,,"]).events
    assert event.start == PartialDate(-44, 3, 15) and event.slug == "-44-the-ides-of-march"
