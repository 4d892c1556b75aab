"""Where each event sits on the visitor's timeline.

Events take one column each, in time order, rather than a position on a linear time scale:
the demo's two nights lie a year apart and its remembrance thirty years later, and a linear
scale would crowd the nights into one corner. Year markers stand at the first event of each
year; each track is a lane, and events on no track share one lane after them (in the first,
they would seem to belong to its track); an era spans the columns of its events.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol, TypeVar

from kiosk.content import model as m


class EventTexts(Protocol):
    """What an event's card shows, and its lane."""

    @property
    def title(self) -> str: ...
    @property
    def place(self) -> str: ...
    @property
    def date(self) -> str: ...
    @property
    def lane(self) -> int: ...


Row = TypeVar("Row", bound=EventTexts)


@dataclass
class TimelineLayout:
    columns: dict[str, int] = field(default_factory=dict)  # event slug -> column
    lanes: dict[str, int] = field(default_factory=dict)  # event slug -> lane
    tracks: list[m.Track] = field(default_factory=list)  # lane order
    trackless_lane: int | None = None  # the lane after the tracks', where an event is on none
    years: list[tuple[int, str]] = field(default_factory=list)  # (column, "1990"); "" undated
    eras: list[tuple[m.Era, int, int]] = field(default_factory=list)  # (era, first, last)


def lay_out(
    events: Sequence[m.Event], tracks: Sequence[m.Track], eras: Sequence[m.Era]
) -> TimelineLayout:
    """`events` must already be in time order, undated ones last."""
    layout = TimelineLayout(tracks=sorted(tracks, key=lambda t: t.position))
    lane_of = {track.slug: lane for lane, track in enumerate(layout.tracks)}
    previous: str | None = None
    for column, event in enumerate(events):
        layout.columns[event.slug] = column
        lane = lane_of.get(event.track or "")
        if lane is None:  # no track, or one that is not there
            lane = layout.trackless_lane = len(layout.tracks)
        layout.lanes[event.slug] = lane
        year = str(event.start.year) if event.start else ""
        if year != previous:
            layout.years.append((column, year))
            previous = year
    for era in sorted(eras, key=lambda e: e.start.sort_key()):
        columns = [layout.columns[e.slug] for e in events if e.era == era.slug]
        if columns:
            layout.eras.append((era, min(columns), max(columns)))
    return layout


def likely_tallest(rows: Sequence[Row], each: int = 2) -> list[Row]:
    """The events of each lane whose cards probably need the most height: the `each` with
    the longest title, place, date, and all three together. A landscape timeline makes a card
    only for the events in sight, so it sizes its lanes by measuring these; the rest, being
    shorter, fit. In the order given."""
    lanes: dict[int, list[Row]] = {}
    for row in rows:
        lanes.setdefault(row.lane, []).append(row)
    lengths = (
        lambda r: len(r.title),
        lambda r: len(r.place),
        lambda r: len(r.date),
        lambda r: len(r.title) + len(r.place) + len(r.date),
    )
    chosen = {
        id(row)
        for lane in lanes.values()
        for length in lengths
        for row in heapq.nlargest(each, lane, key=length)
    }
    return [row for row in rows if id(row) in chosen]
