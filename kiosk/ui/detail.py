"""One item of the exhibition for a screen, in the visitor's language, following it.

A screen declares what it shows and reads `item`:

    readonly property var event: detail.item
    readonly property ItemDetail detail: ItemDetail { kind: "event"; key: screen.key }

When the visitor switches language (or a new snapshot is shown) the detail reloads and tells
its bindings, so no screen passes the language along to be re-evaluated. (A property holds it
rather than a child with an id: a child can go first when the screen is destroyed, and the
bindings then read null.)

An item not in the exhibition (a key from before a new snapshot) is `found: false` with every
field blank, the same for every kind.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import qmlEngine

from kiosk.services.details import EventDetail, PieceDetail
from kiosk.services.exhibit import Exhibit
from kiosk.services.rows import ArtworkRow, MediaRow, SectionRow, as_map, empty
from kiosk.ui import backend

# kind -> (the Exhibit's lookup, what it gives): the type gives a missing item's blank form.
KINDS: dict[str, tuple[str, type]] = {
    "section": ("section", SectionRow),
    "event": ("event_detail", EventDetail),
    "media": ("media_item", MediaRow),
    "artwork": ("artwork", ArtworkRow),
    "piece": ("piece", PieceDetail),
}


class ItemDetail(QObject):
    changed = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._kind = ""
        self._key = ""
        self._shown: tuple[dict[str, Any], bool] | None = None  # made when first read
        self._following = False

    @Property(str, notify=changed)
    def kind(self) -> str:
        return self._kind

    @kind.setter
    def kind(self, kind: str) -> None:
        if kind not in KINDS:
            raise ValueError(f"ItemDetail: no kind {kind!r} (one of {', '.join(KINDS)})")
        if kind != self._kind:
            self._kind = kind
            self._forget()

    @Property(str, notify=changed)
    def key(self) -> str:
        return self._key

    @key.setter
    def key(self, key: str) -> None:
        if key != self._key:
            self._key = key
            self._forget()

    @Property("QVariantMap", notify=changed)
    def item(self) -> dict[str, Any]:
        return self._made()[0]

    @Property(bool, notify=changed)
    def found(self) -> bool:
        return self._made()[1]

    @Slot()
    def _forget(self) -> None:
        """Make the item again when next read (another key, kind or language)."""
        self._shown = None
        self.changed.emit()

    def _made(self) -> tuple[dict[str, Any], bool]:
        if self._shown is None:
            engine = qmlEngine(self)
            if engine is None or not backend.attached(engine):
                return {}, False  # made as its kiosk closes: nothing to show, nothing kept
            controllers = backend.of(engine)
            self._follow(controllers.visit, controllers.exhibition)
            self._shown = _look_up(
                controllers.exhibition.exhibit, self._kind, self._key, controllers.visit.language
            )
        return self._shown

    def _follow(self, visit: QObject, exhibition: QObject) -> None:
        if not self._following:
            visit.languageChanged.connect(self._forget)
            exhibition.exhibitChanged.connect(self._forget)
            # QML made this object through its Python constructor and parented it in C++, so
            # PySide still counts it as Python's and deletes it when the engine goes, before the
            # screen whose bindings read it. Parenting it from Python hands it to the screen.
            self.setParent(self.parent())
            self._following = True


def _look_up(exhibit: Exhibit, kind: str, key: str, language: str) -> tuple[dict[str, Any], bool]:
    if not kind:
        return {}, False
    lookup, shape = KINDS[kind]
    found = getattr(exhibit, lookup)(key, language) if key else None
    return as_map(found if found is not None else empty(shape)), found is not None
