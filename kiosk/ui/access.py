"""The visitor's access choices (high contrast, reduced motion, low reach, read aloud) and
whether they are using keys rather than touch. Each visit starts from the museum's settings
([access] in settings.toml) and the visit's end returns to them."""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.content.settings import Settings
from kiosk.ui import backend

CHOICES = ("highContrast", "reducedMotion", "lowReach", "readAloud")


class Access(QObject):
    changed = Signal()
    panelChanged = Signal()
    keysChanged = Signal()

    def __init__(self, settings: Settings, parent: QObject | None = None):
        super().__init__(parent)
        self._defaults = {
            "highContrast": settings.high_contrast,
            "reducedMotion": settings.reduced_motion,
            "lowReach": False,
            "readAloud": False,
        }
        self._chosen = dict(self._defaults)
        self._reach = settings.low_reach_percent / 100
        self._panel = False
        self._keys = False

    @staticmethod
    def create(engine):
        return backend.of(engine).access

    # Four plain getters: the build reads the properties' types from this source.
    def _get_high_contrast(self) -> bool:
        return self._chosen["highContrast"]

    highContrast = Property(bool, _get_high_contrast, notify=changed)

    def _get_reduced_motion(self) -> bool:
        return self._chosen["reducedMotion"]

    reducedMotion = Property(bool, _get_reduced_motion, notify=changed)

    def _get_low_reach(self) -> bool:
        return self._chosen["lowReach"]

    lowReach = Property(bool, _get_low_reach, notify=changed)

    def _get_read_aloud(self) -> bool:
        return self._chosen["readAloud"]

    readAloud = Property(bool, _get_read_aloud, notify=changed)

    def _get_reach(self) -> float:
        return self._reach

    # The share of the screen's height, from its bottom edge, that low reach uses.
    reach = Property(float, _get_reach, constant=True)

    @Slot(str, bool)
    def choose(self, name: str, on: bool) -> None:
        if name not in self._chosen:
            raise ValueError(f"no access choice {name!r}; the choices are {CHOICES}")
        if self._chosen[name] != on:
            self._chosen[name] = on
            self.changed.emit()

    def _get_panel(self) -> bool:
        return self._panel

    panelOpen = Property(bool, _get_panel, notify=panelChanged)

    @Slot(bool)
    def showPanel(self, shown: bool) -> None:
        if shown != self._panel:
            self._panel = shown
            self.panelChanged.emit()

    def _get_keys(self) -> bool:
        return self._keys

    # The visitor moves with keys (a keypad, a keyboard): the focus ring shows. A touch hides it.
    keys = Property(bool, _get_keys, notify=keysChanged)

    def use_keys(self, keys: bool) -> None:
        if keys != self._keys:
            self._keys = keys
            self.keysChanged.emit()

    def in_use(self) -> list[str]:
        """The choices on, and "keys" while the visitor moves with keys: the statistics'."""
        return [name for name in CHOICES if self._chosen[name]] + (["keys"] if self._keys else [])

    @Slot()
    def reset(self) -> None:
        """The visit ended: the museum's defaults, the panel closed, touch assumed."""
        self.showPanel(False)
        self.use_keys(False)
        if self._chosen != self._defaults:
            self._chosen = dict(self._defaults)
            self.changed.emit()
