"""The exhibition for QML: its texts in the visitor's language, and its list models.

The models are constant (their rows change in place); the texts and counts change with the
language. The photos grid is `Gallery`'s, one item's page an `ItemDetail`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.services import rows as r
from kiosk.services.exhibit import Exhibit
from kiosk.services.rows import as_map
from kiosk.ui import backend
from kiosk.ui.models.rows_model import RowsModel


class Exhibition(QObject):
    textChanged = Signal()  # another language
    countsChanged = Signal()

    def __init__(self, exhibit: Exhibit, language: str, parent: QObject | None = None):
        super().__init__(parent)
        self._exhibit = exhibit
        self._language = language
        self._models = {
            "sections": RowsModel(r.SectionRow, exhibit.sections, self),
            "highlights": RowsModel(r.MediaRow, exhibit.highlights, self),
            "events": RowsModel(r.EventRow, exhibit.event_rows, self),
            "tracks": RowsModel(r.TrackRow, exhibit.track_rows, self),
            "eras": RowsModel(r.EraRow, exhibit.era_rows, self),
            "years": RowsModel(r.YearRow, exhibit.year_rows, self),
            "artworks": RowsModel(r.ArtworkRow, exhibit.artwork_rows, self),
            "programme": RowsModel(r.PieceRow, exhibit.programme_rows, self),
        }
        for model in self._models.values():
            model.countChanged.connect(self.countsChanged)
        self.load(language)

    @staticmethod
    def create(engine):
        return backend.of(engine).exhibition

    @property
    def exhibit(self) -> Exhibit:
        return self._exhibit

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
    def tracks(self) -> RowsModel:
        return self._models["tracks"]

    @Property(QObject, constant=True)
    def eras(self) -> RowsModel:
        return self._models["eras"]

    @Property(QObject, constant=True)
    def years(self) -> RowsModel:
        return self._models["years"]

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

    @Property("QVariantList", constant=True)
    def artworkSequence(self) -> list[str]:
        """The artworks' slugs in the order the grid shows them, for stepping through them."""
        return self._exhibit.artwork_sequence()

    @Slot(str, result="QVariantMap")
    def zoomLevels(self, slug: str) -> dict[str, Any]:
        """Where the picture's full detail comes from; {} if the display rendition is all."""
        return self._exhibit.zoom.levels(slug)
