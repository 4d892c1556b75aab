"""Workbooks as Excel and LibreOffice save them: every cell read and written as text."""

from __future__ import annotations

import datetime
import io
import zipfile

import pytest
from openpyxl import Workbook, load_workbook

from kiosk.content import workbook
from kiosk.content.errors import KioskError


def test_cells_written_are_read_back_as_the_same_text_in_the_same_sheets():
    sheets = {
        "events": (["event id", "title (en)"], [["a", '=HYPERLINK("x")'], ["b", "+994 12"]]),
        "media": (["media id", "caption (az)"], [["ab12", "Şəhidlər xiyabanı\nikinci sətir"]]),
    }
    tables = workbook.read(workbook.write(sheets))
    assert list(tables) == ["events", "media"]
    assert [list(r.values()) for r in tables["events"].rows] == sheets["events"][1]
    assert tables["media"].rows[0]["caption (az)"] == "Şəhidlər xiyabanı\nikinci sətir"
    assert tables["events"].lines == [2, 3]


def test_a_caption_starting_with_equals_is_stored_as_text_never_as_a_formula():
    data = workbook.write({"events": (["event id", "title (en)"], [["a", "=1+1"]])})
    cell = load_workbook(io.BytesIO(data))["events"]["B2"]
    assert (cell.value, cell.data_type) == ("=1+1", "s")


def test_numbers_and_dates_a_spreadsheet_program_typed_are_read_as_text():
    book = Workbook()
    sheet = book.active
    sheet.title = "Events"
    sheet.append(["event id", "start", "year", "value", "when"])
    sheet.append([None, None, None, None, None])  # an empty row is left out
    sheet.append(["x", datetime.date(1990, 1, 20), 1990, 2.5, datetime.datetime(1991, 1, 13, 2)])
    sheet.append(["y", "", "", "", datetime.time(4, 10)])  # "4:10" typed: Excel's 04:10:00
    out = io.BytesIO()
    book.save(out)
    (table,) = workbook.read(out.getvalue()).values()
    assert table.rows[0] == {
        "event id": "x",
        "start": "1990-01-20",
        "year": "1990",
        "value": "2.5",
        "when": "1991-01-13T02:00:00",
    }
    assert table.rows[1]["when"] == "4:10"
    assert table.lines == [3, 4]
    assert "events" in workbook.read(out.getvalue())  # sheet names are matched in lower case


def test_a_file_that_is_not_a_workbook_is_one_clear_error():
    with pytest.raises(KioskError, match="not a readable .xlsx or .ods workbook"):
        workbook.read(b"event id,title\n")


def _cell(text: str) -> str:
    return (
        f'<table:table-cell office:value-type="string"><text:p>{text}</text:p></table:table-cell>'
    )


def _row(*texts: str) -> str:
    return f"<table:table-row>{''.join(_cell(t) for t in texts)}</table:table-row>"


ODS_CONTENT = (
    '<?xml version="1.0" encoding="UTF-8"?><office:document-content'
    ' xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
    ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
    ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
    '<office:body><office:spreadsheet><table:table table:name="Events">'
    + _row("event id", "title (az)")
    + _row("baku", "Bakı gecəsi")
    + "</table:table></office:spreadsheet></office:body></office:document-content>"
)


def test_a_libreoffice_ods_workbook_is_read_as_well(tmp_path):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as ods:
        ods.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        ods.writestr("content.xml", ODS_CONTENT)
        ods.writestr(
            "META-INF/manifest.xml",
            '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:'
            'xmlns:manifest:1.0">'
            '<manifest:file-entry manifest:full-path="/" manifest:media-type='
            '"application/vnd.oasis.opendocument.spreadsheet"/></manifest:manifest>',
        )
    tables = workbook.read(out.getvalue())
    assert tables["events"].rows == [{"event id": "baku", "title (az)": "Bakı gecəsi"}]
