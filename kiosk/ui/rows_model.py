"""A read-only list model of plain rows (dicts), one role per key, for QML views."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    Property,
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

Rows = Sequence[dict[str, Any]]
Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractListModel):
    """Rows for one language, refilled by `load(lang)`.

    A refill with the same number of rows (a language switch) is reported as changed data,
    so the views keep their scroll positions; otherwise the model resets.
    """

    countChanged = Signal()

    def __init__(self, source: Callable[[str], Rows], roles: Sequence[str], parent=None):
        super().__init__(parent)
        self._source = source
        self._roles = {Qt.ItemDataRole.UserRole + i: name for i, name in enumerate(roles)}
        self._keys = list(roles)
        self._rows: list[dict[str, Any]] = []

    def load(self, lang: str) -> None:
        rows = list(self._source(lang))
        if len(rows) == len(self._rows) and rows:
            self._rows = rows
            self.dataChanged.emit(self.index(0), self.index(len(rows) - 1))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()
        self.countChanged.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.get(self._keys[0])
        key = self._roles.get(role)
        return row.get(key) if key else None

    def roleNames(self) -> dict[int, QByteArray]:
        return {role: QByteArray(name.encode()) for role, name in self._roles.items()}

    def _count(self) -> int:
        return len(self._rows)

    count = Property(int, _count, notify=countChanged)
