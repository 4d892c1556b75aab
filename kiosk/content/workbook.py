"""Workbooks as Excel and LibreOffice save them (.xlsx, and LibreOffice's .ods): one sheet per
kind of record.

Every cell is read as text, as a CSV file's would be: a year typed as 1990 is "1990", a date
the spreadsheet program turned into a date is "1990-01-20". They are read with calamine (a
Rust reader, ten times openpyxl's speed: 270,000 cells in 0.8 s) and written with openpyxl,
every cell as text, so a caption starting with "=" stays a caption (openpyxl would otherwise
store it as a formula).
"""

from __future__ import annotations

import datetime
import io
from collections.abc import Iterable

from kiosk.content.errors import KioskError
from kiosk.content.spreadsheet import MAX_ROWS, Table

SUFFIX = ".xlsx"  # what `kiosk export` writes
SUFFIXES = (SUFFIX, ".ods")  # what `kiosk import` reads
_WIDTHS = {"id": 18, "text": 40}  # column widths, in characters, that a curator can read


def read(data: bytes) -> dict[str, Table]:
    """Each sheet's table, by the sheet's name (trimmed, lower case)."""
    from python_calamine import CalamineError, CalamineWorkbook  # only a workbook's import

    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(data))
        return {
            name.strip().lower(): _table(
                book.get_sheet_by_name(name).to_python(skip_empty_area=False)
            )
            for name in book.sheet_names
        }
    except (CalamineError, ValueError, OSError) as error:
        raise KioskError(f"not a readable .xlsx or .ods workbook ({error})") from error


def _table(rows: Iterable[list]) -> Table:
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
    if isinstance(cell, datetime.time):
        # "4:10" typed into a cell becomes 04:10:00, a time of day: a piece's four minutes
        # and ten seconds read back as they were typed.
        if cell.second:
            return f"{cell.hour}:{cell.minute:02d}:{cell.second:02d}"
        return f"{cell.hour}:{cell.minute:02d}"
    if isinstance(cell, datetime.date):
        return cell.isoformat()
    if isinstance(cell, datetime.timedelta):  # a duration typed as 4:10 and read as a time
        minutes, seconds = divmod(round(cell.total_seconds()), 60)
        return f"{minutes}:{seconds:02d}"
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
