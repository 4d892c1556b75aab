"""The exhibition for QML: its texts in the visitor's language, and its list models.

The models are constant (their rows change in place, or are reset for another snapshot); the
texts and counts change with the language and the snapshot. The photos grid is `Gallery`'s,
one item's page an `ItemDetail`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.services import rows as r
from kiosk.services.exhibit import Exhibit
from kiosk.services.rows import as_map
from kiosk.ui import backend
from kiosk.ui.models.rows_model import RowsModel

# Each model: its rows' type, and the Exhibit's method that makes them in a language.
MODELS = {
    "sections": (r.SectionRow, "sections"),
    "highlights": (r.MediaRow, "highlights"),
    "events": (r.EventRow, "event_rows"),
    "tallestEvents": (r.EventRow, "tallest_event_rows"),
    "tracks": (r.TrackRow, "track_rows"),
    "eras": (r.EraRow, "era_rows"),
    "artworks": (r.ArtworkRow, "artwork_rows"),
    "programme": (r.PieceRow, "programme_rows"),
}


class Exhibition(QObject):
    textChanged = Signal()  # another language, or another exhibit
    countsChanged = Signal()
    exhibitChanged = Signal()  # a new snapshot shown (kiosk.ui.new_snapshots)

    def __init__(self, exhibit: Exhibit, language: str, parent: QObject | None = None):
        super().__init__(parent)
        self._exhibit = exhibit
        self._language = language
        self._models = {
            name: RowsModel(row, self._rows_of(method), self)
            for name, (row, method) in MODELS.items()
        }
        for model in self._models.values():
            model.countChanged.connect(self.countsChanged)
        self.load(language)

    def _rows_of(self, method: str) -> Callable[[str], list]:
        # Looked up at each load, so that the models follow the exhibit shown.
        return lambda language: getattr(self._exhibit, method)(language)

    @staticmethod
    def create(engine):
        return backend.of(engine).exhibition

    @property
    def exhibit(self) -> Exhibit:
        return self._exhibit

    def show(self, exhibit: Exhibit) -> None:
        """Show another exhibit (a new snapshot): every model and text refilled from it."""
        self._exhibit = exhibit
        self.exhibitChanged.emit()
        self.load(self._language)

    def models(self) -> dict[str, RowsModel]:
        return dict(self._models)

    def load(self, language: str) -> None:
        """Refill every model in `language` (rows keep their order, so views keep position)."""
        self._language = language
        for model in self._models.values():
            model.load(language)
        self.textChanged.emit()

    # -- the exhibition's own texts, in the visitor's language

    @Property(str, notify=textChanged)
    def title(self) -> str:
        return self._exhibit.exhibition(self._language).title

    @Property(str, notify=textChanged)
    def subtitle(self) -> str:
        return self._exhibit.exhibition(self._language).subtitle

    @Property(str, notify=textChanged)
    def venue(self) -> str:
        return self._exhibit.exhibition(self._language).venue

    @Property(str, notify=textChanged)
    def intro(self) -> str:
        return self._exhibit.exhibition(self._language).intro

    @Property("QVariantMap", notify=textChanged)
    def concert(self) -> dict[str, Any]:
        """The concert programme's own title, performers and note."""
        return as_map(self._exhibit.programme(self._language))

    @Property("QVariantList", notify=textChanged)
    def sources(self) -> list[dict[str, Any]]:
        return [as_map(self._exhibit.source_row(s, self._language)) for s in self._exhibit.sources]

    # -- the list models; their sizes too, since QML tooling cannot see a Python model's count

    @Property(QObject, constant=True)
    def sections(self) -> RowsModel:
        return self._models["sections"]

    @Property(QObject, constant=True)
    def highlights(self) -> RowsModel:
        return self._models["highlights"]

    @Property(QObject, constant=True)
    def events(self) -> RowsModel:
        return self._models["events"]

    @Property(QObject, constant=True)
    def tallestEvents(self) -> RowsModel:
        """The events the landscape timeline measures to size its lanes."""
        return self._models["tallestEvents"]

    @Property(QObject, constant=True)
    def tracks(self) -> RowsModel:
        return self._models["tracks"]

    @Property(QObject, constant=True)
    def eras(self) -> RowsModel:
        return self._models["eras"]

    @Property(QObject, constant=True)
    def artworks(self) -> RowsModel:
        return self._models["artworks"]

    @Property(QObject, constant=True)
    def programme(self) -> RowsModel:
        return self._models["programme"]

    @Property(int, notify=countsChanged)
    def eventCount(self) -> int:
        return self._models["events"].rowCount()

    @Property(int, notify=countsChanged)
    def trackCount(self) -> int:
        return self._models["tracks"].rowCount()

    @Property(int, notify=countsChanged)
    def highlightCount(self) -> int:
        return self._models["highlights"].rowCount()

    # -- what does not change with the language

    @Property("QVariantList", notify=exhibitChanged)
    def artworkSequence(self) -> list[str]:
        """The artworks' slugs in the order the grid shows them, for stepping through them."""
        return self._exhibit.artwork_sequence()

    @Slot(str, result="QVariantMap")
    def zoomLevels(self, slug: str) -> dict[str, Any]:
        """Where the picture's full detail comes from; {} if the display rendition is all."""
        return self._exhibit.zoom.levels(slug)
