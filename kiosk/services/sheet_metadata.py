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
from dataclasses import MISSING, fields, replace
from pathlib import Path
from typing import Any

from kiosk.content import model as m
from kiosk.content.spreadsheet import Table
from kiosk.content.text import FALLBACK_LANGUAGE, LocalText
from kiosk.content.timelinejs import slug_of
from kiosk.services.sheet_changes import SheetPlan
from kiosk.services.sheet_facts import plan_facts
from kiosk.services.sheet_kinds import KINDS, Column, SheetKind
from kiosk.services.sheet_media import MediaNames, media_sections, place_media
from kiosk.services.sheet_ops import (
    Deletion,
    absorb,
    copy_content,
    key,
)
from kiosk.services.sheet_state import PARTS, ShaOf, SheetState, kind_name, label, read_cells

_TEXT_COLUMN = re.compile(r"^(?P<field>[^()]+?)\s*\((?P<lang>[A-Za-z-]{2,8})\)$")
_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_NAME_FIELDS = ("title", "work", "full_name", "measure")  # a new record's slug comes from these


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


# Import


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
    sheet = SheetState(
        plan,
        kind,
        content,
        sha_of,
        _columns(plan, header, kind, languages),
        kind.id_column in header,
        MediaNames(content, pending),
    )
    if kind.name != "facts":
        sheet.by_id = {key(r): r for r in kind.records(content)}
        sheet.taken = set(sheet.by_id)
    if kind.name == "facts":
        plan_facts(sheet, table, delete)
    else:
        for row, line in zip(table.rows, table.lines, strict=True):
            cells = {k.strip().lower(): (v or "").strip() for k, v in row.items()}
            _plan_row(sheet, cells, line)
        _propose_rows(sheet)
        if sheet.has_ids:
            _removed(sheet, delete)
            _tell_new_order(sheet)
        place_media(sheet)
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


def _plan_row(sheet: SheetState, cells: dict[str, str], line: int) -> None:
    old = _find(sheet, cells, line)
    if old is False:
        return
    cls = type(old) if old is not None else _class_of(sheet, cells, line)
    if cls is None:
        return
    values = read_cells(sheet, cells, cls, line)
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
        media_sections(sheet, new, values["sections"], line)


def _propose_rows(sheet: SheetState) -> None:
    """Each row's record, in its place (see `_places`)."""
    places = _places(sheet) if sheet.has_ids else {}
    for old, new, line in sheet.rows:
        if key(new) in places:
            new = replace(new, position=places[key(new)])
        sheet.plan.propose(old, new, f"line {line}, {label(new)}", moved=_moved(old, new))


def _places(sheet: SheetState) -> dict[str, int]:
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


def _find(sheet: SheetState, cells: dict[str, str], line: int) -> Any:
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


def _media_by_file(sheet: SheetState, name: str, line: int) -> Any:
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


def _class_of(sheet: SheetState, cells: dict[str, str], line: int) -> type | None:
    classes = sheet.kind.classes
    if len(classes) == 1:
        return classes[0]
    part = cells.get("part", "").lower()
    found = next((c for c in classes if PARTS[c] == part), None)
    if found is None:
        parts = " or ".join(PARTS[c] for c in classes)
        sheet.plan.problem(line, f"a new row needs its part: {parts}")
    return found


def _record(sheet: SheetState, old, cls, values: dict[str, Any], cells, line) -> Any:
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


def _consent(sheet: SheetState, old, consent: dict[str, Any], line: int) -> Any:
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


def _new(sheet: SheetState, cls: type, changes: dict[str, Any], cells, line) -> Any:
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
        sheet.plan.problem(line, f"a new {kind_name(cls)} needs its {', '.join(missing)}")
        return None
    return cls(**values)


def _new_slug(sheet: SheetState, values: dict[str, Any], line: int) -> str:
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


def _default_section(sheet: SheetState, line: int) -> str | None:
    wanted = sheet.kind.section_kind
    found = next((s.slug for s in sheet.content.sections if s.kind == wanted), None)
    if found is None and wanted:
        sheet.plan.problem(line, f"no {wanted} section to put it in; name one in 'section'")
    return found


def _tell_new_order(sheet: SheetState) -> None:
    """One line if the records the sheet kept show in another order: a row moved up moves
    every row it passed."""
    kept = [key(r) for r in sheet.kind.records(sheet.content) if key(r) in sheet.seen]
    after = copy_content(sheet.content)
    absorb(after, sheet.plan.records)
    keeping = set(kept)
    now = [k for k in map(key, sheet.kind.records(after)) if k in keeping]
    moved = sum(a != b for a, b in zip(kept, now, strict=True))
    if moved and sheet.kind.name != "media":  # the media's order is each section's
        sheet.plan.changes.append(f"new order: {moved} row(s) take a new place on screen")


def _moved(old, new) -> bool:
    return old is not None and getattr(old, "position", None) != getattr(new, "position", None)


def _removed(sheet: SheetState, delete: bool) -> None:
    """Records of the sheet's kind that no row names any more."""
    plan = sheet.plan
    gone = [r for r in sheet.kind.records(sheet.content) if key(r) not in sheet.seen]
    for record in gone:
        if delete:
            plan.records.append(Deletion(record))
            plan.changes.append(f"delete {label(record)}")
        else:
            plan.notices.append(
                f"{plan.path}: {label(record)} has no row; kept (import with --delete to delete it)"
            )
