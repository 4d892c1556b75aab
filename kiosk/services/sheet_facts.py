"""The facts sheet: an event's figures are its rows, in order; they have no ids of their own."""

from __future__ import annotations

from kiosk.content import model as m
from kiosk.content.spreadsheet import Table
from kiosk.content.text import LocalText
from kiosk.services.sheet_changes import differences
from kiosk.services.sheet_ops import EventFacts
from kiosk.services.sheet_state import SheetState, read_cells


def plan_facts(sheet: SheetState, table: Table, delete: bool) -> None:
    wanted: dict[str, list[m.Fact]] = {}
    for row, line in zip(table.rows, table.lines, strict=True):
        cells = {k.strip().lower(): (v or "").strip() for k, v in row.items()}
        event = cells.get(sheet.kind.id_column, "")
        if not event:
            sheet.plan.problem(line, f"no {sheet.kind.id_column}")
            continue
        values = read_cells(sheet, cells, m.Fact, line)
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


def _propose_facts(sheet: SheetState, wanted: dict[str, list[m.Fact]], delete: bool) -> None:
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
