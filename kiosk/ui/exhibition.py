"""The exhibition's content for QML: list models in the visit's language, and item details."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton

from kiosk.services import rows as r
from kiosk.services.exhibit import Exhibit
from kiosk.services.rows import as_map
from kiosk.ui import backend
from kiosk.ui.models.lazy_rows_model import LazyRowsModel
from kiosk.ui.models.rows_model import RowsModel

QML_IMPORT_NAME = "Kiosk.Backend"
QML_IMPORT_MAJOR_VERSION = 1


@QmlElement
@QmlSingleton
class Exhibition(QObject):
    textChanged = Signal()
    mediaSectionChanged = Signal()
    modelsChanged = Signal()  # never emitted: the models stay; their rows change

    def __init__(self, exhibit: Exhibit, language: str, parent: QObject | None = None):
        super().__init__(parent)
        self._exhibit = exhibit
        self._language = language
        self._media_section = ""
        x = exhibit
        self._sections = RowsModel(r.SectionRow, x.sections, self)
        self._highlights = RowsModel(r.MediaRow, x.highlights, self)
        self._events = RowsModel(r.EventRow, x.event_rows, self)
        self._tracks = RowsModel(r.TrackRow, x.track_rows, self)
        self._eras = RowsModel(r.EraRow, x.era_rows, self)
        self._years = RowsModel(r.YearRow, x.year_rows, self)
        self._artworks = RowsModel(r.ArtworkRow, x.artwork_rows, self)
        self._programme = RowsModel(r.PieceRow, x.programme_rows, self)
        self._media_filter = ""
        self._media = LazyRowsModel(
            r.MediaRow,
            lambda: x.gallery.shas(self._media_section, self._media_filter),
            x.media_row,
            self,
        )
        self.load(language)

    @staticmethod
    def create(engine):
        return backend.of(engine).exhibition

    @property
    def exhibit(self) -> Exhibit:
        return self._exhibit

    def models(self) -> dict[str, RowsModel | LazyRowsModel]:
        return {
            "sections": self._sections,
            "highlights": self._highlights,
            "events": self._events,
            "tracks": self._tracks,
            "eras": self._eras,
            "years": self._years,
            "artworks": self._artworks,
            "programme": self._programme,
            "media": self._media,
        }

    def load(self, language: str) -> None:
        """Refill every model in `language` (rows keep their order, so views keep position)."""
        self._language = language
        for model in self.models().values():
            model.load(language)
        self.textChanged.emit()

    # -- texts of the exhibition itself, in the current language

    def _text(self, key: str) -> str:
        return getattr(self._exhibit.exhibition(self._language), key)

    def _get_title(self):
        return self._text("title")

    title = Property(str, _get_title, notify=textChanged)

    def _get_subtitle(self):
        return self._text("subtitle")

    subtitle = Property(str, _get_subtitle, notify=textChanged)

    def _get_venue(self):
        return self._text("venue")

    venue = Property(str, _get_venue, notify=textChanged)

    def _get_intro(self):
        return self._text("intro")

    intro = Property(str, _get_intro, notify=textChanged)

    # -- models, and their sizes (QML tooling cannot see a Python model's count)

    def _get_eventCount(self):
        return self._events.rowCount()

    eventCount = Property(int, _get_eventCount, notify=textChanged)

    def _get_trackCount(self):
        return self._tracks.rowCount()

    trackCount = Property(int, _get_trackCount, notify=textChanged)

    def _get_highlightCount(self):
        return self._highlights.rowCount()

    highlightCount = Property(int, _get_highlightCount, notify=textChanged)

    def _get_sections(self):
        return self._sections

    sections = Property(QObject, _get_sections, notify=modelsChanged)

    def _get_highlights(self):
        return self._highlights

    highlights = Property(QObject, _get_highlights, notify=modelsChanged)

    def _get_events(self):
        return self._events

    events = Property(QObject, _get_events, notify=modelsChanged)

    def _get_tracks(self):
        return self._tracks

    tracks = Property(QObject, _get_tracks, notify=modelsChanged)

    def _get_eras(self):
        return self._eras

    eras = Property(QObject, _get_eras, notify=modelsChanged)

    def _get_years(self):
        return self._years

    years = Property(QObject, _get_years, notify=modelsChanged)

    def _get_artworks(self):
        return self._artworks

    artworks = Property(QObject, _get_artworks, notify=modelsChanged)

    def _get_programme(self):
        return self._programme

    programme = Property(QObject, _get_programme, notify=modelsChanged)

    def _get_media(self):
        return self._media

    media = Property(QObject, _get_media, notify=modelsChanged)

    @Slot(str)
    def showMediaSection(self, slug: str) -> None:
        """Fill `media` with a section's pictures and videos, all of them (a new photos
        screen starts unfiltered)."""
        if slug != self._media_section or self._media_filter:
            self._media_section, self._media_filter = slug, ""
            self._media.load(self._language)
            self.mediaSectionChanged.emit()

    def _get_media_filter(self) -> str:
        return self._media_filter

    mediaFilter = Property(str, _get_media_filter, notify=mediaSectionChanged)

    @Slot(str, str, result="QVariantList")
    def mediaFilters(self, section: str, language: str) -> list[dict[str, Any]]:
        """The tracks and eras a section's media can be narrowed to; none if unlinked."""
        return [as_map(f) for f in self._exhibit.media_filters(section, language)]

    @Slot(str)
    def chooseMediaFilter(self, chosen: str) -> None:
        """Show only the media of a track or era ("track:<slug>", "era:<slug>"); "" for all."""
        if chosen != self._media_filter:
            self._media_filter = chosen
            self._media.load(self._language)
            self.mediaSectionChanged.emit()

    # -- details: QML passes the language so that its bindings follow a switch

    @Slot(str, str, result="QVariantMap")
    def eventDetail(self, slug: str, language: str) -> dict[str, Any]:
        return _map_or_empty(self._exhibit.event_detail(slug, language))

    @Slot(str, str, result="QVariantMap")
    def section(self, slug: str, language: str) -> dict[str, Any]:
        return _map_or_empty(self._exhibit.section(slug, language))

    @Slot(str, str, result="QVariantMap")
    def artwork(self, slug: str, language: str) -> dict[str, Any]:
        return _map_or_empty(self._exhibit.artwork(slug, language))

    @Slot(str, result="QVariantMap")
    def programmeInfo(self, language: str) -> dict[str, Any]:
        return as_map(self._exhibit.programme(language))

    @Slot(str, str, result="QVariantMap")
    def piece(self, slug: str, language: str) -> dict[str, Any]:
        return _map_or_empty(self._exhibit.piece(slug, language))

    @Slot(str, str, result="QVariantMap")
    def mediaItem(self, slug: str, language: str) -> dict[str, Any]:
        return as_map(self._exhibit.media_row(slug, language))

    @Slot(str, result="QVariantList")
    def photoSequence(self, slug: str) -> list[str]:
        return self._exhibit.photo_sequence(slug, self._media_section, self._media_filter)

    @Slot(result="QVariantList")
    def artworkSequence(self) -> list[str]:
        """The artworks' slugs in the order the grid shows them, for stepping through them."""
        return self._exhibit.artwork_sequence()

    @Slot(str, result="QVariantMap")
    def zoomLevels(self, slug: str) -> dict[str, Any]:
        """Where the picture's full detail comes from; {} if the display rendition is all."""
        return self._exhibit.zoom.levels(slug)

    @Slot(str, result="QVariantList")
    def sources(self, language: str) -> list[dict[str, Any]]:
        return [as_map(self._exhibit.source_row(s, language)) for s in self._exhibit.sources]


def _map_or_empty(found: Any) -> dict[str, Any]:
    return as_map(found) if found is not None else {}
