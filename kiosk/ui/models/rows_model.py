"""A read-only list model of rows of one dataclass, in one language at a time."""

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

from kiosk.services.rows import key_of
from kiosk.ui.models.roles import Roles

Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractListModel):
    """Rows made by `source(lang)`, refilled by `load(lang)`.

    A refill that brings the same rows (by key, in the same order: a language switch) reports
    only the rows and roles that changed, so views keep their positions and delegates; other
    rows reset the model.
    """

    countChanged = Signal()

    def __init__(self, row_type: type, source: Callable[[str], Sequence[Any]], parent=None):
        super().__init__(parent)
        self._roles = Roles(row_type)
        self._source = source
        self._rows: list[Any] = []

    def load(self, lang: str) -> None:
        rows = list(self._source(lang))
        self._roles.check(rows)
        if [key_of(r) for r in rows] == [key_of(r) for r in self._rows]:
            self._update(rows)
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()
        self.countChanged.emit()

    def _update(self, rows: list[Any]) -> None:
        """Take rows with the same keys, telling views the span and the roles that changed."""
        changed = {
            n: self._roles.changed(old, new)
            for n, (old, new) in enumerate(zip(self._rows, rows, strict=True))
        }
        changed = {n: roles for n, roles in changed.items() if roles}
        self._rows = rows
        if changed:
            roles = sorted(set().union(*changed.values()))
            self.dataChanged.emit(self.index(min(changed)), self.index(max(changed)), roles)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._roles.value(self._rows[index.row()], role)

    def roleNames(self) -> dict[int, QByteArray]:
        return self._roles.role_names()

    def row_type(self) -> type:
        return self._roles.row_type

    def _count(self) -> int:
        return len(self._rows)

    count = Property(int, _count, notify=countChanged)
