"""The keys the photo viewer swipes through, as a list model with one role, `slug`.

A model, not a list handed to QML: a section's 10,000 keys made into a JavaScript array cost
17 ms of every opening of a picture, a third of a tap's budget. Views ask for the rows they
show, and only those.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QByteArray, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
SLUG = Qt.ItemDataRole.UserRole + 1


class KeysModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._keys: list[str] = []

    def reset(self, keys: list[str]) -> None:
        self.beginResetModel()
        self._keys = keys
        self.endResetModel()

    def key_at(self, row: int) -> str:
        return self._keys[row] if 0 <= row < len(self._keys) else ""

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._keys)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != SLUG or not index.isValid() or not 0 <= index.row() < len(self._keys):
            return None
        return self._keys[index.row()]

    def roleNames(self) -> dict[int, QByteArray]:
        return {SLUG: QByteArray(b"slug")}
