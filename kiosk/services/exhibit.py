"""The published exhibition as a visitor sees it: plain rows of text in one language.

The visitor app reads everything through this module, so what it shows (fallbacks, consent,
sample marks, dates, attributions) is decided and tested here, with no Qt involved.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from kiosk.archive import Archive
from kiosk.content import model as m
from kiosk.content import rich_text
from kiosk.content.datefmt import format_range
from kiosk.content.languages import language_note
from kiosk.content.sections import empty_sections
from kiosk.content.text import FALLBACK_LANGUAGE, unbroken
from kiosk.services import rows as r
from kiosk.services.details import (
    EventDetail,
    ExhibitionText,
    FilterRow,
    PieceDetail,
    ProgrammeInfo,
    SourceRow,
)
from kiosk.services.facts import fact_groups
from kiosk.services.gallery import Gallery, GalleryFilter
from kiosk.services.home import KioskHome
from kiosk.services.timeline import TimelineLayout, lay_out, likely_tallest
from kiosk.services.zoom import Zoom

Fields = dict[str, Any]  # some of a row's fields, made by a helper
SUBTITLES = "subtitles-"  # a rendition kind per language: subtitles-en, subtitles-az, ...
HIGHLIGHTS = 8


@dataclass
class Exhibit:
    content: m.ExhibitionContent
    root: Path  # the kiosk home, which renditions are relative to

    # How to open the archive it was read from again (for the search's connection).
    reopen: Callable[[], Archive] | None = field(default=None, compare=False)

    @classmethod
    def load(cls, home: KioskHome, snapshot: str | None = None) -> Exhibit:
        """The published exhibition: the snapshot named `snapshot`, else the one the kiosk
        shows (KioskHome.shown_snapshot)."""
        path = (
            home.published_file()
            if snapshot is None
            else (home.snapshots_dir / snapshot / "content.db")
        )
        return cls._read(lambda: Archive.open_snapshot(path), home.root)

    @classmethod
    def load_draft(cls, home: KioskHome) -> Exhibit:
        """The draft as it stands, read-only: what the next publish would show."""
        return cls._read(home.read_draft, home.root)

    @classmethod
    def _read(cls, reopen: Callable[[], Archive], root: Path) -> Exhibit:
        archive = reopen()
        try:
            content = archive.content()
        finally:
            archive.close()
        return cls(content, root, reopen)

    def __post_init__(self) -> None:
        c = self.content
        self.media = {item.sha256: item for item in c.media}
        self.sources = {source.slug: source for source in c.sources}
        self.artists = {artist.slug: artist for artist in c.artists}
        self.events = sorted(c.events, key=_event_order)
        self._event_by_slug = {event.slug: event for event in self.events}
        self.timeline: TimelineLayout = lay_out(self.events, c.tracks, c.eras)
        self.zoom = Zoom(self.media, self.root)
        self.gallery = Gallery(c, self.events)
        self._covers: dict[str, str | None] | None = None  # section -> its tile's picture
        # The first event in the chronology to show each picture: the viewer's "About this".
        self.event_of: dict[str, m.Event] = {}
        for event in self.events:
            for sha in event.media:
                self.event_of.setdefault(sha, event)

    # -- the exhibition and its sections

    def exhibition(self, lang: str) -> ExhibitionText:
        e = self.content.exhibition
        if e is None:
            return r.empty(ExhibitionText)
        return ExhibitionText(
            title=e.title.shown(lang),
            subtitle=e.subtitle.shown(lang),
            venue=e.venue.shown(lang),
            intro=e.intro.shown(lang),
        )

    def sections(self, lang: str) -> list[r.SectionRow]:
        """The sections Home offers: those with something in them."""
        empty = empty_sections(self.content)
        ordered = sorted(self.content.sections, key=lambda s: s.position)
        return [self._section_row(s, lang) for s in ordered if s.slug not in empty]

    def section(self, slug: str, lang: str) -> r.SectionRow | None:
        found = next((s for s in self.content.sections if s.slug == slug), None)
        return self._section_row(found, lang) if found else None

    def highlights(self, lang: str) -> list[r.MediaRow]:
        """Pictures for the attract loop: the chronology's first, then the other sections'."""
        seen: list[str] = []
        for sha in self._cover_candidates():
            item = self.media.get(sha)
            if item and item.kind == "image" and sha not in seen:
                seen.append(sha)
        return [self.media_row(sha, lang) for sha in seen[:HIGHLIGHTS]]

    # -- media

    def media_items(
        self, section: str, lang: str, chosen: GalleryFilter | None = None
    ) -> list[r.MediaRow]:
        return [self.media_row(sha, lang) for sha in self.gallery.shas(section, chosen)]

    def media_filters(self, section: str, lang: str) -> list[FilterRow]:
        return self.gallery.filters(section, lang)

    def photo_sequence(
        self, sha: str, section: str, chosen: GalleryFilter | None = None
    ) -> list[str]:
        """What a swipe in the viewer steps through: what the grid shows, if `sha` is in it
        (opened from the grid), else `sha` alone (opened from an event)."""
        shas = self.gallery.shas(section, chosen)
        return shas if sha in shas else [sha]

    def event_sequence(self, sha: str, event: str) -> list[str]:
        """What a swipe in the viewer steps through when opened from an event: its pictures
        and films, if `sha` is one of them, else `sha` alone."""
        found = next((e for e in self.events if e.slug == event), None)
        shas = list(found.media) if found else []
        return shas if sha in shas else [sha]

    def media_item(self, sha: str, lang: str) -> r.MediaRow | None:
        """The viewer's page of one picture or film; None if the exhibition has no such item."""
        return self.media_row(sha, lang) if sha in self.media else None

    def media_row(self, sha: str, lang: str) -> r.MediaRow:
        """A picture's row; a blank image row if its record is gone (the grid keeps the tile
        of a link whose media is missing, with a placeholder)."""
        item = self.media.get(sha)
        if item is None:
            return replace(r.empty(r.MediaRow), slug=sha, kind="image")
        return r.MediaRow(
            slug=sha,
            kind=item.kind,
            thumb=self._image(sha, "thumb"),
            display=self._image(sha, "display"),
            caption=item.caption.shown(lang),
            alt=item.alt.shown(lang) or item.caption.shown(lang),
            credit=item.credit.shown(lang),
            rights=item.rights.shown(lang),
            sample=item.sample,
            video=self._file(item.path) if item.kind == "video" else "",
            duration=item.duration or 0.0,
            **self._display_size(item),
            **self._linked_event(sha, lang),
        )

    def subtitle_file(self, sha: str, lang: str) -> Path | None:
        """A video's stored cues in `lang`, else English, else any language it has; None if
        it has none."""
        item = self.media.get(sha)
        files = {
            r.kind.removeprefix(SUBTITLES): r.path
            for r in (item.renditions if item else ())
            if r.kind.startswith(SUBTITLES)
        }
        choice = next((c for c in (lang, FALLBACK_LANGUAGE) if c in files), next(iter(files), ""))
        return self.root / files[choice] if choice else None

    def _display_size(self, item: m.Media | None) -> Fields:
        """The display rendition's shape and the thumbnail's pixels: a grid shows the
        thumbnail where it is large enough for its tile, else the display rendition."""
        display = item.rendition("display") if item else None
        thumb = item.rendition("thumb") if item else None
        sizes = {
            "thumbWidth": thumb.width if thumb and thumb.width else 0,
            "thumbHeight": thumb.height if thumb and thumb.height else 0,
        }
        if display is None or not display.height:
            return {"aspect": 0.0, "displayWidth": 0, **sizes}
        return {"aspect": display.width / display.height, "displayWidth": display.width, **sizes}

    def _linked_event(self, sha: str, lang: str) -> Fields:
        """The first event in the chronology that shows this picture: one tap away in the viewer."""
        event = self.event_of.get(sha)
        if event is None:
            return {"event": "", "eventTitle": ""}
        return {"event": event.slug, "eventTitle": event.title.shown(lang)}

    # -- chronology

    def event_rows(self, lang: str) -> list[r.EventRow]:
        """Each event where the timeline puts it, with its track's name and the year and era
        that begin at it (a timeline that runs down the screen marks them between its rows)."""
        layout = self.timeline
        years = dict(layout.years)
        eras = {first: era.title.shown(lang) for era, first, _ in layout.eras}
        tracks = {t.slug: t.title.shown(lang) for t in layout.tracks}
        return [
            r.EventRow(
                slug=e.slug,
                title=e.title.shown(lang),
                date=self._event_date(e, lang),
                place=e.place.shown(lang),
                lane=layout.lanes.get(e.slug, 0),
                column=(column := layout.columns[e.slug]),
                thumb=self._image(e.media[0], "thumb") if e.media else "",
                thumbSample=self._is_sample(e.media[0] if e.media else None),
                track=tracks.get(e.track or "", ""),
                startsYear=column in years,
                year=years.get(column, ""),
                startsEra=eras.get(column, ""),
            )
            for e in self.events
        ]

    def tallest_event_rows(self, lang: str) -> list[r.EventRow]:
        """The events whose cards probably set each lane's height (`likely_tallest`)."""
        return likely_tallest(self.event_rows(lang))

    def track_rows(self, lang: str) -> list[r.TrackRow]:
        """A row per lane, so the timeline draws each: the lane of events on no track has
        no name."""
        rows = [
            r.TrackRow(slug=t.slug, title=t.title.shown(lang), lane=lane)
            for lane, t in enumerate(self.timeline.tracks)
        ]
        if self.timeline.trackless_lane is not None:
            rows.append(r.TrackRow(slug="", title="", lane=self.timeline.trackless_lane))
        return rows

    def era_rows(self, lang: str) -> list[r.EraRow]:
        return [
            r.EraRow(slug=era.slug, title=era.title.shown(lang), first=first, last=last)
            for era, first, last in self.timeline.eras
        ]

    def event_summary(self, slug: str, lang: str) -> tuple[str, str, str] | None:
        """An event's title, date and thumbnail: what a search result shows of it, found
        without laying out the whole chronology (which takes 0.7 s at 50,000 events)."""
        event = self._event_by_slug.get(slug)
        if event is None:
            return None
        thumb = self._image(event.media[0], "thumb") if event.media else ""
        return event.title.shown(lang), self._event_date(event, lang), thumb

    def event_detail(self, slug: str, lang: str) -> EventDetail | None:
        event = self._event_by_slug.get(slug)
        if event is None:
            return None
        track = next((t for t in self.timeline.tracks if t.slug == event.track), None)
        return EventDetail(
            slug=event.slug,
            title=event.title.shown(lang),
            date=self._event_date(event, lang),
            place=event.place.shown(lang),
            track=track.title.shown(lang) if track else "",
            paragraphs=rich_text.styled_paragraphs(event.body.shown(lang)),
            media=[self.media_row(sha, lang) for sha in event.media],
            facts=fact_groups(self._facts_of(event.slug), self.sources, lang),
            sources=[self.source_row(s, lang) for s in event.sources if s in self.sources],
        )

    def source_row(self, slug: str, lang: str) -> SourceRow:
        s = self.sources[slug]
        return SourceRow(
            slug=s.slug,
            title=s.title,
            publisher=s.publisher.shown(lang),
            published=s.published or "",
            url=s.url or "",
            note=s.note.shown(lang),
            inLanguage=language_note(s.language, lang),
        )

    # -- artworks and the programme

    def artwork_rows(self, lang: str) -> list[r.ArtworkRow]:
        works = sorted(self.content.artworks, key=lambda w: w.position)
        return [self._artwork_row(w, lang) for w in works]

    def artwork_sequence(self) -> list[str]:
        """The artworks' slugs in the grid's order: the detail steps through them."""
        return [w.slug for w in sorted(self.content.artworks, key=lambda w: w.position)]

    def programme(self, lang: str) -> ProgrammeInfo:
        programme = next(iter(self.content.programmes), None)
        if programme is None:
            return r.empty(ProgrammeInfo)
        return ProgrammeInfo(
            title=programme.title.shown(lang),
            performers=programme.performers.shown(lang),
            note=programme.note.shown(lang),
            sample=programme.sample,
        )

    def artwork(self, slug: str, lang: str) -> r.ArtworkRow | None:
        found = next((w for w in self.content.artworks if w.slug == slug), None)
        return self._artwork_row(found, lang) if found else None

    def programme_rows(self, lang: str) -> list[r.PieceRow]:
        return [self._programme_row(n, item, lang) for n, item in enumerate(self._pieces(), 1)]

    def piece(self, slug: str, lang: str) -> PieceDetail | None:
        """One piece, with its place in the programme and its neighbours' slugs and works (the
        piece's page steps to them)."""
        pieces = self._pieces()
        at = next((n for n, item in enumerate(pieces) if item.slug == slug), None)
        if at is None:
            return None
        before = pieces[at - 1] if at > 0 else None
        after = pieces[at + 1] if at + 1 < len(pieces) else None
        return PieceDetail(
            **vars(self._programme_row(at + 1, pieces[at], lang)),
            count=len(pieces),
            previous=before.slug if before else "",
            previousWork=before.work.shown(lang) if before else "",
            next=after.slug if after else "",
            nextWork=after.work.shown(lang) if after else "",
        )

    # -- helpers

    def _section_row(self, section: m.Section, lang: str) -> r.SectionRow:
        cover = self._section_cover(section)
        return r.SectionRow(
            slug=section.slug,
            kind=section.kind,
            title=section.title.shown(lang),
            intro=section.intro.shown(lang),
            image=self._image(cover, "display"),
            imageSample=self._is_sample(cover),
        )

    def _facts_of(self, event: str) -> list[m.Fact]:
        return [f for f in self.content.facts if f.event == event]

    def _is_sample(self, sha: str | None) -> bool:
        item = self.media.get(sha or "")
        return bool(item and item.sample)

    def _pieces(self) -> list[m.ProgrammeItem]:
        return sorted(self.content.programme_items, key=lambda i: (i.programme, i.position))

    def _artwork_row(self, work: m.Artwork, lang: str) -> r.ArtworkRow:
        artist = self.artists.get(work.artist)
        image = self.media.get(work.media or "")
        return r.ArtworkRow(
            slug=work.slug,
            title=work.title.shown(lang),
            artist=unbroken(artist.display_name(lang)) if artist else "",
            school=work.school.shown(lang),
            year=str(work.year or ""),
            medium=work.medium.shown(lang),
            description=work.description.shown(lang),
            thumb=self._image(work.media, "thumb"),
            display=self._image(work.media, "display"),
            **self._display_size(image),
            caption=image.caption.shown(lang) if image else work.title.shown(lang),
            sample=work.sample,
        )

    def _programme_row(self, number: int, item: m.ProgrammeItem, lang: str) -> r.PieceRow:
        audio = self.media.get(item.audio or "")
        return r.PieceRow(
            slug=item.slug,
            number=number,
            composer=item.composer.shown(lang),
            composerDates=item.composer_dates or "",
            work=item.work.shown(lang),
            performers=item.performers.shown(lang),
            instrument=item.instrument.shown(lang),
            duration=_minutes(item.duration),
            audio=self._file(audio.path) if audio else "",
            audioCaption=audio.caption.shown(lang) if audio else "",
            sample=item.sample,
        )

    def _event_date(self, event: m.Event, lang: str) -> str:
        if event.display_date.has(lang) or event.start is None:
            return event.display_date.shown(lang)
        return unbroken(format_range(event.start, event.end, lang))

    def _section_cover(self, section: m.Section) -> str | None:
        """A picture for the section's tile on Home: its own, and not another tile's where it
        has others (four tiles of the same carnations say nothing)."""
        if self._covers is None:
            self._covers, used = {}, set()
            for each in sorted(self.content.sections, key=lambda s: s.position):
                candidates = self._section_pictures(each)
                cover = next((sha for sha in candidates if sha not in used), None)
                self._covers[each.slug] = cover or next(iter(candidates), None)
                used.add(self._covers[each.slug])
        return self._covers.get(section.slug)

    def _section_pictures(self, section: m.Section) -> list[str]:
        if section.kind == "chronology":
            shas = [sha for e in self.events for sha in e.media]
        elif section.kind == "artworks":
            works = sorted(self.content.artworks, key=lambda w: w.position)
            shas = [w.media for w in works if w.media]
        else:  # photos, or any section with pictures linked to it (a concert's evening)
            shas = self.gallery.shas(section.slug)
        return [sha for sha in shas if (item := self.media.get(sha)) and item.kind == "image"]

    def _cover_candidates(self) -> list[str]:
        event_media = [sha for e in self.events for sha in e.media]
        section_media = [link.media for link in self.content.section_media]
        artwork_media = [w.media for w in self.content.artworks if w.media]
        return event_media + section_media + artwork_media

    def _image(self, sha: str | None, kind: str) -> str:
        item = self.media.get(sha or "")
        if item is None:
            return ""
        rendition = item.rendition(kind)
        return self._file(rendition.path) if rendition else ""

    def audio_description(self, kind: str, slug: str) -> str:
        """The file of the recording that describes the event, artwork or piece `slug` (`kind`
        as the screens name them: "event", "artwork", "piece"), or "" where there is none."""
        records = {
            "event": self.content.events,
            "artwork": self.content.artworks,
            "piece": self.content.programme_items,
        }.get(kind, [])
        record = next((r for r in records if r.slug == slug), None)
        item = self.media.get(record.audio_description or "") if record else None
        return self._file(item.path) if item is not None else ""

    def _file(self, relative: str) -> str:
        """An absolute path, or "" when the file is gone (the screen shows a placeholder)."""
        path = self.root / relative
        return str(path) if path.is_file() else ""


def _event_order(event: m.Event) -> tuple[int, str, int]:
    if event.start is None:
        return (1, "", event.position)  # undated events follow the dated ones
    return (0, event.start.sort_key(), event.position)


def _minutes(seconds: float | None) -> str:
    if not seconds:
        return ""
    whole = round(seconds)
    return f"{whole // 60}:{whole % 60:02d}"
