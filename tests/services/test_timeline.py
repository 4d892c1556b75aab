"""Where each event sits on the visitor's timeline: its column and its track's lane."""

from kiosk.content import model as m
from kiosk.content.dates import PartialDate
from kiosk.content.text import LocalText
from kiosk.services.timeline import lay_out, likely_tallest

TRACKS = [
    m.Track("vilnius", "c", LocalText.of("Vilnius 1991"), position=1),
    m.Track("baku", "c", LocalText.of("Baku 1990"), position=0),
]


def _event(slug: str, year: int, track: str | None) -> m.Event:
    return m.Event(slug, "c", LocalText.of(slug), track=track, start=PartialDate(year))


def test_each_track_is_a_lane_in_its_order_and_years_mark_their_first_column():
    events = [_event("night", 1990, "baku"), _event("tower", 1991, "vilnius")]
    layout = lay_out(events, TRACKS, [])
    assert [t.slug for t in layout.tracks] == ["baku", "vilnius"]
    assert layout.lanes == {"night": 0, "tower": 1}
    assert layout.years == [(0, "1990"), (1, "1991")]
    assert layout.trackless_lane is None


def test_events_on_no_track_share_a_lane_after_the_tracks_not_the_first():
    events = [_event("night", 1990, "baku"), _event("letter", 1990, None)]
    events.append(_event("gone", 1992, "a-track-deleted"))
    layout = lay_out(events, TRACKS, [])
    assert layout.lanes == {"night": 0, "letter": 2, "gone": 2}
    assert layout.trackless_lane == 2


def test_with_no_tracks_every_event_is_in_the_one_lane():
    layout = lay_out([_event("night", 1990, None)], [], [])
    assert (layout.lanes, layout.trackless_lane) == ({"night": 0}, 0)


def test_the_likely_tallest_are_each_lanes_longest_texts_in_their_order():
    from kiosk.services.rows import EventRow

    def row(slug: str, lane: int, title: str = "t", place: str = "p", date: str = "d"):
        return EventRow(slug, title, date, place, lane, 0, "", False, "", False, "", "")

    rows = [row(f"short-{n}", 0) for n in range(10)]
    rows += [row("long-title", 0, title="t" * 80), row("long-place", 0, place="p" * 50)]
    rows += [row("long-date", 0, date="d" * 40), row("other-lane", 1)]
    rows.insert(3, row("second-title", 0, title="t" * 60))
    chosen = [r.slug for r in likely_tallest(rows, each=1)]
    assert chosen == ["long-title", "long-place", "long-date", "other-lane"]
    chosen = [r.slug for r in likely_tallest(rows, each=2)]
    assert {"second-title", "long-title", "other-lane"} <= set(chosen)
    assert chosen == [r.slug for r in rows if r.slug in chosen]  # in the timeline's order
    assert len(likely_tallest(rows[:2], each=2)) == 2  # a short lane: all of it, measured
