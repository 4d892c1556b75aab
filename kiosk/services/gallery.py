"""The photos-and-video grid: a section's media in order, narrowed by the chronology's tracks
and eras where the media is linked to events.

A filter is a GalleryFilter: a group (track or era) and the track's or era's slug; None shows
everything. An item belongs to a track or era when any event of it shows the item.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from enum import IntEnum

from kiosk.content import model as m
from kiosk.services.details import FilterRow


class FilterGroup(IntEnum):
    """What a filter narrows the grid to. QML reads it as MediaFilter.Track (kiosk.ui.
    media_filter mirrors it) to label the two groups apart and to choose a filter."""

    ALL = 0  # no filter: the screen's "All"
    TRACK = 1
    ERA = 2


@dataclass(frozen=True)
class GalleryFilter:
    group: FilterGroup  # TRACK or ERA
    slug: str

    @property
    def key(self) -> str:
        """A name for this filter, one per filter, made only here: "track:baku-1990" (what
        the screen names its button by, and compares to the one chosen)."""
        return f"{self.group.name.lower()}:{self.slug}"


class Gallery:
    def __init__(self, content: m.ExhibitionContent, events: list[m.Event]):
        self.tracks = sorted(content.tracks, key=lambda t: t.position)
        self.eras = sorted(content.eras, key=lambda e: (e.start.sort_key(), e.slug))
        self.groups: dict[str, set[GalleryFilter]] = defaultdict(set)  # sha -> filters it passes
        for event in events:
            for sha in event.media:
                if event.track:
                    self.groups[sha].add(GalleryFilter(FilterGroup.TRACK, event.track))
                if event.era:
                    self.groups[sha].add(GalleryFilter(FilterGroup.ERA, event.era))
        self._present_in: dict[str, set[GalleryFilter]] = {}
        self.sections: dict[str, list[str]] = defaultdict(list)
        for link in sorted(content.section_media, key=lambda link: link.position):
            self.sections[link.section].append(link.media)

    def shas(self, section: str, chosen: GalleryFilter | None = None) -> list[str]:
        """The section's media in order, only those that pass `chosen` if one is chosen."""
        every = self.sections.get(section, [])
        if chosen is None:
            return list(every)
        return [sha for sha in every if chosen in self.groups.get(sha, ())]

    def _present(self, section: str) -> set[GalleryFilter]:
        """The filters some media of `section` pass, worked out at its first opening (a
        section of 10,000 pictures: 15 ms of every opening, a third of a tap's budget)."""
        if section not in self._present_in:
            shas = self.sections.get(section, [])
            self._present_in[section] = set().union(*(self.groups.get(s, ()) for s in shas))
        return self._present_in[section]

    def filters(self, section: str, lang: str) -> list[FilterRow]:
        """The tracks, then the eras, that at least one of the section's media belongs to,
        each with its group (the grid labels the two apart, since a track and an era can have
        near names); none when nothing in the section is linked to an event."""
        present = self._present(section)
        named = [(FilterGroup.TRACK, t.slug, t.title) for t in self.tracks]
        named += [(FilterGroup.ERA, e.slug, e.title) for e in self.eras]
        return [
            FilterRow(f.key, group.value, slug, title.get(lang))
            for group, slug, title in named
            if (f := GalleryFilter(group, slug)) in present
        ]
