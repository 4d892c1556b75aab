"""The kiosk with four keys: the arrows move through the controls, Enter presses the one
reached, Back goes back. Museums' tactile keypads send these, and so does a USB keyboard
(with Tab and Shift+Tab, Escape or Backspace for Back).

The arrows follow Qt's focus chain (the controls that take the focus, `activeFocusOnTab`, in
the order of the items, which is reading order) and stay inside an open panel; Enter uses the
control's accessibility press action, the one a screen reader uses, so keys, touch and
assistive technology all reach the same code.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QAccessible, QAccessibleActionInterface, QKeyEvent
from PySide6.QtQuick import QQuickItem, QQuickWindow

from kiosk.ui.access import Access
from kiosk.ui.items import current_screen, open_panel
from kiosk.ui.navigator import Navigator

FORWARD = {Qt.Key.Key_Down, Qt.Key.Key_Right}
BACKWARD = {Qt.Key.Key_Up, Qt.Key.Key_Left}
PRESS = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space, Qt.Key.Key_Select}
BACK = {Qt.Key.Key_Escape, Qt.Key.Key_Back, Qt.Key.Key_Backspace}
TAB = {Qt.Key.Key_Tab, Qt.Key.Key_Backtab}
TOUCH = {QEvent.Type.TouchBegin, QEvent.Type.MouseButtonPress}
# Room kept between a control reached with the arrows and the edge of what scrolls.
SCROLL_MARGIN = 40


class Keypad(QObject):
    """An event filter on one kiosk window."""

    def __init__(self, window: QQuickWindow, access: Access, navigator: Navigator):
        super().__init__(window)
        self._window = window
        self._access = access
        self._navigator = navigator

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in TOUCH:
            self._access.use_keys(False)
            return False
        if event.type() != QEvent.Type.KeyPress or watched is not self._window:
            return False
        return self.key(event)  # type: ignore[arg-type]

    def key(self, event: QKeyEvent) -> bool:
        """Act on one key; whether it was the keypad's (and so used up)."""
        key = Qt.Key(event.key())
        if not self._navigator.visiting:
            self._access.use_keys(True)
            self._navigator.home()  # on the attract loop any key begins, as any touch does
            return True
        typing = self._typing()
        if key in TAB:
            self._access.use_keys(True)
            return False  # Qt moves the focus along the same chain
        if key in BACK and not (typing and key == Qt.Key.Key_Backspace):
            self._access.use_keys(True)
            self._back()
            return True
        sideways = key in {Qt.Key.Key_Left, Qt.Key.Key_Right}
        if key in FORWARD | BACKWARD and not ((typing or self._sliding()) and sideways):
            self._access.use_keys(True)
            self.move(forward=key in FORWARD)
            return True
        if key in PRESS and not typing:
            self._access.use_keys(True)
            self.press()
            return True
        return False

    def move(self, forward: bool) -> None:
        """The focus to the next control (or the previous), within the panel shown if any."""
        scope = self._scope()
        current = self._window.activeFocusItem()
        reached = current is not None and current.activeFocusOnTab() and _within(current, scope)
        start = current if reached else self._first_place(scope)
        target = start
        for _ in range(500):  # the chain is a ring; a panel's controls are on it
            target = target.nextItemInFocusChain(forward)
            if target is None or target is start:
                return
            if _within(target, scope) and target.activeFocusOnTab():
                break
        else:
            return
        target.forceActiveFocus(Qt.FocusReason.TabFocusReason)
        _scroll_to(target)

    def press(self) -> None:
        """Press the control that has the focus, as a tap or a screen reader would."""
        focused = self._window.activeFocusItem()
        if focused is None or not focused.activeFocusOnTab():
            self.move(forward=True)  # nothing reached yet: Enter starts at the first control
            return
        interface = QAccessible.queryAccessibleInterface(focused)
        actions = interface.actionInterface() if interface else None
        pressing = QAccessibleActionInterface.pressAction()
        if actions is not None and pressing in actions.actionNames():
            actions.doAction(pressing)

    def _back(self) -> None:
        """Close the panel shown, else go back a screen."""
        scope = self._scope()
        if self._access.panelOpen:
            self._access.showPanel(False)
        elif scope.property("open") is True:
            scope.setProperty("open", False)  # the chronology's sources
        else:
            self._navigator.back()

    def _first_place(self, scope: QQuickItem) -> QQuickItem:
        """Where the arrows start when no control has the focus: the screen shown, so that the
        first arrow reaches its first control, not the bar's; else the open panel."""
        screen = current_screen(self._window.contentItem())
        if screen is not None and _within(screen, scope):
            return screen
        return scope

    def _scope(self) -> QQuickItem:
        root = self._window.contentItem()
        return open_panel(root) or root

    def _sliding(self) -> bool:
        """Whether the focus is on a slider (the film's position), whose keys are Left and Right."""
        focused = self._window.activeFocusItem()
        interface = QAccessible.queryAccessibleInterface(focused) if focused else None
        return interface is not None and interface.role() == QAccessible.Role.Slider

    def _typing(self) -> bool:
        focused = self._window.activeFocusItem()
        return focused is not None and focused.inherits("QQuickTextInput")


def _within(item: QQuickItem, scope: QQuickItem) -> bool:
    while item is not None and item is not scope:
        item = item.parentItem()
    return item is not None


def _scroll_to(item: QQuickItem) -> None:
    """Scroll every view holding `item` so that it shows (the arrows may reach a control
    below the fold, or a delegate a list has made ahead of showing it)."""
    view = item.parentItem()
    while view is not None:
        if view.inherits("QQuickFlickable"):
            _bring_into(view, item)
        view = view.parentItem()


def _bring_into(view: QQuickItem, item: QQuickItem) -> None:
    content = view.property("contentItem")
    box: QRectF = item.mapRectToItem(content, item.boundingRect())
    box.adjust(-SCROLL_MARGIN, -SCROLL_MARGIN, SCROLL_MARGIN, SCROLL_MARGIN)
    for axis, start, size, end in (
        ("Y", box.top(), view.height(), box.bottom()),
        ("X", box.left(), view.width(), box.right()),
    ):
        shown = view.property(f"content{axis}")
        origin = view.property(f"origin{axis}")
        extent = view.property("contentHeight" if axis == "Y" else "contentWidth")
        if start < shown:
            wanted = start
        elif end > shown + size:
            wanted = end - size
        else:
            continue
        highest = max(origin, origin + extent - size)
        view.setProperty(f"content{axis}", min(max(wanted, origin), highest))
