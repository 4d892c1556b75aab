"""Finding items in a window's visual tree by objectName, as a tester or a snapshot does."""

from __future__ import annotations

from PySide6.QtQuick import QQuickItem


def named_item(item: QQuickItem, name: str) -> QQuickItem | None:
    """The item called `name` at or below `item`, shown or not. Walks the visual tree: a view's
    delegates are not QObject children of the view, so findChild misses them."""
    if item.objectName() == name:
        return item
    return next((found for child in item.childItems() if (found := named_item(child, name))), None)
