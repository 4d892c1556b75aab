"""Workbooks as Excel and LibreOffice save them: every cell read and written as text."""

from __future__ import annotations

import datetime
import io

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
    out = io.BytesIO()
    book.save(out)
    (table,) = workbook.read(out.getvalue()).values()
    assert table.rows == [
        {
            "event id": "x",
            "start": "1990-01-20",
            "year": "1990",
            "value": "2.5",
            "when": "1991-01-13T02:00:00",
        }
    ]
    assert table.lines == [3]
    assert "events" in workbook.read(out.getvalue())  # sheet names are matched in lower case


def test_a_file_that_is_not_a_workbook_is_one_clear_error():
    with pytest.raises(KioskError, match="not a readable .xlsx workbook"):
        workbook.read(b"event id,title\n")
