"""How the exhibition's sheets read and write their cells."""

from __future__ import annotations

import pytest

from kiosk.content.dates import PartialDate
from kiosk.content.errors import KioskError
from kiosk.services.sheet_kinds import KINDS, cell, parsed


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("steps.jpg; crowd.jpg", "medias", ("steps.jpg", "crowd.jpg")),
        ("a\nb;", "list", ("a", "b")),
        ("", "list", ()),
        ("yes", "bool", True),
        ("", "bool", False),
        ("1990-01", "date", PartialDate(1990, 1)),
        ("2025", "int", 2025),
        ("2,5", "float", 2.5),
        ("4:10", "minutes", 250.0),
        ("", "int", None),
    ],
)
def test_a_cell_reads_as_its_column_says(text, kind, value):
    assert parsed(text, kind) == value


@pytest.mark.parametrize(
    ("text", "kind", "reason"),
    [
        ("nineteen", "int", "'nineteen' is not a whole number"),
        ("maybe", "bool", "'maybe': write yes, or leave the cell empty"),
        ("four minutes", "minutes", "is not minutes:seconds"),
        ("20 Jan 1990", "date", "not a date"),
    ],
)
def test_a_cell_that_cannot_be_read_says_why(text, kind, reason):
    with pytest.raises(KioskError, match=reason):
        parsed(text, kind)


def test_what_a_cell_writes_reads_back_the_same():
    for value, kind in [(250.0, "minutes"), (True, "bool"), (("a", "b"), "list"), (1990, "int")]:
        assert parsed(cell(value, kind, str), kind) == value


def test_every_sheet_has_its_id_first_and_texts_it_can_translate():
    for kind in KINDS.values():
        assert kind.id_column.endswith(("id", "event"))
        assert kind.texts, kind.name
