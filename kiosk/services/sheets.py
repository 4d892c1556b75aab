"""Spreadsheets in an import: TimelineJS chronologies and the kiosk's metadata sheets.

Each sheet is read, recognised by its columns, checked against the archive and turned into a
plan: the records it writes and the changes in words. A sheet with any problem changes
nothing; one without is written in a single transaction. Sheets are planned in turn, each
seeing what the previous ones did, so a metadata sheet may describe events a TimelineJS
sheet beside it creates, in a dry run too.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kiosk.archive import Archive
from kiosk.content import model as m
from kiosk.content import spreadsheet, timelinejs
from kiosk.content.errors import KioskError, MediaError
from kiosk.content.spreadsheet import Table
from kiosk.media.files import read_regular
from kiosk.media.store import sha256_of
from kiosk.services import sheet_metadata, sheet_timeline
from kiosk.services.sheet_changes import SheetPlan

_LISTS = {cls: name for name, cls in m.content_lists().items()}  # Event -> "events"
# A museum's largest sheet (every photo of a big archive, a row each) is a few megabytes; read
# whole and parsed into rows, a sheet takes some ten times its size in memory.
MAX_SHEET_BYTES = 20 << 20


@dataclass(frozen=True)
class SheetFile:
    path: Path
    table: Table | None
    problem: str = ""
    folder: Path | None = None  # the folder imported: the files the sheet names must be in it

    @property
    def root(self) -> Path:
        return self.folder or self.path.parent

    @property
    def is_timeline(self) -> bool:
        return self.table is not None and timelinejs.is_timeline(self.table.header)


def read_sheet(path: Path, folder: Path | None = None) -> SheetFile:
    """`folder`: the folder being imported that holds the sheet (else the sheet's own)."""
    try:
        table = spreadsheet.read(read_regular(path, MAX_SHEET_BYTES, "a spreadsheet"))
    except OSError as error:
        return SheetFile(path, None, f"{path}: cannot read ({error.strerror or error})")
    except MediaError as error:  # not a regular file, or too large: the message names it
        return SheetFile(path, None, str(error))
    except KioskError as error:
        return SheetFile(path, None, f"{path}: {error}")
    if not timelinejs.is_timeline(table.header) and not sheet_metadata.kind_of_sheet(table.header):
        columns = ", ".join(c for c in table.header if c)[:120] or "none"
        return SheetFile(
            path,
            None,
            f"{path}: not a TimelineJS or kiosk metadata spreadsheet (its columns: {columns})",
        )
    return SheetFile(path, table, folder=folder)


def media_named_by(sheets: list[SheetFile]) -> list[Path]:
    """Files beside TimelineJS sheets that the sheets show, to import with them."""
    return [
        file
        for s in sheets
        if s.is_timeline
        for file in sheet_timeline.local_media(s.path, s.table, s.root)
    ]


def plan_sheets(
    archive: Archive, sheets: list[SheetFile], section: str | None, lang: str, languages: list[str]
) -> list[SheetPlan]:
    """TimelineJS sheets first, so that metadata sheets may describe what they make."""
    content = archive.content()
    plans = []
    for sheet in sorted(sheets, key=lambda s: (not s.is_timeline, str(s.path))):
        if sheet.table is None:
            plan = SheetPlan(sheet.path, problems=[sheet.problem])
        elif sheet.is_timeline:
            plan = sheet_timeline.plan_timeline(
                SheetPlan(sheet.path, root=sheet.root), sheet.table, content, section, lang, _sha_of
            )
        else:
            kind = sheet_metadata.kind_of_sheet(sheet.table.header)
            plan = sheet_metadata.plan_metadata(
                SheetPlan(sheet.path, root=sheet.root),
                sheet.table,
                kind,
                content,
                languages,
                _sha_of,
            )
        _absorb(content, plan.records)
        plans.append(plan)
    return plans


def apply(archive: Archive, plan: SheetPlan) -> None:
    with archive.transaction():
        archive.put_all(plan.records)


def _sha_of(path: Path) -> str:
    try:
        return sha256_of(path)
    except MediaError:
        return ""


def _absorb(content: m.ExhibitionContent, records: list) -> None:
    """`content` as it will be once `records` are written."""
    for record in records:
        items: list = getattr(content, _LISTS[type(record)])
        key = _key(record)
        index = next((i for i, item in enumerate(items) if _key(item) == key), None)
        if index is None:
            items.append(record)
        else:
            items[index] = record


def _key(record) -> str:
    return record.sha256 if isinstance(record, m.Media) else record.slug
