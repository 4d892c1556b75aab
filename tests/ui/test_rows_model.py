"""The list models: roles from a row dataclass, and refills that tell views what changed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray, Qt

from kiosk.services.rows import TrackRow
from kiosk.ui.models.lazy_rows_model import LazyRowsModel
from kiosk.ui.models.rows_model import RowsModel

TRACKS = {
    "en": [TrackRow("baku", "Baku 1990", 0), TrackRow("vilnius", "Vilnius 1991", 1)],
    "az": [TrackRow("baku", "Bakı 1990", 0), TrackRow("vilnius", "Vilnius 1991", 1)],
    "other": [TrackRow("baku", "Baku 1990", 0), TrackRow("riga", "Riga 1991", 1)],
}


def _role(model, name: str) -> int:
    return next(r for r, n in model.roleNames().items() if n == QByteArray(name.encode()))


def test_the_roles_are_the_row_fields(qapp, qtmodeltester):
    model = RowsModel(TrackRow, TRACKS.__getitem__)
    model.load("en")
    assert sorted(bytes(n).decode() for n in model.roleNames().values()) == [
        "lane",
        "slug",
        "title",
    ]
    assert model.data(model.index(1), _role(model, "title")) == "Vilnius 1991"
    qtmodeltester.check(model, force_py=True)


def test_the_same_rows_in_another_language_change_only_what_differs(qapp, qtbot):
    model = RowsModel(TrackRow, TRACKS.__getitem__)
    model.load("en")
    no_reset = qtbot.assertNotEmitted(model.modelReset)
    with no_reset, qtbot.waitSignal(model.dataChanged) as changed:
        model.load("az")
    first, last, roles = changed.args
    assert (first.row(), last.row(), roles) == (0, 0, [_role(model, "title")])
    assert model.data(model.index(0), _role(model, "title")) == "Bakı 1990"


def test_other_rows_of_the_same_count_reset_the_model(qapp, qtbot):
    """Two rows for two rows is not the same rows (a count once stood for the keys)."""
    model = RowsModel(TrackRow, TRACKS.__getitem__)
    model.load("en")
    with qtbot.waitSignal(model.modelReset):
        model.load("other")
    assert model.data(model.index(1), _role(model, "slug")) == "riga"


def test_a_refill_with_nothing_changed_says_nothing(qapp, qtbot):
    model = RowsModel(TrackRow, TRACKS.__getitem__)
    model.load("en")
    with qtbot.assertNotEmitted(model.dataChanged), qtbot.assertNotEmitted(model.modelReset):
        model.load("en")


def test_a_row_of_another_shape_is_refused(qapp):
    model = RowsModel(TrackRow, lambda lang: [{"slug": "baku", "title": "Baku", "lane": 0}])
    with pytest.raises(TypeError, match="a dict in a model of TrackRow"):
        model.load("en")


def test_the_lazy_model_makes_rows_of_its_type(qapp, qtmodeltester):
    rows = {row.slug: row for row in TRACKS["en"]}
    model = LazyRowsModel(TrackRow, lambda: list(rows), lambda key, lang: rows[key])
    model.load("en")
    assert model.data(model.index(0), _role(model, "lane")) == 0
    assert model.data(model.index(1), Qt.ItemDataRole.DisplayRole) == "vilnius"
    qtmodeltester.check(model, force_py=True)
