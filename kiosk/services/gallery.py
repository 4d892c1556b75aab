"""The photos-and-video grid: a section's media in order, narrowed by the chronology's tracks
and eras where the media is linked to events.

A filter is "track:<slug>" or "era:<slug>"; "" shows everything. An item belongs to a track or
era when any event of it shows the item.
"""

from __future__ import annotations

from collections import defaultdict

from kiosk.content import model as m
from kiosk.services.details import MediaFilter


class Gallery:
    def __init__(self, content: m.ExhibitionContent, events: list[m.Event]):
        self.tracks = sorted(content.tracks, key=lambda t: t.position)
        self.eras = sorted(content.eras, key=lambda e: (e.start.sort_key(), e.slug))
        self.groups: dict[str, set[str]] = defaultdict(set)  # sha -> filters it passes
        for event in events:
            for sha in event.media:
                if event.track:
                    self.groups[sha].add(f"track:{event.track}")
                if event.era:
                    self.groups[sha].add(f"era:{event.era}")
        self.sections: dict[str, list[str]] = defaultdict(list)
        for link in sorted(content.section_media, key=lambda link: link.position):
            self.sections[link.section].append(link.media)

    def shas(self, section: str, chosen: str = "") -> list[str]:
        """The section's media in order, only those that pass `chosen` if one is chosen."""
        every = self.sections.get(section, [])
        return (
            [sha for sha in every if chosen in self.groups.get(sha, ())] if chosen else list(every)
        )

    def filters(self, section: str, lang: str) -> list[MediaFilter]:
        """The tracks, then the eras, that at least one of the section's media belongs to, each
        with its group ("track" or "era": the grid labels the two apart, since a track and an
        era can have near names); none when nothing in the section is linked to an event."""
        present = set().union(*(self.groups.get(sha, set()) for sha in self.shas(section)))
        rows = [
            MediaFilter(f"track:{t.slug}", t.title.get(lang), "track")
            for t in self.tracks
            if f"track:{t.slug}" in present
        ]
        rows += [
            MediaFilter(f"era:{e.slug}", e.title.get(lang), "era")
            for e in self.eras
            if f"era:{e.slug}" in present
        ]
        return rows
