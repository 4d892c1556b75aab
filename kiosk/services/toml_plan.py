"""An exhibition folder's TOML turned into the records it writes, each checked, each compared
with the draft: what is new or different is proposed, in words staff can check (a dry run
shows them), and what is the same is left alone, so importing the folder again changes nothing.
Every reference (a section, a track, a source, an artist, a media slug) must name something the
folder or the draft holds.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from kiosk.content import model as m
from kiosk.content.errors import KioskError
from kiosk.services import demo_source as src
from kiosk.services.sheet_changes import SheetPlan
from kiosk.services.sheet_ops import EventFacts
from kiosk.services.toml_entries import Checker, Where, defaults
from kiosk.services.toml_media import TEXTS, Medium

if TYPE_CHECKING:
    from kiosk.services.toml_folder import FolderSource

# Each file's top-level keys: any other is a mistake worth saying (`[[event]]` for `[[events]]`).
TOP_KEYS = {
    "exhibition": {"exhibition", "sections", "sources"},
    "chronology": {"section", "tracks", "eras", "events"},
    "media": {"defaults", "images", "videos"},
    "artworks": {"section", "defaults", "artists", "artworks"},
    "programme": {"programme", "defaults", "items"},
}


def plan_records(
    plan: SheetPlan,
    checker: Checker,
    content: m.ExhibitionContent,
    source: FolderSource,
    imported: frozenset[str] | None,
) -> None:
    _Planner(plan, checker, content, source, imported).run()


class _Planner:
    def __init__(self, plan, checker, content, source, imported):
        self.plan, self.check, self.content, self.imported = plan, checker, content, imported
        self.folder, self.documents = source.folder, source.documents
        self.media: dict[str, Medium] = {medium.slug: medium for medium in source.media}
        self.stored = {media.sha256: media for media in content.media}
        self.known: dict[str, dict[str, Any]] = {
            "section": {s.slug: s for s in content.sections},
            "track": {t.slug: t for t in content.tracks},
            "era": {e.slug: e for e in content.eras},
            "source": {s.slug: s for s in content.sources},
            "artist": {a.slug: a for a in content.artists},
        }
        self.old = {kind: dict(known) for kind, known in self.known.items()}

    def run(self) -> None:
        for name, doc in self.documents.items():
            unknown = sorted(set(doc) - TOP_KEYS[name])
            if unknown:
                self.check.problem(self._where(name), f"unknown table or key {unknown[0]!r}")
        self._exhibition(self.documents.get("exhibition", {}))
        self._media(self.documents.get("media", {}))
        self._chronology(self.documents.get("chronology", {}))
        self._artworks(self.documents.get("artworks", {}))
        self._programme(self.documents.get("programme", {}))

    # The exhibition, its sections and sources

    def _exhibition(self, doc: dict) -> None:
        where = self._where("exhibition")
        if "exhibition" not in doc:
            if not self.check.problems:  # an unreadable file has said so already
                self.check.problem(where, "has no [exhibition] table")
            return
        for number, raw in enumerate(self.check.tables(doc, "sections", where), 1):
            self._put("section", raw, where.of("section", number, raw), position=number - 1)
        for number, raw in enumerate(self.check.tables(doc, "sources", where), 1):
            self._put("source", raw, where.of("source", number, raw))
        table = Where(where.path, "[exhibition]")
        exhibition = self.check.record(m.Exhibition, doc["exhibition"], table)
        if exhibition is None:
            return
        self._refer(table, "source", exhibition.sources)
        old = self.content.exhibition
        if old is not None and old.slug != exhibition.slug:
            self.check.problem(
                table,
                f"the draft holds the exhibition {old.slug!r}, not {exhibition.slug!r} "
                "(a kiosk home shows one exhibition)",
            )
        self.plan.propose(old, exhibition, f"exhibition {exhibition.slug}")

    def _put(self, kind: str, raw: dict, where: Where, **extra: Any) -> Any:
        """Check the entry, note its slug as known, propose it."""
        cls = _CLASSES[kind]
        record = self.check.record(cls, raw, where, **extra)
        if record is None:
            return None
        if record.slug in self.known[kind] and record.slug not in self.old[kind]:
            self.check.problem(where, f"{kind} {record.slug!r} is given twice")
        self.known[kind][record.slug] = record
        if kind == "section" and record.kind not in m.SECTION_KINDS:
            self.check.problem(where, f"kind must be one of {', '.join(m.SECTION_KINDS)}")
        self.plan.propose(self.old[kind].get(record.slug), record, f"{kind} {record.slug}")
        return record

    # Media: the texts the TOML gives them, and the sections that show them

    def _media(self, doc: dict) -> None:
        for medium in self.media.values():
            self._media_text(medium)
        listed = [m for m in self.media.values() if m.where.path.name == "media.toml"]
        links = {(link.section, link.media): link for link in self.content.section_media}
        for position, medium in enumerate(listed):
            for section in medium.sections:
                if self._refer(medium.where, "section", [section]) and medium.sha:
                    link = m.SectionMedia(section, medium.sha, position)
                    old = links.get((section, medium.sha))
                    self.plan.propose(old, link, f"media {medium.slug} in section {section}")

    def _media_text(self, medium: Medium) -> None:
        if not medium.sha:
            return
        stored = self.stored.get(medium.sha)
        if stored is None and self.imported is not None:
            self.check.problem(medium.where, f"{medium.file}: not imported (the reason is above)")
            return
        if stored is None:  # imported once the plan is sound (a dry run only says so)
            self.plan.changes.append(f"new media {medium.slug} ({medium.file.name})")
            return
        texts = {name: text for name in TEXTS if (text := medium.text(name)) is not None}
        new = dataclasses.replace(stored, sample=medium.sample, **texts)
        if self.imported and medium.sha in self.imported:
            self.plan.records.append(new)
            self.plan.changes.append(f"new media {medium.slug} ({medium.file.name})")
        else:
            self.plan.propose(stored, new, f"media {medium.slug}")

    def _sha(self, where: Where, slug: Any) -> str | None:
        medium = self.media.get(slug) if isinstance(slug, str) else None
        if medium is None:
            self.check.problem(where, f"unknown media slug {slug!r} (not in media.toml)")
            return None
        return medium.sha or None

    # The chronology

    def _chronology(self, doc: dict) -> None:
        where = self._where("chronology")
        section = self._section(doc, where, "chronology")
        if section is None:
            return
        for number, raw in enumerate(self.check.tables(doc, "tracks", where), 1):
            track = where.of("track", number, raw)
            self._put("track", raw, track, section=section, position=number - 1)
        for number, raw in enumerate(self.check.tables(doc, "eras", where), 1):
            self._put("era", raw, where.of("era", number, raw), section=section)
        old_events = {e.slug: e for e in self.content.events}
        for number, raw in enumerate(self.check.tables(doc, "events", where), 1):
            self._event(raw, where.of("event", number, raw), section, old_events, number - 1)

    def _event(self, raw: dict, where: Where, section: str, old: dict, position: int) -> None:
        media = raw.get("media", [])
        if reason := self.check.type_problem(tuple[str, ...], media):
            self.check.problem(where, f"media {reason}")
            media = []
        shas = [self._sha(where, slug) for slug in media]
        event = self.check.record(
            m.Event,
            raw,
            where,
            given=("facts", "media"),
            section=section,
            media=tuple(sha for sha in shas if sha),
            position=position,
        )
        if event is None:
            return
        self._refer(where, "track", [event.track] if event.track else [])
        self._refer(where, "era", [event.era] if event.era else [])
        self._refer(where, "source", event.sources)
        self.plan.propose(old.get(event.slug), event, f"event {event.slug}")
        self._facts(raw, where, event.slug)

    def _facts(self, raw: dict, where: Where, event: str) -> None:
        """The facts listed are the event's facts: they replace those it had."""
        facts = []
        for number, fact in enumerate(self.check.tables(raw, "facts", where), 1):
            here = Where(where.path, f"fact {number} of {where.entry}")
            record = self.check.record(m.Fact, fact, here, event=event, position=number - 1)
            if record is not None:
                self._refer(here, "source", [record.source] if record.source else [])
                facts.append(record)
        old = sorted((f for f in self.content.facts if f.event == event), key=lambda f: f.position)
        if facts != old:
            self.plan.records.append(EventFacts(event, tuple(facts)))
            self.plan.changes.append(f"event {event}: {len(old)} fact(s) → {len(facts)}")

    # Artworks and the programme

    def _artworks(self, doc: dict) -> None:
        where = self._where("artworks")
        section = self._section(doc, where, "artworks")
        if section is None:
            return
        for number, raw in enumerate(self.check.tables(doc, "artists", where), 1):
            self._artist(raw, where.of("artist", number, raw))
        old = {a.slug: a for a in self.content.artworks}
        common = {k: v for k, v in defaults(doc).items() if k != "image"}
        for number, raw in enumerate(self.check.tables(doc, "artworks", where), 1):
            here = where.of("artwork", number, raw)
            entry = {**common, **raw}
            sha = self.media.get(f"artwork-{raw.get('slug')}")
            work = self.check.record(
                m.Artwork,
                entry,
                here,
                given=("image",),
                section=section,
                media=sha.sha if sha and sha.sha else None,
                position=number - 1,
            )
            if work is not None:
                self._refer(here, "artist", [work.artist])
                self.plan.propose(old.get(work.slug), work, f"artwork {work.slug}")

    def _artist(self, raw: dict, where: Where) -> None:
        consent = raw.get("consent")
        record = None
        if consent is not None:
            here = Where(where.path, f"{where.entry}, its consent")
            record = self.check.record(m.Consent, consent, here)
            if record is None:
                return
        self._put("artist", raw, where, given=("consent",), consent=record)

    def _programme(self, doc: dict) -> None:
        if not doc:
            return
        where = self._where("programme")
        table = Where(where.path, "[programme]")
        if "programme" not in doc:
            self.check.problem(where, "has no [programme] table")
            return
        programme = self.check.record(m.Programme, doc["programme"], table)
        if programme is None:
            return
        self._refer(table, "section", [programme.section], section_kind="programme")
        self.plan.propose(
            next((p for p in self.content.programmes if p.slug == programme.slug), None),
            programme,
            f"programme {programme.slug}",
        )
        old = {p.slug: p for p in self.content.programme_items}
        for number, raw in enumerate(self.check.tables(doc, "items", where), 1):
            self._piece(raw, where.of("piece", number, raw), programme.slug, old, number - 1)

    def _piece(self, raw: dict, where: Where, programme: str, old: dict, position: int) -> None:
        audio = self.media.get(f"excerpt-{raw.get('slug')}") if "audio" in raw else None
        duration = self._duration(where, raw.get("duration"))
        piece = self.check.record(
            m.ProgrammeItem,
            raw,
            where,
            given=("audio", "duration"),
            programme=programme,
            audio=audio.sha if audio and audio.sha else None,
            duration=duration,
            position=position,
        )
        if piece is not None:
            self.plan.propose(old.get(piece.slug), piece, f"piece {piece.slug}")

    def _duration(self, where: Where, value: Any) -> float | None:
        """ "4:10" (minutes:seconds) or a number of seconds."""
        if value is None or (isinstance(value, int | float) and not isinstance(value, bool)):
            return value
        try:
            return src.duration_seconds(value, "")
        except KioskError:
            self.check.problem(where, f"duration {value!r} is not minutes:seconds, as 4:10")
            return None

    # References

    def _section(self, doc: dict, where: Where, kind: str) -> str | None:
        """The file's `section`, which must be a section of that kind; None if it has none."""
        if not doc:
            return None
        section = doc.get("section")
        if not isinstance(section, str):
            missing = section is None
            self.check.problem(where, "has no 'section'" if missing else "section must be a slug")
            return None
        return section if self._refer(where, "section", [section], section_kind=kind) else None

    def _refer(self, where: Where, kind: str, slugs, section_kind: str = "") -> bool:
        """Whether every slug names a known `kind` (a section of `section_kind`, if given)."""
        ok = True
        for slug in slugs:
            found = self.known[kind].get(slug)
            if found is None:
                self.check.problem(where, f"unknown {kind} {slug!r}")
                ok = False
            elif section_kind and found.kind != section_kind:
                self.check.problem(
                    where, f"section {slug!r} is a {found.kind} section, not {section_kind}"
                )
                ok = False
        return ok

    def _where(self, name: str) -> Where:
        return Where(self.folder / f"{name}.toml")


_CLASSES = {
    "section": m.Section,
    "source": m.Source,
    "track": m.Track,
    "era": m.Era,
    "artist": m.Artist,
}
