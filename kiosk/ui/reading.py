"""What a screen reader reads of the kiosk, read the same way: Qt's accessibility interfaces.

`read(item)` gives the roles and names of what is shown under an item in reading order
(the order of the items, which the screens lay out as a visitor reads); the tests hold
every screen to them. `spoken(item)` is what read aloud says: the texts, in that order.
`unnamed_controls(item)` finds what a visitor can tap or reach with the keypad but a screen
reader could not name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QMetaMethod, QObject
from PySide6.QtGui import QAccessible
from PySide6.QtQml import QQmlEngine, QQmlProperty
from PySide6.QtQuick import QQuickItem

Role = QAccessible.Role
# The roles of things a visitor acts on; a control with another role is not announced as one.
CONTROL_ROLES = {
    Role.Button,
    Role.CheckBox,
    Role.RadioButton,
    Role.Link,
    Role.PageTab,
    Role.Slider,
    Role.EditableText,
    Role.ListItem,
}


@dataclass(frozen=True)
class Named:
    role: QAccessible.Role
    name: str


def read(item: QQuickItem) -> list[Named]:
    """The roles and names shown at and under `item`, in reading order: the items' order,
    as Qt's own tree has it (walked by item, since Qt's starts at the window)."""
    found: list[Named] = []
    _walk(item, found)
    return found


def spoken(item: QQuickItem) -> str:
    """What read aloud says of `item`: the text of every text item shown under it (scrolled
    out of view or not), in the items' order, each once. Read from the texts themselves, not
    the accessibility interfaces, which are made only for a screen reader."""
    said: list[str] = []
    for text in _texts(item):
        line = " ".join(MARKUP.sub("", text).split())
        if line and line not in said:
            said.append(line)
    return "\n".join(said)


MARKUP = re.compile(r"<[^>]*>")  # the story's few tags (StyledText), never read out


def _texts(item: QQuickItem) -> list[str]:
    if not _shown(item):
        return []
    own = [item.property("text")] if item.inherits("QQuickText") else []
    return own + [text for child in item.childItems() for text in _texts(child)]


def _walk(item: QQuickItem, found: list[Named]) -> None:
    if not _shown(item):
        return
    role, name = _role_and_name(item)
    if name and role not in {None, Role.Client}:
        found.append(Named(role, name))
    for child in item.childItems():
        _walk(child, found)


def _shown(item: QQuickItem) -> bool:
    return item.isVisible() and item.opacity() > 0


def unnamed_controls(item: QQuickItem) -> list[str]:
    """The shown items under `item` that a visitor can tap or reach with the keypad but a
    screen reader could not name as a control, each by objectName (or type) and place. A
    picture's own gestures (zoom, play) need only the picture named; an item hidden from
    assistive technology on purpose (`Accessible.ignored`) is left out."""
    faults: list[str] = []
    for control in _controls(item):
        role, name = _role_and_name(control)
        if role in CONTROL_ROLES and name.strip():
            continue
        if not control.activeFocusOnTab() and _in_named_picture(control):
            continue
        if _ignored(control):
            continue
        place = control.mapToScene(control.boundingRect().center())
        what = control.objectName() or type(control).__name__
        faults.append(f"{what} at ({place.x():.0f}, {place.y():.0f}): {role}, {name!r}")
    return faults


def _role_and_name(item: QQuickItem) -> tuple[QAccessible.Role | None, str]:
    interface = QAccessible.queryAccessibleInterface(item)
    if interface is None or not interface.isValid():
        return None, ""
    try:
        return interface.role(), interface.text(QAccessible.Text.Name)
    finally:
        if not QAccessible.isActive():  # made for this question only: not kept
            QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(interface))


def _in_named_picture(item: QQuickItem | None) -> bool:
    while item is not None:
        role, name = _role_and_name(item)
        if role in {Role.Graphic, Role.Animation} and name.strip():
            return True
        if role not in {None, Role.Client}:
            return False  # the nearest accessible item is something else
        item = item.parentItem()
    return False


def _ignored(item: QQuickItem) -> bool:
    return bool(QQmlProperty.read(item, "Accessible.ignored", QQmlEngine.contextForObject(item)))


def _controls(item: QQuickItem) -> list[QQuickItem]:
    if not _shown(item):
        return []
    found = [item] if _is_control(item) else []
    for child in item.childItems():
        found += _controls(child)
    return found


def _is_control(item: QQuickItem) -> bool:
    if not item.isEnabled():
        return False
    return item.activeFocusOnTab() or any(_acts_on_touch(child) for child in item.children())


# A tap handler with one of these connected does something; one with none only keeps the
# touches on its item (a panel's sheet).
TOUCH_SIGNALS = {"tapped", "singleTapped", "doubleTapped", "longPressed", "pressedChanged"}


def _acts_on_touch(child: QObject) -> bool:
    meta = child.metaObject()
    if meta.className() != "QQuickTapHandler" or not child.property("enabled"):
        return False
    signals = (meta.method(index) for index in range(meta.methodCount()))
    return any(
        method.methodType() == QMetaMethod.MethodType.Signal
        and bytes(method.name()).decode() in TOUCH_SIGNALS
        and child.isSignalConnected(method)
        for method in signals
    )
