"""CSV files as Excel and LibreOffice save them: any separator, UTF-8 or a Windows code page.

Excel writes "CSV UTF-8" with a byte-order mark, "Unicode text" as UTF-16 with tabs, and
plain "CSV" in the computer's Windows code page, with ";" where the comma is the decimal
sign. Such a file says nothing of its code page; the one that turns its bytes into the most
letters of the kiosk's languages wins (é, ė, ş or Cyrillic rather than ë, ø, þ or Ð).

A cell starting with = + - @ (or a tab or carriage return, behind which a formula hides) is
a live formula when the file is opened in Excel or LibreOffice: a caption could run a
command on the curator's computer (CSV injection). `write` puts a single quote before such a
cell, as OWASP advises, and `read` takes exactly that quote off again, so "-5" and
"+994 12 …" come back as they went out.
"""

from __future__ import annotations

import codecs
import csv
import io
from dataclasses import dataclass

from kiosk.content.errors import KioskError

SEPARATORS = ",;\t"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"
MAX_ROWS = 100_000  # every photo of a large archive; each row is a dict of every column
CODE_PAGE_SAMPLE = 1 << 20  # characters enough to tell code pages apart, read in Python
CODE_PAGES = ("cp1251", "cp1257", "cp1254", "cp1252")
_LETTERS = (
    set(
        "çəğıöşüÇƏĞİÖŞÜ"  # Azerbaijani
        "ąčęėįšųūžĄČĘĖĮŠŲŪŽ"  # Lithuanian
        "áàâäéèêëíîïóôúùûñÁÀÂÄÉÈÊÍÎÓÔÚÙÛÑß"  # names and loan words in Western languages
        "«»“”„‘’–—…№"
    )
    | {chr(c) for c in range(0x0410, 0x0450)}
    | {"ё", "Ё"}
)


@dataclass(frozen=True)
class Table:
    """A spreadsheet's header and rows; `lines[i]` is the line row i starts on, for messages."""

    header: list[str]
    rows: list[dict[str, str]]
    lines: list[int]
    encoding: str


def read(data: bytes) -> Table:
    return parse(*decode(data))


def decode(data: bytes) -> tuple[str, str]:
    """The text of a CSV file and the encoding it was read in."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(encoding), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    decoded = {page: data.decode(page, errors="replace") for page in CODE_PAGES}
    best = max(CODE_PAGES, key=lambda page: _score(decoded[page][:CODE_PAGE_SAMPLE]))
    return decoded[best], best


def _score(text: str) -> int:
    """Letters of our languages count for a code page; others, and Cyrillic letters inside a
    Latin word ("Laisvлs" is Lithuanian read as Russian), count against it."""
    score = 0
    for i, ch in enumerate(text):
        if ord(ch) < 128:
            continue
        beside = text[max(i - 1, 0) : i + 2]
        mixed = "\u0400" <= ch <= "\u04ff" and any(c.isascii() and c.isalpha() for c in beside)
        score += 1 if ch in _LETTERS and not mixed else -1
    return score


def parse(text: str, encoding: str = "utf-8") -> Table:
    """Rows keyed by header cell (trimmed); empty rows are left out."""
    if "\x00" in text:
        raise KioskError("not a text spreadsheet (save it from the spreadsheet program as CSV)")
    first_line = text.split("\n", 1)[0]
    separator = max(SEPARATORS, key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    try:
        header = [restore(cell).strip() for cell in next(reader)]
    except StopIteration:
        raise KioskError("the file is empty") from None
    except csv.Error as error:
        raise KioskError(f"not a readable spreadsheet ({error})") from error
    rows, lines = [], []
    try:
        line = reader.line_num + 1
        for cells in reader:
            if len(rows) == MAX_ROWS:
                raise KioskError(f"more than {MAX_ROWS:,} rows; split it into smaller sheets")
            if any(cell.strip() for cell in cells):
                rows.append(
                    {
                        name: _cell(cells[i]) if i < len(cells) else ""
                        for i, name in enumerate(header)
                    }
                )
                lines.append(line)
            line = reader.line_num + 1
    except csv.Error as error:
        raise KioskError(f"line {reader.line_num}: not readable ({error})") from error
    return Table(header, rows, lines, encoding)


def _cell(text: str) -> str:
    """A cell's text: a line break inside a cell written the Windows way is one line break."""
    return restore(text).replace("\r\n", "\n")


def write(header: list[str], rows: list[list[str]]) -> bytes:
    """UTF-8 with a byte-order mark, which both Excel and LibreOffice open as UTF-8."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([neutralise(cell) for cell in header])
    writer.writerows([neutralise(cell) for cell in row] for row in rows)
    return out.getvalue().encode("utf-8-sig")


def neutralise(cell: str) -> str:
    """A cell a spreadsheet program would take for a formula, as text: a quote before it. A
    cell that already starts with quotes before such a character gets one more, so that
    `restore` can tell ours from the author's."""
    return QUOTE + cell if _is_formula(cell.lstrip(QUOTE)) else cell


def restore(cell: str) -> str:
    """The cell as it was before `neutralise`."""
    return cell[1:] if cell.startswith(QUOTE) and _is_formula(cell.lstrip(QUOTE)) else cell


def _is_formula(cell: str) -> bool:
    return cell.startswith(FORMULA_STARTS)
