"""What the photo viewer swipes through, as a list model with one role, `slug`.

The viewer declares its own and fills it once, when it opens:

    readonly property PhotoSequence sequence: PhotoSequence {}
    Component.onCompleted: pager.currentIndex = sequence.load(key, from, fromKey)

A model, not a list handed to QML: a section's 10,000 keys made into a JavaScript array cost
17 ms of every opening of a picture, a third of a tap's budget; views ask for the rows they
show. One per screen, not one shared: a viewer opened over another must not empty its pages.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Property, QAbstractListModel, QByteArray, QModelIndex, Qt, Signal, Slot
from PySide6.QtQml import qmlEngine

from kiosk.ui import backend
from kiosk.ui.models.rows_model import Index

SLUG = Qt.ItemDataRole.UserRole + 1


class PhotoSequence(QAbstractListModel):
    countChanged = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._keys: list[str] = []

    @Slot(str, int, str, result=int)
    def load(self, slug: str, opened_from: int, key: str) -> int:
        """What a swipe steps through from `slug`, opened from the screen `opened_from` (a
        Navigator.Screen) showing `key` (Gallery.sequence); returns where `slug` is in it."""
        engine = qmlEngine(self)
        if engine is None or not backend.attached(engine):
            return -1  # asked for as its kiosk closes: there is nothing to step through
        keys = backend.of(engine).gallery.sequence(slug, opened_from, key)
        # As kiosk.ui.detail: parented from Python, it is the screen's, not PySide's, to delete.
        self.setParent(self.parent())
        self.beginResetModel()
        self._keys = keys
        self.endResetModel()
        self.countChanged.emit()
        return keys.index(slug) if slug in keys else 0

    @Slot(int, result=str)
    def keyAt(self, row: int) -> str:
        return self._keys[row] if 0 <= row < len(self._keys) else ""

    def _count(self) -> int:
        return len(self._keys)

    count = Property(int, _count, notify=countChanged)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._keys)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != SLUG or not index.isValid() or not 0 <= index.row() < len(self._keys):
            return None
        return self._keys[index.row()]

    def roleNames(self) -> dict[int, QByteArray]:
        return {SLUG: QByteArray(b"slug")}
