"""Excel workbooks (.xlsx, as Excel and LibreOffice save them): one sheet per kind of record.

Every cell is read as text, as a CSV file's would be: a year typed as 1990 is "1990", a date
the spreadsheet program turned into a date is "1990-01-20". Cells are written as text too, so
a caption starting with "=" stays a caption (openpyxl would otherwise store it as a formula).
"""

from __future__ import annotations

import datetime
import io
import zipfile
from collections.abc import Iterable

from kiosk.content.errors import KioskError
from kiosk.content.spreadsheet import MAX_ROWS, Table

SUFFIX = ".xlsx"
_WIDTHS = {"id": 18, "text": 40}  # column widths, in characters, that a curator can read


def read(data: bytes) -> dict[str, Table]:
    """Each sheet's table, by the sheet's name (trimmed, lower case)."""
    from openpyxl import load_workbook  # only `kiosk import` of a workbook needs it

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise KioskError(f"not a readable .xlsx workbook ({error})") from error
    try:
        return {ws.title.strip().lower(): _table(ws.iter_rows(values_only=True)) for ws in book}
    finally:
        book.close()


def _table(rows: Iterable[tuple]) -> Table:
    rows = iter(rows)
    header = [_text(cell).strip() for cell in next(rows, ())]
    while header and not header[-1]:
        header.pop()
    found, lines = [], []
    for line, cells in enumerate(rows, start=2):
        texts = [_text(cell) for cell in cells]
        if not any(t.strip() for t in texts):
            continue
        if len(found) == MAX_ROWS:
            raise KioskError(f"more than {MAX_ROWS:,} rows; split it into smaller sheets")
        found.append({name: texts[i] if i < len(texts) else "" for i, name in enumerate(header)})
        lines.append(line)
    return Table(header, found, lines, "xlsx")


def _text(cell: object) -> str:
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "yes" if cell else ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, datetime.datetime):
        return cell.date().isoformat() if cell.time() == datetime.time() else cell.isoformat()
    if isinstance(cell, datetime.date | datetime.time):
        return cell.isoformat()
    return str(cell).replace("\r\n", "\n")


def write(sheets: dict[str, tuple[list[str], list[list[str]]]]) -> bytes:
    """A workbook of `sheets` (name: header and rows), the header in bold and frozen."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    book.remove(book.active)
    for name, (header, rows) in sheets.items():
        ws = book.create_sheet(name)
        for row in [header, *rows]:
            ws.append(row)
        for cell in (c for column in ws.iter_cols() for c in column):
            cell.data_type = "s"  # text, never a formula
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        for cell in ws[1]:
            cell.font = Font(bold=True)
        ws.freeze_panes = "B2"
        for index, title in enumerate(header, start=1):
            letter = ws.cell(row=1, column=index).column_letter
            ws.column_dimensions[letter].width = _WIDTHS["text" if "(" in title else "id"]
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
