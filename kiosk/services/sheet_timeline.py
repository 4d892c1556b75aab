"""A TimelineJS spreadsheet into a chronology section: what it adds and what it changes.

Importing the same sheet again updates what it made (events are named by year and headline)
rather than adding twice. The sheet is in one language (`--lang`, else the kiosk's default):
its texts replace that language's and leave the other translations as they were, but for the
section's introduction: one the title slide replaces has translations of the old text, which
are dropped rather than shown beside the new one.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from kiosk.content import model as m
from kiosk.content import timelinejs
from kiosk.content.spreadsheet import Table
from kiosk.content.text import LocalText
from kiosk.services.sheet_changes import SheetPlan, beside, inside

ShaOf = Callable[[Path], str]  # a file's SHA-256, which names its media record
_NO_WEB_TEXTS = {"web_media_caption": LocalText(), "web_media_credit": LocalText()}


def local_media(path: Path, table: Table, root: Path) -> list[Path]:
    """The files inside `root` (the folder imported) that the sheet's Media column names, to
    import first."""
    sheet = timelinejs.read_timeline(table, "-", "en")
    files = (beside(path, ref.target) for ref in sheet.media if not ref.remote)
    return [file for file in files if inside(root, file) and file.is_file()]


def plan_timeline(
    plan: SheetPlan,
    table: Table,
    content: m.ExhibitionContent,
    section: str | None,
    lang: str,
    sha_of: ShaOf,
) -> SheetPlan:
    path = plan.path
    target = _section(content, section)
    slug = target.slug if target else _new_section_slug(content, path)
    sheet = timelinejs.read_timeline(table, slug, lang)
    for problem in sheet.problems:
        plan.problems.append(f"{path}: {problem}")
    if plan.problems:
        return plan
    _track_ungrouped(sheet, content, slug, path, lang)
    _adopt_tracks(sheet, content, slug)
    _propose_section(plan, target, slug, sheet, content, lang)
    existing = {
        "tracks": {t.slug: t for t in content.tracks},
        "eras": {e.slug: e for e in content.eras},
        "events": {e.slug: e for e in content.events},
    }
    media = _event_media(plan, sheet, content, lang, sha_of)
    for kind, records in (("track", sheet.tracks), ("era", sheet.eras), ("event", sheet.events)):
        for record in records:
            old = existing[f"{kind}s"].get(record.slug)
            if old is not None and old.section != slug:
                plan.problem(
                    None, f"{kind} {record.slug!r} already belongs to section {old.section!r}"
                )
                continue
            new = _merge(old, record, lang)
            if kind == "event":  # a row with no media keeps what the event had, as _merge does
                new = dataclasses.replace(new, **media.get(record.slug, _web_texts(old)))
                if old is not None and not sheet.eras:  # a sheet of events alone keeps eras
                    new = dataclasses.replace(new, era=old.era)
            plan.propose(old, new, f"{kind} {record.slug}")
    if plan.problems:
        plan.records.clear()
    return plan


def _section(content: m.ExhibitionContent, slug: str | None) -> m.Section | None:
    """The section named, if it is a chronology; else the first chronology section."""
    chronologies = [s for s in content.sections if s.kind == "chronology"]
    named = next((s for s in chronologies if s.slug == slug), None)
    return named or next(iter(chronologies), None)


def _new_section_slug(content: m.ExhibitionContent, path: Path) -> str:
    taken = {s.slug for s in content.sections}
    base = timelinejs.slug_of(path.stem) or "chronology"
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


def _propose_section(plan, target, slug, sheet, content, lang) -> None:
    """The title slide's text becomes the section's introduction, and its headline a new
    section's title (one that exists keeps its own); the notes say which translations the
    new introduction makes out of date."""
    old = new = target
    if target is None:
        title = LocalText({lang: sheet.title or slug})
        position = max((s.position for s in content.sections), default=-1) + 1
        new = m.Section(slug, "chronology", title, position=position)
    if sheet.intro:
        intro = _rewritten(new.intro, lang, sheet.intro)
        dropped = sorted(set(new.intro.values) - set(intro.values))
        new = dataclasses.replace(new, intro=intro)
        if dropped:
            plan.notices.append(
                f"{plan.path}: the title slide replaces the section's introduction ({lang}); "
                f"its translations ({', '.join(dropped)}) were of the old text and are dropped "
                "(`kiosk check` lists them to translate again)"
            )
    plan.propose(old, new, f"section {slug}")


def _rewritten(text: LocalText, lang: str, value: str) -> LocalText:
    """`value` as `lang`'s text; where it replaces another text, the other languages' texts
    translate the one replaced and go with it."""
    was = text.values.get(lang, "")
    if was and was != value:
        return LocalText({lang: value})
    return _replace(text, lang, value)


def _track_ungrouped(sheet, content, section: str, path: Path, lang: str) -> None:
    """Events without a Group go on a track of the sheet's own, named by its title slide (a
    new one by its file where it has none), rather than into the section's first lane. Its
    slug is the same whenever the sheet is imported; a Group named like the file shares it."""
    if all(event.track for event in sheet.events):
        return
    slug = f"{section}-{timelinejs.slug_of(path.stem) or 'sheet'}"
    grouped = any(track.slug == slug for track in sheet.tracks)
    stored = any(track.slug == slug for track in content.tracks)
    # A stored track keeps its title unless a title slide gives one: a sheet in another
    # language with no title slide would make the file's name that language's title.
    if not grouped and (sheet.title or not stored):
        title = LocalText({lang: sheet.title or path.stem})
        sheet.tracks.append(m.Track(slug, section, title, position=len(sheet.tracks)))
    sheet.events = [e if e.track else dataclasses.replace(e, track=slug) for e in sheet.events]


def _adopt_tracks(sheet: timelinejs.TimelineSheet, content: m.ExhibitionContent, section: str):
    """A Group named like a track the section has (in any language) joins that track; new
    tracks come after the section's own."""
    own = [t for t in content.tracks if t.section == section]
    by_name = {text.casefold(): t.slug for t in own for text in t.title.values.values()}
    renamed: dict[str, str] = {}
    new = []
    for track in sheet.tracks:
        name = next(iter(track.title.values.values())).casefold()
        if name in by_name and by_name[name] != track.slug:
            renamed[track.slug] = by_name[name]
        else:
            new.append(track)
    positions = {t.slug: t.position for t in own}
    first = max(positions.values(), default=-1) + 1
    for track in new:
        if track.slug not in positions:
            positions[track.slug], first = first, first + 1
    sheet.tracks = [dataclasses.replace(t, position=positions[t.slug]) for t in new]
    sheet.events = [
        dataclasses.replace(e, track=renamed.get(e.track, e.track)) for e in sheet.events
    ]


def _event_media(plan, sheet, content, lang, sha_of) -> dict[str, dict]:
    """Per event: its stored media, or the web address it cannot show offline."""
    found: dict[str, dict] = {}
    media = {item.sha256: item for item in content.media}
    for ref in sheet.media:
        if ref.remote:
            found[ref.event] = {"web_media": ref.target}
            plan.notices.append(
                f"{plan.path}: line {ref.line}: {_shortened(ref.target)}: not available offline "
                "(kept as a reference; the event is shown without it)"
            )
            continue
        if ref.foreign:
            plan.notices.append(
                f"{plan.path}: line {ref.line}: {_shortened(ref.target)}: neither a web address "
                "nor a file in the folder; not imported"
            )
            continue
        file, outside = plan.local_file(ref.target, ref.line)
        if file is None:
            plan.notices.append(outside)
            continue
        if not file.is_file():
            plan.notices.append(f"{plan.path}: line {ref.line}: {file}: no such file")
            continue
        sha = sha_of(file)
        if sha not in media:  # rejected, or not imported yet in a dry run
            plan.notices.append(
                f"{plan.path}: line {ref.line}: {file} is not in the archive; "
                "the event is linked to it once the file is imported"
            )
            continue
        found[ref.event] = {"media": (sha,), "web_media": None} | _NO_WEB_TEXTS
        old = media[sha]
        new = dataclasses.replace(
            old,
            caption=_replace(old.caption, lang, ref.caption) if ref.caption else old.caption,
            credit=_replace(old.credit, lang, ref.credit) if ref.credit else old.credit,
        )
        plan.propose(old, new, f"media {old.original_name or sha[:12]}")
    return found


def _web_texts(old: m.Event | None) -> dict[str, LocalText]:
    if old is None:
        return {}
    return {"web_media_caption": old.web_media_caption, "web_media_credit": old.web_media_credit}


def _merge(old, new, lang: str):
    """`new` from the sheet, keeping the other languages' texts and links `old` had."""
    if old is None:
        return new
    changes = {}
    for field in dataclasses.fields(new):
        value = getattr(new, field.name)
        if isinstance(value, LocalText):
            changes[field.name] = _replace(getattr(old, field.name), lang, value.get(lang))
    if isinstance(new, m.Event):
        changes.update(sources=old.sources, media=old.media, web_media=old.web_media)
    return dataclasses.replace(new, **changes)


def _replace(text: LocalText, lang: str, value: str) -> LocalText:
    values = {k: v for k, v in text.values.items() if k != lang}
    return LocalText.of({**values, lang: value} if value else values)


def _shortened(address: str, limit: int = 80) -> str:
    return address if len(address) <= limit else address[: limit - 1] + "…"
