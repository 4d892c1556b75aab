"""CSV files as Excel and LibreOffice save them."""

import codecs
import csv
import io
from pathlib import Path

import pytest

from kiosk.content.errors import KioskError
from kiosk.content.spreadsheet import read, write
from tests.hostile import FORMULA_CELLS, LOOKALIKE_CELLS

SHARED = Path(__file__).resolve().parents[3] / "shared" / "fixtures" / "timelinejs"
ROWS = [["20 Yanvar", "Şəhidlər xiyabanı"], ["Sausio 13-oji", "Laisvės gynėjų diena"]]


def test_what_we_write_reads_back_cell_for_cell_with_its_byte_order_mark():
    data = write(["id", "text (az)"], [["a", 'Ə, "ş"\nı'], ["b", ""]])
    assert data.startswith(codecs.BOM_UTF8)
    table = read(data)
    assert table.header == ["id", "text (az)"]
    assert table.rows == [{"id": "a", "text (az)": 'Ə, "ş"\nı'}, {"id": "b", "text (az)": ""}]
    assert table.lines == [2, 4]  # the quoted line break makes row b start on line 4


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("title;place\nЯнварь 1990;Баку, площадь\n", "cp1251"),  # Russian Excel, ';'
        ("title;place\nSausio 13-oji;Laisvės gynėjų diena\n", "cp1257"),  # Lithuanian Excel
        ("title,place\nŞehidler xiyabanı,Bakı\n", "cp1254"),  # Turkish code page
        ("title,place\nCafé crème,naïve\n", "cp1252"),  # Western
    ],
)
def test_a_legacy_code_page_is_recognised_by_the_letters_it_makes(text, encoding):
    table = read(text.encode(encoding))
    header, row = text.splitlines()
    separator = ";" if ";" in header else ","
    assert list(table.rows[0].values()) == row.split(separator)


def test_excel_unicode_text_is_utf16_with_tabs():
    table = read("title\tplace\r\nƏ\tBakı\r\n".encode("utf-16"))
    assert table.rows == [{"title": "Ə", "place": "Bakı"}]


def test_short_rows_get_empty_cells_and_blank_rows_are_left_out():
    table = read(b"a,b,c\n1\n,,\n4,5,6\n")
    assert table.rows == [{"a": "1", "b": "", "c": ""}, {"a": "4", "b": "5", "c": "6"}]
    assert table.lines == [2, 4]


def test_an_empty_or_binary_file_is_a_clear_error():
    with pytest.raises(KioskError, match="empty"):
        read(b"")
    with pytest.raises(KioskError, match="not a text spreadsheet"):
        read(b"PK\x03\x04\x00\x00binary")


def test_quoted_commas_quotes_and_line_breaks_as_another_program_writes_them():
    # What the shared parser fixture below checks, in a sheet of our own (it is always here).
    data = (
        b"title,description\r\n"
        b'a good day,"He said ""quoted strings"", then\r\nnew lines!"\r\n'
        b'"a day, i guess",plain\r\n'
    )
    table = read(data)
    assert [r["title"] for r in table.rows] == ["a good day", "a day, i guess"]
    assert table.rows[0]["description"] == 'He said "quoted strings", then\nnew lines!'


@pytest.mark.skipif(not SHARED.is_dir(), reason=f"{SHARED} not present (only beside the project)")
def test_the_shared_parser_fixture_keeps_quoted_commas_quotes_and_line_breaks():
    table = read((SHARED / "parser_test.csv").read_bytes())
    assert [r["title"] for r in table.rows] == ["a good day", "an ok day", "a day, i guess"]
    assert '"quoted strings"' in table.rows[0]["description"]
    assert "\nnew lines!" in table.rows[0]["description"]


def test_formula_cells_are_written_as_text_and_read_back_unchanged():
    cells = [*FORMULA_CELLS, *LOOKALIKE_CELLS]
    data = write(["id", "text (en)"], [[str(i), cell] for i, cell in enumerate(cells)])
    written = csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""))
    assert not [row[1] for row in written if row[1].startswith(("=", "+", "-", "@", "\t", "\r"))]
    assert [row["text (en)"] for row in read(data).rows] == cells


def test_a_quote_that_escapes_nothing_is_the_authors_and_stays():
    table = read(b"id,text\n1,'hello\n2,'-5\n3,''=x\n")
    assert [row["text"] for row in table.rows] == ["'hello", "-5", "'=x"]


def test_more_rows_than_any_museum_sheet_is_refused_before_they_fill_memory():
    limit = 100_000
    data = b"Year,Headline\n" + b"1990,x\n" * (limit + 1)
    with pytest.raises(KioskError, match="more than 100,000 rows; split it"):
        read(data)
    assert len(read(b"Year,Headline\n" + b"1990,x\n" * limit).rows) == limit
