"""The exhibition's spreadsheets, for staff to edit in LibreOffice or Excel and bring back.

A row with an id updates that record; a row without one adds a record (a media row names its
file instead, relative to the sheet); an id the archive lacks adds a record of that id, so that
rows of other sheets may name it. In a sheet with the id column the order of the rows is the
order on screen, and a record whose row was removed is deleted (with `delete`; else it is
reported and kept). A sheet without the id column, such as a list of files and their
captions, only describes what it names. Only the columns a sheet has are read: an emptied text
cell removes that text, a missing column changes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import MISSING, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from kiosk.content import model as m
from kiosk.content.errors import KioskError
from kiosk.content.spreadsheet import Table
from kiosk.content.text import FALLBACK_LANGUAGE, LocalText
from kiosk.content.timelinejs import slug_of
from kiosk.services.sheet_changes import SheetPlan, differences
from kiosk.services.sheet_kinds import KINDS, Column, SheetKind, cell, parsed
from kiosk.services.sheet_ops import (
    Deletion,
    EventFacts,
    MediaSections,
    absorb,
    copy_content,
    key,
)

_TEXT_COLUMN = re.compile(r"^(?P<field>[^()]+?)\s*\((?P<lang>[A-Za-z-]{2,8})\)$")
_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_NAME_FIELDS = ("title", "work", "full_name", "measure")  # a new record's slug comes from these
ShaOf = Callable[[Path], str]

__all__ = ["KINDS", "kind_of_sheet", "plan_metadata", "sheet_rows"]


def kind_of_sheet(header: list[str], name: str = "") -> SheetKind | None:
    """The kind a sheet is by its name (a workbook's sheet, a CSV file's name), else by its id
    column; a sheet of files and texts is the media's."""
    names = [cell_name.strip().lower() for cell_name in header]
    if name in KINDS and KINDS[name].id_column in names:
        return KINDS[name]
    for kind in KINDS.values():
        if kind.id_column in names:
            return kind
    if "file" in names and any(_TEXT_COLUMN.match(n) for n in names):
        return KINDS["media"]
    return None


# Export


def sheet_rows(kind: SheetKind, content: m.ExhibitionContent, languages: list[str]):
    """The header and rows of `kind`'s sheet: texts in `languages`, then any other found."""
    records = kind.records(content)
    langs = [*languages, *sorted(_languages(records, kind) - set(languages))]
    names = _MediaNames(content)
    sections = _sections_of(content)
    header = [kind.id_column, *(c.name for c in kind.values)]
    header += [f"{c.name} ({lang})" for c in kind.texts for lang in langs]
    rows = []
    for record in records:
        row = [_id_of(record)]
        row += [cell(_value(record, c, sections), c.kind, names.name) for c in kind.values]
        for column in kind.texts:
            text = _value(record, column, sections)
            row += [text.values.get(lang, "") if text else "" for lang in langs]
        rows.append(row)
    return header, rows


def _id_of(record: Any) -> str:
    return record.event if isinstance(record, m.Fact) else key(record)


def _languages(records: list[Any], kind: SheetKind) -> set[str]:
    return {
        lang
        for record in records
        for column in kind.texts
        if isinstance(value := getattr(record, column.field, None), LocalText)
        for lang in value.values
    }


def _value(record: Any, column: Column, sections: dict[str, tuple[str, ...]]) -> Any:
    if column.part is not None and not isinstance(record, column.part):
        return None
    if column.field == "part":
        return _PARTS.get(type(record), "")
    if column.field == "sections":
        return sections.get(record.sha256, ())
    head, _, tail = column.field.partition(".")
    value = getattr(record, head, None)
    return getattr(value, tail, None) if tail else value


def _sections_of(content: m.ExhibitionContent) -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for link in sorted(content.section_media, key=lambda s: s.position):
        found.setdefault(link.media, []).append(link.section)
    return {sha: tuple(slugs) for sha, slugs in found.items()}


_PARTS = {m.Programme: "programme", m.ProgrammeItem: "piece"}


class _MediaNames:
    """A file is named in a sheet by its name where no other file has that name, else by its
    id; a cell may name a file beside the sheet, an id (or its first 8 characters or more),
    or a name."""

    def __init__(self, content: m.ExhibitionContent, pending: frozenset[Path] = frozenset()):
        self.pending = {path.name: path for path in pending} | {str(p): p for p in pending}
        self.media = {item.sha256: item for item in content.media}
        counts: dict[str, int] = {}
        for item in content.media:
            counts[item.original_name] = counts.get(item.original_name, 0) + 1
        self.unique = {
            item.original_name: item.sha256
            for item in content.media
            if item.original_name and counts[item.original_name] == 1
        }

    def name(self, sha: str) -> str:
        item = self.media.get(sha)
        if item and self.unique.get(item.original_name) == sha:
            return item.original_name
        return sha[:16]

    def sha(self, text: str, plan: SheetPlan, line: int, sha_of: ShaOf) -> str:
        """The media a cell names; a problem on the plan and "" if none."""
        file, _ = plan.local_file(text, line)
        if file is not None and file.is_file() and str(file.resolve()) not in self.pending:
            sha = sha_of(file)
            if sha in self.media:
                return sha
            plan.problem(line, f"{file} is not in the archive (it could not be imported)")
            return ""
        if text in self.unique:
            return self.unique[text]
        named = self.pending.get(str(file.resolve()) if file else "") or self.pending.get(text)
        if named is not None:
            plan.notices.append(f"{plan.path}: line {line}: {named} is named once imported")
            return ""
        matches = [sha for sha in self.media if len(text) >= 8 and sha.startswith(text.lower())]
        if len(matches) == 1:
            return matches[0]
        plan.problem(line, f"no media {text!r} (name a file beside the sheet, or a media id)")
        return ""


# Import


@dataclass
class _Sheet:
    """One sheet being planned: its columns, what it has seen, what it asks."""

    plan: SheetPlan
    kind: SheetKind
    content: m.ExhibitionContent
    sha_of: ShaOf
    columns: list[tuple[str, Column, str | None]]  # (header, column, language of a text)
    has_ids: bool
    names: _MediaNames
    by_id: dict[str, Any] = field(default_factory=dict)  # the records of its kind, by id
    seen: set[str] = field(default_factory=set)
    wanted: dict[str, tuple[tuple[str, ...], int, str]] = field(default_factory=dict)  # media
    rows: list[tuple[Any, Any, int]] = field(default_factory=list)  # (old, new, line)
    taken: set[str] = field(default_factory=set)  # slugs, for new records
    positions: dict[Any, int] = field(default_factory=dict)  # the media's, by section
    programme: str | None = None  # the programme the pieces below belong to


def plan_metadata(
    plan: SheetPlan,
    table: Table,
    kind: SheetKind,
    content: m.ExhibitionContent,
    languages: list[str],
    sha_of: ShaOf,
    delete: bool = False,
    pending: frozenset[Path] = frozenset(),
) -> SheetPlan:
    """`pending`: files a dry run would import, which the sheet may name."""
    header = [name.strip().lower() for name in table.header]
    sheet = _Sheet(
        plan,
        kind,
        content,
        sha_of,
        _columns(plan, header, kind, languages),
        kind.id_column in header,
        _MediaNames(content, pending),
    )
    if kind.name != "facts":
        sheet.by_id = {key(r): r for r in kind.records(content)}
        sheet.taken = set(sheet.by_id)
    if kind.name == "facts":
        _plan_facts(sheet, table, delete)
    else:
        for row, line in zip(table.rows, table.lines, strict=True):
            cells = {k.strip().lower(): (v or "").strip() for k, v in row.items()}
            _plan_row(sheet, cells, line)
        _propose_rows(sheet)
        if sheet.has_ids:
            _removed(sheet, delete)
            _tell_new_order(sheet)
        _place_media(sheet)
    if plan.problems:
        plan.records.clear()
        plan.changes.clear()
    return plan


def _columns(plan, header, kind, languages) -> list[tuple[str, Column, str | None]]:
    """The columns the sheet has that it may change; an unknown text column is a problem."""
    by_name = {c.name: c for c in kind.values if c.read}
    texts = {c.name: c for c in kind.texts}
    found: list[tuple[str, Column, str | None]] = []
    for name in header:
        match = _TEXT_COLUMN.match(name)
        if name in by_name:
            found.append((name, by_name[name], None))
        elif match:
            text, lang = match["field"].strip().replace("_", " "), match["lang"].lower()
            if text not in texts:
                plan.problem(1, f"column {name!r}: {kind.name} records have no {text!r} text")
            elif lang not in languages:
                plan.problem(1, f"column {name!r}: {lang!r} is not one of {', '.join(languages)}")
            else:
                found.append((name, texts[text], lang))
    if not found and kind.id_column not in header:
        plan.problem(1, "no text columns (such as 'caption (en)') to import")
    return found


def _plan_row(sheet: _Sheet, cells: dict[str, str], line: int) -> None:
    old = _find(sheet, cells, line)
    if old is False:
        return
    cls = type(old) if old is not None else _class_of(sheet, cells, line)
    if cls is None:
        return
    values = _read_cells(sheet, cells, cls, line)
    if values is None:
        return
    new = _record(sheet, old, cls, values, cells, line)
    if new is None:
        return
    sheet.seen.add(key(new))
    if isinstance(new, m.Programme):
        sheet.programme = new.slug
    sheet.rows.append((old, new, line))
    if isinstance(new, m.Media) and "sections" in values:
        _media_sections(sheet, new, values["sections"], line)


def _propose_rows(sheet: _Sheet) -> None:
    """Each row's record, in its place (see `_places`)."""
    places = _places(sheet) if sheet.has_ids else {}
    for old, new, line in sheet.rows:
        if key(new) in places:
            new = replace(new, position=places[key(new)])
        sheet.plan.propose(old, new, f"line {line}, {_label(new)}", moved=_moved(old, new))


def _places(sheet: _Sheet) -> dict[str, int]:
    """Positions from the order of the rows, within each group that is ordered together (a
    section's tracks, a programme's pieces, events of one date, ...). A group whose records
    keep their order keeps its numbers, new rows after them; another is numbered afresh."""
    groups: dict[Any, list[tuple[Any, Any]]] = {}
    for old, new, _ in sheet.rows:
        if "position" in {f.name for f in fields(new)}:
            groups.setdefault(_group(new), []).append((old, new))
    places: dict[str, int] = {}
    for rows in groups.values():
        olds = [old for old, _ in rows if old is not None]
        kept = sorted(olds, key=lambda r: r.position) == olds and all(
            old is not None for old, _ in rows[: len(olds)]
        )
        last = max((old.position for old in olds), default=-1)
        for rank, (old, new) in enumerate(rows):
            if not kept:
                places[key(new)] = rank
            else:
                places[key(new)] = old.position if old is not None else (last := last + 1)
    return places


def _group(record: Any) -> Any:
    if isinstance(record, m.Event):  # events show by date; rows order those of one date
        return (m.Event, record.start.sort_key() if record.start else None)
    if isinstance(record, m.ProgrammeItem):
        return (m.ProgrammeItem, record.programme)
    if isinstance(record, m.Track):
        return (m.Track, record.section)
    return type(record)


def _find(sheet: _Sheet, cells: dict[str, str], line: int) -> Any:
    """The record a row is about; None for a new one; False when the row is a problem."""
    kind, plan = sheet.kind, sheet.plan
    ident = cells.get(kind.id_column, "")
    by_id = sheet.by_id
    if not ident and kind.name == "media":
        return _media_by_file(sheet, cells.get("file", ""), line)
    if ident in sheet.seen:
        plan.problem(line, f"{ident[:16]} appears twice in the sheet")
        return False
    if ident in by_id:
        return by_id[ident]
    if not ident:
        return None
    if kind.name == "media" or not _SLUG.match(ident):
        reason = (
            "is not in the archive"
            if kind.name == "media"
            else "is not an id (lower-case letters, digits and hyphens)"
        )
        plan.problem(line, f"{kind.id_column} {ident[:16]!r} {reason}")
        return False
    return None


def _media_by_file(sheet: _Sheet, name: str, line: int) -> Any:
    plan = sheet.plan
    if not name:
        plan.problem(line, "no media id, and no file")
        return False
    file, outside = plan.local_file(name, line)
    if file is None:
        plan.problems.append(outside)
        return False
    if not file.is_file():
        plan.problem(line, f"{file}: no such file")
        return False
    found = next((x for x in sheet.content.media if x.sha256 == sheet.sha_of(file)), None)
    if found is None:  # rejected, or not imported yet in a dry run
        plan.notices.append(
            f"{plan.path}: line {line}: {file} is not in the archive; "
            "the row applies once the file is imported"
        )
        return False
    if found.sha256 in sheet.seen:
        plan.problem(line, f"{name} appears twice in the sheet")
        return False
    return found


def _class_of(sheet: _Sheet, cells: dict[str, str], line: int) -> type | None:
    classes = sheet.kind.classes
    if len(classes) == 1:
        return classes[0]
    part = cells.get("part", "").lower()
    found = next((c for c in classes if _PARTS[c] == part), None)
    if found is None:
        parts = " or ".join(_PARTS[c] for c in classes)
        sheet.plan.problem(line, f"a new row needs its part: {parts}")
    return found


def _read_cells(sheet: _Sheet, cells, cls: type, line: int) -> dict[str, Any] | None:
    """The fields the row's cells give, by field; texts as {language: text}."""
    values: dict[str, Any] = {}
    ok = True
    for name, column, lang in sheet.columns:
        if column.part is not None and column.part is not cls:
            if cells.get(name):
                sheet.plan.problem(line, f"{name}: a {_PARTS[cls]} has no {column.name}")
                ok = False
            continue
        if lang is not None:
            values.setdefault(column.field, {})[lang] = cells.get(name, "")
            continue
        try:
            value = parsed(cells.get(name, ""), column.kind)
        except KioskError as error:
            sheet.plan.problem(line, f"{name}: {error}")
            ok = False
            continue
        values[column.field] = _media(sheet, column, value, line)
    return values if ok else None


def _media(sheet: _Sheet, column: Column, value: Any, line: int) -> Any:
    names, plan = sheet.names, sheet.plan
    if column.kind == "media" and value:
        return names.sha(value, plan, line, sheet.sha_of) or None
    if column.kind == "medias":
        return tuple(filter(None, (names.sha(v, plan, line, sheet.sha_of) for v in value)))
    return value


def _record(sheet: _Sheet, old, cls, values: dict[str, Any], cells, line) -> Any:
    """The record as the row leaves it: `old` with the row's fields, or a new one."""
    changes: dict[str, Any] = {}
    consent: dict[str, Any] = {}
    for name, value in values.items():
        if name == "sections":
            continue
        if name.startswith("consent."):
            consent[name.removeprefix("consent.")] = value
        elif isinstance(value, dict):
            base = getattr(old, name, None) or LocalText()
            kept = {k: v for k, v in base.values.items() if k not in value}
            changes[name] = LocalText.of({**kept, **value})
        elif value is None and old is not None and name in _required(cls):
            continue  # an empty cell a record cannot be without: as for a new row, not None
        else:
            changes[name] = value
    if consent:
        changes["consent"] = _consent(sheet, old, consent, line)
        if changes["consent"] is False:
            return None
    new = replace(old, **changes) if old is not None else _new(sheet, cls, changes, cells, line)
    if isinstance(new, m.Section) and new.kind not in m.SECTION_KINDS:
        kinds = ", ".join(m.SECTION_KINDS)
        sheet.plan.problem(line, f"kind: {new.kind!r} is not a kind of section ({kinds})")
        return None
    return new


def _required(cls: type) -> set[str]:
    """The fields a record of `cls` cannot be made without."""
    return {f.name for f in fields(cls) if f.default is MISSING and f.default_factory is MISSING}


def _consent(sheet: _Sheet, old, consent: dict[str, Any], line: int) -> Any:
    before = getattr(old, "consent", None)
    merged = {
        f.name: consent.get(f.name, getattr(before, f.name, "") if before else "")
        for f in fields(m.Consent)
    }
    if not merged["display"]:
        return None
    if merged["display"] not in m.CONSENT_DISPLAYS:
        choices = ", ".join(m.CONSENT_DISPLAYS)
        sheet.plan.problem(line, f"consent: display {merged['display']!r}: one of {choices}")
        return False
    return m.Consent(**{k: v or "" for k, v in merged.items()})


def _new(sheet: _Sheet, cls: type, changes: dict[str, Any], cells, line) -> Any:
    ident = cells.get(sheet.kind.id_column, "")
    values = {k: v for k, v in changes.items() if v is not None}
    values["slug"] = ident or _new_slug(sheet, values, line)
    if not values["slug"]:
        return None
    sheet.taken.add(values["slug"])
    if "section" in {f.name for f in fields(cls)} and not values.get("section"):
        values["section"] = _default_section(sheet, line)
    if cls is m.ProgrammeItem and not values.get("programme"):
        values["programme"] = sheet.programme or next(
            (p.slug for p in sheet.content.programmes), None
        )
    missing = [
        f.name.replace("_", " ")
        for f in fields(cls)
        if f.default is MISSING and f.default_factory is MISSING and not values.get(f.name)
    ]
    if missing:
        sheet.plan.problem(line, f"a new {_kind_name(cls)} needs its {', '.join(missing)}")
        return None
    return cls(**values)


def _new_slug(sheet: _Sheet, values: dict[str, Any], line: int) -> str:
    name = next((values[n] for n in _NAME_FIELDS if values.get(n)), None)
    text = name.get(FALLBACK_LANGUAGE) if isinstance(name, LocalText) else name
    base = slug_of(str(text or ""))
    if not base:
        sheet.plan.problem(line, "a new row needs an id or a title")
        return ""
    slug, number = base, 2
    while slug in sheet.taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


def _default_section(sheet: _Sheet, line: int) -> str | None:
    wanted = sheet.kind.section_kind
    found = next((s.slug for s in sheet.content.sections if s.kind == wanted), None)
    if found is None and wanted:
        sheet.plan.problem(line, f"no {wanted} section to put it in; name one in 'section'")
    return found


def _media_sections(sheet: _Sheet, media: m.Media, slugs: tuple[str, ...], line: int) -> None:
    """Remember the sections a row puts its file in; `_place_media` writes them."""
    known = {s.slug for s in sheet.content.sections}
    unknown = [slug for slug in slugs if slug not in known]
    if unknown:
        sheet.plan.problem(line, f"sections: no section {unknown[0]!r}")
        return
    sheet.wanted[media.sha256] = (slugs, line, _label(media))
    if not slugs and media.sha256 not in _named(sheet.content):
        sheet.plan.notices.append(
            f"{sheet.plan.path}: line {line}: {_label(media)} is in no section; only an event, "
            "an artwork or a piece that names it shows it"
        )


def _place_media(sheet: _Sheet) -> None:
    """Each section's files in the order of the rows (files without a row stay, after them);
    a file is written again only if its sections or their order changed."""
    before: dict[str, list[str]] = {}
    for link in sorted(sheet.content.section_media, key=lambda s: s.position):
        before.setdefault(link.section, []).append(link.media)
    after = _media_order(sheet, before)
    reordered = {
        slug for slug in before.keys() | after.keys() if before.get(slug) != after.get(slug)
    }
    for slug in sorted(reordered & before.keys() & after.keys()):
        if set(before[slug]) == set(after[slug]):
            sheet.plan.changes.append(f"section {slug}: its files take a new order")
    for sha, (slugs, line, label) in sheet.wanted.items():
        had = {s for s, shas in before.items() if sha in shas}
        links = tuple(m.SectionMedia(s, sha, after[s].index(sha)) for s in slugs)
        if had == set(slugs) and all(before[s].index(sha) == after[s].index(sha) for s in had):
            continue  # the same places (in numbers another import may have counted otherwise)
        sheet.plan.records.append(MediaSections(sha, links))
        if had != set(slugs):
            shown = ", ".join(slugs) or "no section"
            sheet.plan.changes.append(f"line {line}, {label}: sections: {shown}")


def _media_order(sheet: _Sheet, before: dict[str, list[str]]) -> dict[str, list[str]]:
    """Each section's files as the sheet leaves them: in the order of its rows, those without
    a row after them; a sheet without ids only adds files at the end."""
    after: dict[str, list[str]] = {}
    if not sheet.has_ids:
        after = {slug: list(shas) for slug, shas in before.items()}
    for sha, (slugs, _, _) in sheet.wanted.items():
        for slug in slugs:
            if sha not in after.setdefault(slug, []):
                after[slug].append(sha)
    if sheet.has_ids:
        for slug, shas in before.items():
            after.setdefault(slug, []).extend(sha for sha in shas if sha not in sheet.wanted)
    return after


def _named(content: m.ExhibitionContent) -> set[str]:
    """The files an event, an artwork or a piece shows."""
    named = {sha for event in content.events for sha in event.media}
    return named | {w.media for w in content.artworks} | {p.audio for p in content.programme_items}


def _tell_new_order(sheet: _Sheet) -> None:
    """One line if the records the sheet kept show in another order: a row moved up moves
    every row it passed."""
    kept = [key(r) for r in sheet.kind.records(sheet.content) if key(r) in sheet.seen]
    after = copy_content(sheet.content)
    absorb(after, sheet.plan.records)
    now = [k for k in map(key, sheet.kind.records(after)) if k in set(kept)]
    moved = sum(a != b for a, b in zip(kept, now, strict=True))
    if moved and sheet.kind.name != "media":  # the media's order is each section's
        sheet.plan.changes.append(f"new order: {moved} row(s) take a new place on screen")


def _moved(old, new) -> bool:
    return old is not None and getattr(old, "position", None) != getattr(new, "position", None)


def _removed(sheet: _Sheet, delete: bool) -> None:
    """Records of the sheet's kind that no row names any more."""
    plan = sheet.plan
    gone = [r for r in sheet.kind.records(sheet.content) if key(r) not in sheet.seen]
    for record in gone:
        if delete:
            plan.records.append(Deletion(record))
            plan.changes.append(f"delete {_label(record)}")
        else:
            plan.notices.append(
                f"{plan.path}: {_label(record)} has no row; kept (import with --delete "
                "to delete it)"
            )


# Facts: an event's figures are its rows in the sheet, in order; they have no ids of their own.


def _plan_facts(sheet: _Sheet, table: Table, delete: bool) -> None:
    wanted: dict[str, list[m.Fact]] = {}
    for row, line in zip(table.rows, table.lines, strict=True):
        cells = {k.strip().lower(): (v or "").strip() for k, v in row.items()}
        event = cells.get(sheet.kind.id_column, "")
        if not event:
            sheet.plan.problem(line, f"no {sheet.kind.id_column}")
            continue
        values = _read_cells(sheet, cells, m.Fact, line)
        if values is None:
            continue
        texts = {k: LocalText.of(v) for k, v in values.items() if isinstance(v, dict)}
        plain = {k: v for k, v in values.items() if not isinstance(v, dict)}
        figures = wanted.setdefault(event, [])
        try:
            figures.append(
                m.Fact(
                    event=event, **{"label": LocalText(), **plain, **texts}, position=len(figures)
                )
            )
        except TypeError:
            sheet.plan.problem(line, "a figure needs its measure and value")
    _propose_facts(sheet, wanted, delete)


def _propose_facts(sheet: _Sheet, wanted: dict[str, list[m.Fact]], delete: bool) -> None:
    plan = sheet.plan
    had: dict[str, list[m.Fact]] = {}
    for fact in sheet.content.facts:
        had.setdefault(fact.event, []).append(fact)
    for event in sorted(set(had) | set(wanted)):
        before = sorted(had.get(event, []), key=lambda f: f.position)
        after = wanted.get(event, [])
        if before == after:
            continue
        if len(after) < len(before) and not delete:
            plan.notices.append(
                f"{plan.path}: event {event} has {len(before) - len(after)} figure(s) fewer; "
                "kept as they were (import with --delete to delete them)"
            )
            continue
        plan.records.append(EventFacts(event, tuple(after)))
        for n in range(max(len(before), len(after))):
            was = before[n] if n < len(before) else None
            now = after[n] if n < len(after) else None
            label = f"event {event}, figure {n + 1}"
            plan.changes += [f"delete {label}"] if now is None else differences(was, now, label)


def _label(record: Any) -> str:
    if isinstance(record, m.Media):
        return record.original_name or record.sha256[:12]
    return f"{_kind_name(type(record))} {record.slug}"


def _kind_name(cls: type) -> str:
    return {m.ProgrammeItem: "piece"}.get(cls, cls.__name__.lower())
