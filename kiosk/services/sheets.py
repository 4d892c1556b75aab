"""Spreadsheets in an import: TimelineJS chronologies, and the exhibition's own sheets (a
workbook of them, or CSV files).

Each sheet is read, recognised by its name or its columns, checked against the archive and
turned into a plan: the records it writes and the changes in words. A workbook, or a folder
of the kiosk's CSV sheets, is one group: its sheets are planned together, in the order of
the kinds (sections before the events in them), and written in one transaction, or not at all
if any sheet in it has a problem. Groups are planned in turn, each seeing what the previous
ones did, so that a metadata sheet may describe events a TimelineJS sheet beside it creates,
in a dry run too.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kiosk.archive import Archive
from kiosk.content import model as m
from kiosk.content import spreadsheet, timelinejs, workbook
from kiosk.content.errors import KioskError, MediaError
from kiosk.content.rules import dangling_references
from kiosk.content.spreadsheet import Table
from kiosk.media.files import read_regular
from kiosk.media.store import sha256_of
from kiosk.services import sheet_metadata, sheet_ops, sheet_timeline
from kiosk.services.sheet_changes import SheetPlan, beside, inside
from kiosk.services.sheet_kinds import KINDS, split_list

# A museum's largest sheet (every photo of a big archive, a row each) is a few megabytes; read
# whole and parsed into rows, a sheet takes some ten times its size in memory.
MAX_SHEET_BYTES = 20 << 20
_ORDER = {name: n for n, name in enumerate(KINDS)}


@dataclass(frozen=True)
class SheetFile:
    path: Path  # a workbook's sheet: "book.xlsx, sheet events", beside the workbook
    table: Table | None
    problem: str = ""
    folder: Path | None = None  # the folder imported: the files the sheet names must be in it
    group: Path | None = None  # the workbook, or the folder of CSV sheets, it belongs to
    name: str = ""  # the workbook sheet's name, or the CSV file's

    @property
    def root(self) -> Path:
        return self.folder or self.path.parent

    @property
    def file(self) -> Path:
        """The file it is in: its workbook, or itself."""
        in_workbook = self.group is not None and self.group.suffix.lower() in workbook.SUFFIXES
        return self.group if in_workbook and self.group else self.path

    @property
    def is_timeline(self) -> bool:
        return self.table is not None and timelinejs.is_timeline(self.table.header)

    @property
    def kind(self):
        return sheet_metadata.kind_of_sheet(self.table.header, self.name) if self.table else None


def read_sheets(path: Path, folder: Path | None = None) -> list[SheetFile]:
    """The sheets of a workbook, or the one of a CSV file; `folder`: the folder being imported
    that holds it (else the file's own)."""
    try:
        data = read_regular(path, MAX_SHEET_BYTES, "a spreadsheet")
        if path.suffix.lower() in workbook.SUFFIXES:
            return _workbook_sheets(path, workbook.read(data), folder)
        table = spreadsheet.read(data)
    except OSError as error:
        return [SheetFile(path, None, f"{path}: cannot read ({error.strerror or error})")]
    except MediaError as error:  # not a regular file, or too large: the message names it
        return [SheetFile(path, None, str(error))]
    except KioskError as error:
        return [SheetFile(path, None, f"{path}: {error}")]
    sheet = SheetFile(path, table, folder=folder, name=path.stem.lower())
    if not sheet.is_timeline and sheet.kind is None:
        return [_unknown(path, table)]
    return [dataclasses.replace(sheet, group=None if sheet.is_timeline else path.parent)]


def read_sheet(path: Path, folder: Path | None = None) -> SheetFile:
    return read_sheets(path, folder)[0]


def _workbook_sheets(path: Path, tables: dict[str, Table], folder: Path | None):
    sheets = []
    for name, table in tables.items():
        where = path.parent / f"{path.name}, sheet {name}"
        sheet = SheetFile(where, table, folder=folder or path.parent, group=path, name=name)
        if sheet.is_timeline or sheet.kind is not None:
            sheets.append(sheet)
        elif table.rows:  # an empty sheet of notes is not a problem; a full unknown one is
            sheets.append(_unknown(where, table))
    return sheets or [SheetFile(path, None, f"{path}: no sheet of the kiosk's in the workbook")]


def _unknown(path: Path, table: Table) -> SheetFile:
    columns = ", ".join(c for c in table.header if c)[:120] or "none"
    return SheetFile(
        path,
        None,
        f"{path}: not a TimelineJS or kiosk metadata spreadsheet (its columns: {columns})",
    )


def media_named_by(sheets: list[SheetFile]) -> list[Path]:
    """Files beside the sheets that the sheets name, to import with them."""
    found = []
    for sheet in sheets:
        if sheet.is_timeline:
            found += sheet_timeline.local_media(sheet.path, sheet.table, sheet.root)
        elif sheet.table is not None:
            found += _files_in_cells(sheet)
    return found


def _files_in_cells(sheet: SheetFile) -> Iterator[Path]:
    kind = sheet.kind
    if kind is None or sheet.table is None:
        return
    columns = [c.name for c in kind.values if c.kind in ("media", "medias")]
    columns += ["file"] if kind.name == "media" else []
    for row in sheet.table.rows:
        cells = {k.strip().lower(): v for k, v in row.items()}
        for column in columns:
            for name in split_list(cells.get(column, "")):
                file = beside(sheet.path, name)
                if file.is_file() and inside(sheet.root, file):  # most cells name no file
                    yield file


@dataclass(frozen=True)
class SheetOptions:
    section: str | None  # the chronology a TimelineJS sheet fills
    lang: str  # the language of a TimelineJS sheet
    languages: list[str]  # the kiosk's
    delete: bool = False  # delete the records whose rows were removed
    pending: frozenset[Path] = frozenset()  # files a dry run would import: named, not missing


def plan_sheets(
    archive: Archive, sheets: list[SheetFile], options: SheetOptions
) -> list[SheetPlan]:
    """TimelineJS sheets first, so that metadata sheets may describe what they make."""
    content = archive.content()
    plans = []
    for group in _groups(sheets):
        trial = sheet_ops.copy_content(content)
        made = [_plan(sheet, trial, options) for sheet in group]
        _check_references(made, content, trial)
        if any(plan.problems for plan in made):
            _refuse(made)
        else:
            content = trial
        plans += made
    return plans


def _groups(sheets: list[SheetFile]) -> list[list[SheetFile]]:
    """Each TimelineJS sheet alone; the sheets of a workbook or a folder together."""
    groups: dict[object, list[SheetFile]] = {}
    for sheet in sorted(sheets, key=lambda s: (not s.is_timeline, str(s.group or s.path))):
        groups.setdefault(sheet.group or sheet.path, []).append(sheet)
    for group in groups.values():
        group.sort(key=lambda s: (_ORDER.get(s.kind.name, 99) if s.kind else -1, str(s.path)))
    return list(groups.values())


def _plan(sheet: SheetFile, content, options: SheetOptions) -> SheetPlan:
    group = str(sheet.group or sheet.path)
    plan = SheetPlan(sheet.path, root=sheet.root, group=group, file=sheet.file)
    if sheet.table is None:
        plan.problems.append(sheet.problem)
    elif sheet.is_timeline:
        plan = sheet_timeline.plan_timeline(
            plan, sheet.table, content, options.section, options.lang, _sha_of
        )
    else:
        plan = sheet_metadata.plan_metadata(
            plan,
            sheet.table,
            sheet.kind,
            content,
            options.languages,
            _sha_of,
            delete=options.delete,
            pending=options.pending,
        )
    sheet_ops.absorb(content, plan.records)
    return plan


def _check_references(plans: list[SheetPlan], before, after) -> None:
    """A group may not leave a record naming one that is not there (a deleted section that
    events are still in, a picture an artwork still shows)."""
    known = {(f.ref, f.message) for f in dangling_references(before)}
    for finding in dangling_references(after):
        if (finding.ref, finding.message) not in known:
            kind = finding.code.removeprefix("missing-")
            plan = next((p for p in plans if finding.ref in _refs(p)), None) or next(
                (p for p in plans if kind in _deleted_kinds(p)), plans[-1]
            )
            plan.problem(None, f"{finding.ref.replace(':', ' ')} {finding.message}")


def _refs(plan: SheetPlan) -> set[str]:
    """The records a plan writes, named as `kiosk check` names them ("event:baku")."""
    refs = set()
    for record in plan.records:
        if isinstance(record, sheet_ops.MediaSections):
            refs |= {f"section:{link.section}" for link in record.links}
        elif isinstance(record, sheet_ops.EventFacts):
            refs.add(f"event:{record.event}")
        elif not isinstance(record, sheet_ops.Deletion | m.Media):
            refs.add(
                f"{_RULE_NAMES.get(type(record), type(record).__name__.lower())}:{record.slug}"
            )
    return refs


def _deleted_kinds(plan: SheetPlan) -> set[str]:
    return {
        type(r.record).__name__.lower() for r in plan.records if isinstance(r, sheet_ops.Deletion)
    }


_RULE_NAMES = {m.ProgrammeItem: "piece"}


def _refuse(plans: list[SheetPlan]) -> None:
    """Nothing of a group with a problem is written; a workbook says so once."""
    for plan in plans:
        plan.records.clear()
        plan.changes.clear()
        plan.refused = True
    failed = [plan for plan in plans if plan.problems]
    if len(plans) > 1:
        failed[0].problems.insert(
            0,
            f"{plans[0].group}: nothing in it was imported ({len(failed)} of its "
            f"{len(plans)} sheets have errors)",
        )


def apply(archive: Archive, plans: list[SheetPlan]) -> None:
    """One group's plans, written together."""
    sheet_ops.apply(archive, [record for plan in plans for record in plan.records])


def _sha_of(path: Path) -> str:
    try:
        return sha256_of(path)
    except MediaError:
        return ""
