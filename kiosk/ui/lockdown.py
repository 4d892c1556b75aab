"""Lockdown: the visitor cannot close, leave or reach the desktop from the kiosk window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent

# Keys a visitor (or a keyboard left plugged in) could use to close, switch or escape. Tab,
# Escape and Back stay the keypad's (kiosk.ui.keypad): Tab moves between controls, Escape and
# Back go back a screen; with Alt (Alt+Tab, Alt+F4) every key is refused.
_BLOCKED_KEYS = {
    Qt.Key.Key_F4,
    Qt.Key.Key_Super_L,
    Qt.Key.Key_Super_R,
    Qt.Key.Key_Menu,
    Qt.Key.Key_Close,
}


class Lockdown(QObject):
    """An application event filter: closing keys are swallowed and close requests refused."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.released = False  # staff entered the PIN: now the window may close

    def apply(self, app: QGuiApplication) -> None:
        app.setOverrideCursor(Qt.CursorShape.BlankCursor)
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.released:
            return False
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            return _blocked(event)  # type: ignore[arg-type]
        if event.type() == QEvent.Type.ShortcutOverride:
            return _blocked(event)  # type: ignore[arg-type]
        if event.type() == QEvent.Type.Close:
            event.ignore()  # Alt+F4 from a window manager, or a close from the session
            return True
        return False


def _blocked(event: QKeyEvent) -> bool:
    alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
    ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
    return event.key() in _BLOCKED_KEYS or alt or (ctrl and event.key() == Qt.Key.Key_Q)
