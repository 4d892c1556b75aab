"""One sheet being planned, and its cells read: shared by the modules that plan its rows,
its files and its figures."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.content import model as m
from kiosk.content.errors import KioskError
from kiosk.services.sheet_changes import SheetPlan
from kiosk.services.sheet_kinds import Column, SheetKind, parsed

ShaOf = Callable[[Path], str]
PARTS = {m.Programme: "programme", m.ProgrammeItem: "piece"}


@dataclass
class SheetState:
    """One sheet being planned: its columns, what it has seen, what it asks."""

    plan: SheetPlan
    kind: SheetKind
    content: m.ExhibitionContent
    sha_of: ShaOf
    columns: list[tuple[str, Column, str | None]]  # (header, column, language of a text)
    has_ids: bool
    names: Any  # sheet_media.MediaNames
    by_id: dict[str, Any] = field(default_factory=dict)  # the records of its kind, by id
    seen: set[str] = field(default_factory=set)
    wanted: dict[str, tuple[tuple[str, ...], int, str]] = field(default_factory=dict)  # media
    rows: list[tuple[Any, Any, int]] = field(default_factory=list)  # (old, new, line)
    taken: set[str] = field(default_factory=set)  # slugs, for new records
    positions: dict[Any, int] = field(default_factory=dict)  # the media's, by section
    programme: str | None = None  # the programme the pieces below belong to


def label(record: Any) -> str:
    if isinstance(record, m.Media):
        return record.original_name or record.sha256[:12]
    return f"{kind_name(type(record))} {record.slug}"


def kind_name(cls: type) -> str:
    return {m.ProgrammeItem: "piece"}.get(cls, cls.__name__.lower())


def read_cells(sheet: SheetState, cells, cls: type, line: int) -> dict[str, Any] | None:
    """The fields the row's cells give, by field; texts as {language: text}."""
    values: dict[str, Any] = {}
    ok = True
    for name, column, lang in sheet.columns:
        if column.part is not None and column.part is not cls:
            if cells.get(name):
                sheet.plan.problem(line, f"{name}: a {PARTS[cls]} has no {column.name}")
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


def _media(sheet: SheetState, column: Column, value: Any, line: int) -> Any:
    names, plan = sheet.names, sheet.plan
    if column.kind == "media" and value:
        return names.sha(value, plan, line, sheet.sha_of) or None
    if column.kind == "medias":
        return tuple(filter(None, (names.sha(v, plan, line, sheet.sha_of) for v in value)))
    return value
