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

from kiosk.ui.rows_model import Index

KEPT = 400  # rows kept made: several screens of a grid


class LazyRowsModel(QAbstractListModel):
    countChanged = Signal()

    def __init__(
        self,
        keys: Callable[[], Sequence[str]],
        row: Callable[[str, str], dict[str, Any]],
        roles: Sequence[str],
        parent=None,
    ):
        super().__init__(parent)
        self._source_keys, self._source_row = keys, row
        self._roles = {Qt.ItemDataRole.UserRole + i: name for i, name in enumerate(roles)}
        self._first_role = roles[0]
        self._keys: list[str] = []
        self._lang = ""
        self._made: OrderedDict[str, dict[str, Any]] = OrderedDict()
        self.rows_made = 0  # how many rows were ever made: the tests read it

    def load(self, lang: str) -> None:
        """Take the keys again, in `lang`; the same keys (a language switch) keep the views'
        positions, other keys reset them."""
        keys = list(self._source_keys())
        self._lang = lang
        self._made.clear()
        if keys == self._keys and keys:
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
        row = self._row(self._keys[index.row()])
        if role == Qt.ItemDataRole.DisplayRole:
            return row.get(self._first_role)
        key = self._roles.get(role)
        return row.get(key) if key else None

    def _row(self, key: str) -> dict[str, Any]:
        row = self._made.get(key)
        if row is None:
            row = self._made[key] = self._source_row(key, self._lang)
            self.rows_made += 1
            if len(self._made) > KEPT:
                self._made.popitem(last=False)
        else:
            self._made.move_to_end(key)
        return row

    def roleNames(self) -> dict[int, QByteArray]:
        return {role: QByteArray(name.encode()) for role, name in self._roles.items()}

    def _count(self) -> int:
        return len(self._keys)

    count = Property(int, _count, notify=countChanged)
