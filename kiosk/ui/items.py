"""Finding items in a window's visual tree by objectName, as a tester or a snapshot does."""

from __future__ import annotations

from PySide6.QtQuick import QQuickItem


def named_item(item: QQuickItem, name: str) -> QQuickItem | None:
    """The item called `name` at or below `item`, shown or not. Walks the visual tree: a view's
    delegates are not QObject children of the view, so findChild misses them."""
    if item.objectName() == name:
        return item
    return next((found for child in item.childItems() if (found := named_item(child, name))), None)


# Panels that hold the visitor while shown, the topmost first: the keypad's arrows stay in
# them, and what lies under them (dimmed by their scrim) is not read or measured.
PANELS = ("pinPad", "idleOverlay", "accessPanel", "sourcesPanel")


def open_panel(root: QQuickItem) -> QQuickItem | None:
    """The topmost panel shown under `root`, if one is."""
    for name in PANELS:
        panel = named_item(root, name)
        if panel is not None and panel.isVisible() and panel.opacity() > 0:
            return panel
    return None


def current_screen(root: QQuickItem) -> QQuickItem | None:
    """The screen on top of the window's stack (the keypad starts there, read aloud reads it)."""
    stack = named_item(root, "stack")
    screen = stack.property("currentItem") if stack is not None else None
    return screen if isinstance(screen, QQuickItem) else None


def keyboard_keys(keyboard: QQuickItem) -> dict[str, QQuickItem]:
    """The keys of the on-screen keyboard `keyboard` shown, by the letter each types (as drawn,
    so "İ" once Shift is down); a key drawn as an icon (Shift, the globe) has none."""
    found: dict[str, QQuickItem] = {}

    def walk(item: QQuickItem) -> None:
        if not item.isVisible():
            return
        shown = item.property("displayText")
        if isinstance(shown, str) and shown and item.property("key") is not None:
            found.setdefault(shown, item)
        for child in item.childItems():
            walk(child)

    walk(keyboard)
    return found
