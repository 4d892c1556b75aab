"""A read-only list model whose rows are made only when a view asks for them.

A gallery section may hold thousands of pictures: the model knows their keys at once (cheap)
and makes each row (files checked, texts chosen) when the grid scrolls it into view, keeping
the most recently made ones.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Property, QAbstractListModel, QByteArray, QModelIndex, Qt, Signal

from kiosk.ui.models.roles import Roles
from kiosk.ui.models.rows_model import Index

KEPT = 400  # rows kept made: several screens of a grid


class LazyRowsModel(QAbstractListModel):
    countChanged = Signal()

    def __init__(
        self,
        row_type: type,
        keys: Callable[[], Sequence[str]],
        row: Callable[[str, str], Any],
        parent=None,
    ):
        super().__init__(parent)
        self._roles = Roles(row_type)
        self._source_keys, self._source_row = keys, row
        self._keys: list[str] = []
        self._lang = ""
        self._made: OrderedDict[str, Any] = OrderedDict()
        self.rows_made = 0  # how many rows were ever made: the tests read it

    def load(self, lang: str) -> None:
        """Take the keys again, in `lang`; the same keys (a language switch) keep the views'
        positions, other keys reset them."""
        keys = list(self._source_keys())
        self._lang = lang
        self._made.clear()
        if keys == self._keys and keys:
            # The rows are not made yet, so which roles changed is not known: all may have.
            self.dataChanged.emit(self.index(0), self.index(len(keys) - 1))
            return
        self.beginResetModel()
        self._keys = keys
        self.endResetModel()
        self.countChanged.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._keys)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._keys):
            return None
        return self._roles.value(self._row(self._keys[index.row()]), role)

    def _row(self, key: str) -> Any:
        row = self._made.get(key)
        if row is None:
            row = self._made[key] = self._source_row(key, self._lang)
            self._roles.check([row])
            self.rows_made += 1
            if len(self._made) > KEPT:
                self._made.popitem(last=False)
        else:
            self._made.move_to_end(key)
        return row

    def roleNames(self) -> dict[int, QByteArray]:
        return self._roles.role_names()

    def row_type(self) -> type:
        return self._roles.row_type

    def _count(self) -> int:
        return len(self._keys)

    count = Property(int, _count, notify=countChanged)
