"""The metadata spreadsheets: every text of media, events, artworks and the programme, one
column per language, for staff to edit in LibreOffice or Excel and bring back.

The first column is the record's id ("media id", "event id", ...): rows are matched by it.
Text columns are named "caption (en)", "alt (az)", ...; an emptied cell removes that text.
The other columns (file, dates, ...) help staff find their way and are not read back, except
"file" in the media sheet: a row with no media id names the file, relative to the sheet, so
staff can describe photos they are importing in the same go.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from kiosk.content import model as m
from kiosk.content.spreadsheet import Table
from kiosk.content.text import LocalText
from kiosk.services.sheet_changes import SheetPlan

_TEXT_COLUMN = re.compile(r"^(?P<field>[^()]+?)\s*\((?P<lang>[A-Za-z-]{2,8})\)$")


@dataclass(frozen=True)
class SheetKind:
    name: str  # also the file name: media.csv
    id_column: str
    texts: tuple[str, ...]
    context: tuple[str, ...]  # columns for orientation only

    def records(self, content: m.ExhibitionContent) -> list[Any]:
        return _RECORDS[self.name](content)


KINDS = {
    kind.name: kind
    for kind in (
        SheetKind("media", "media id", ("caption", "alt", "credit", "rights"), ("file", "kind")),
        SheetKind(
            "events",
            "event id",
            ("title", "display_date", "place", "body"),
            ("section", "track", "start", "end"),
        ),
        SheetKind(
            "artworks",
            "artwork id",
            ("title", "school", "medium", "description"),
            ("artist", "year"),
        ),
        SheetKind(
            "programme",
            "programme id",
            ("title", "note", "composer", "work", "performers", "instrument"),
            ("part",),
        ),
    )
}
_RECORDS: dict[str, Callable[[m.ExhibitionContent], list[Any]]] = {
    "media": lambda c: c.media,
    "events": lambda c: c.events,
    "artworks": lambda c: c.artworks,
    "programme": lambda c: [*c.programmes, *c.programme_items],
}


def kind_of_sheet(header: list[str]) -> SheetKind | None:
    names = [name.strip().lower() for name in header]
    for kind in KINDS.values():
        if kind.id_column in names:
            return kind
    if "file" in names and any(_TEXT_COLUMN.match(n) for n in names):
        return KINDS["media"]
    return None


# Export


def sheet_rows(kind: SheetKind, content: m.ExhibitionContent, languages: list[str]):
    """The header and rows of `kind`'s spreadsheet, texts in `languages` and any other found."""
    records = kind.records(content)
    langs = [*languages, *sorted(_languages(records, kind) - set(languages))]
    header = [kind.id_column, *kind.context]
    header += [f"{text.replace('_', ' ')} ({lang})" for text in kind.texts for lang in langs]
    rows = []
    for record in records:
        row = [_id(record), *(_context(record, name) for name in kind.context)]
        for text in kind.texts:
            value = getattr(record, text, None)
            row += [value.values.get(lang, "") if value else "" for lang in langs]
        rows.append(row)
    return header, rows


def _languages(records: list[Any], kind: SheetKind) -> set[str]:
    return {
        lang
        for record in records
        for text in kind.texts
        if isinstance(value := getattr(record, text, None), LocalText)
        for lang in value.values
    }


def _id(record: Any) -> str:
    return record.sha256 if isinstance(record, m.Media) else record.slug


def _context(record: Any, name: str) -> str:
    if name == "file":
        return record.original_name
    if name == "part":
        return "programme" if isinstance(record, m.Programme) else "piece"
    value = getattr(record, name, None)
    if hasattr(value, "iso"):
        return value.iso()
    return "" if value is None else str(value)


# Import


def plan_metadata(
    plan: SheetPlan,
    table: Table,
    kind: SheetKind,
    content: m.ExhibitionContent,
    languages: list[str],
    sha_of: Callable[[Path], str],
) -> SheetPlan:
    columns = _text_columns(plan, table.header, kind, languages)
    by_id = {_id(record): record for record in kind.records(content)}
    seen: set[str] = set()
    for row, line in zip(table.rows, table.lines, strict=True):
        cells = {key.strip().lower(): (value or "").strip() for key, value in row.items()}
        record = _find(plan, cells, kind, by_id, line, sha_of)
        if record is None:
            continue
        if _id(record) in seen:
            plan.problem(line, f"{_id(record)[:16]} appears twice in the sheet")
            continue
        seen.add(_id(record))
        new = _edited(plan, record, cells, columns, line)
        plan.propose(record, new, f"line {line}, {_label(record)}")
    if plan.problems:
        plan.records.clear()
        plan.changes.clear()
    return plan


def _text_columns(plan, header, kind, languages) -> list[tuple[str, str, str]]:
    """(column, field, language) for every text column; an unknown one is a problem."""
    found = []
    for column in header:
        match = _TEXT_COLUMN.match(column.strip())
        if not match:
            continue
        name, lang = match["field"].strip().lower().replace(" ", "_"), match["lang"].lower()
        if name not in kind.texts:
            plan.problem(
                1, f"column {column!r}: {kind.name} records have no {match['field']!r} text"
            )
        elif lang not in languages:
            plan.problem(1, f"column {column!r}: {lang!r} is not one of {', '.join(languages)}")
        else:
            found.append((column.strip().lower(), name, lang))
    if not found:
        plan.problem(1, "no text columns (such as 'caption (en)') to import")
    return found


def _find(plan, cells, kind, by_id, line, sha_of) -> Any:
    key = cells.get(kind.id_column, "")
    if not key and kind.name == "media" and cells.get("file"):
        file, outside = plan.local_file(cells["file"], line)
        if file is None:
            plan.problems.append(outside)
            return None
        if not file.is_file():
            plan.problem(line, f"{file}: no such file")
            return None
        key = sha_of(file)
        if key not in by_id:  # rejected, or not imported yet in a dry run
            plan.notices.append(
                f"{plan.path}: line {line}: {file} is not in the archive; "
                "the row applies once the file is imported"
            )
            return None
    if not key:
        plan.problem(line, f"no {kind.id_column}")
        return None
    if key not in by_id:
        plan.problem(line, f"{kind.id_column} {key[:16]!r} is not in the archive")
        return None
    return by_id[key]


def _edited(plan, record, cells, columns, line) -> Any:
    changes: dict[str, LocalText] = {}
    for column, name, lang in columns:
        if not hasattr(record, name):
            if cells.get(column):
                plan.problem(line, f"{_label(record)} has no {name.replace('_', ' ')} text")
            continue
        text = changes.get(name, getattr(record, name))
        values = {k: v for k, v in text.values.items() if k != lang}
        if cells.get(column):
            values[lang] = cells[column]
        changes[name] = LocalText.of(values)
    return replace(record, **changes)


def _label(record: Any) -> str:
    if isinstance(record, m.Media):
        return record.original_name or record.sha256[:12]
    kind = {m.ProgrammeItem: "piece"}.get(type(record), type(record).__name__.lower())
    return f"{kind} {record.slug}"
