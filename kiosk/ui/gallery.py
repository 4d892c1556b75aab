"""The photos-and-video grid for QML: one section's media, narrowed by a track or an era.

QML chooses a filter by its group (MediaFilter.Track, MediaFilter.Era; kiosk.ui.media_filter)
and its slug; a group that is not one is refused with an error in the log, and the grid stays
as it was.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.services.exhibit import Exhibit
from kiosk.services.gallery import FilterGroup, GalleryFilter
from kiosk.services.rows import MediaRow, as_map
from kiosk.ui import backend
from kiosk.ui.models.lazy_rows_model import LazyRowsModel
from kiosk.ui.navigator import Screen

log = logging.getLogger(__name__)


class Gallery(QObject):
    shownChanged = Signal()  # another section or filter: other media
    filtersChanged = Signal()  # the same filters in another language, or another section's

    def __init__(self, exhibit: Exhibit, language: str, parent: QObject | None = None):
        super().__init__(parent)
        self._exhibit = exhibit
        self._language = language
        self._section = ""
        self._filter: GalleryFilter | None = None  # None: everything
        self._media = LazyRowsModel(MediaRow, self._shown, self._media_row, self)

    @staticmethod
    def create(engine):
        return backend.of(engine).gallery

    def load(self, language: str) -> None:
        """The same media and filters, in `language`."""
        self._language = language
        self._media.load(language)
        self.filtersChanged.emit()

    def show(self, exhibit: Exhibit) -> None:
        """Another exhibit (a new snapshot): no section chosen until the next visit picks one."""
        self._exhibit = exhibit
        self._section, self._filter = "", None
        self._reload()
        self.filtersChanged.emit()

    def _media_row(self, sha: str, language: str) -> MediaRow:
        return self._exhibit.media_row(sha, language)

    def _shown(self) -> list[str]:
        return self._exhibit.gallery.shas(self._section, self._filter)

    @Property(QObject, constant=True)
    def media(self) -> LazyRowsModel:
        return self._media

    @Slot(str)
    def showSection(self, slug: str) -> None:
        """Show a section's pictures and videos, all of them (a new photos screen starts
        unfiltered)."""
        if slug != self._section or self._filter:
            self._section, self._filter = slug, None
            self._reload()
            self.filtersChanged.emit()

    @Property(str, notify=shownChanged)
    def filter(self) -> str:
        """The chosen filter's key (a filter row's `key`); "" when everything is shown."""
        return self._filter.key if self._filter else ""

    @Property("QVariantList", notify=filtersChanged)
    def filters(self) -> list[dict[str, Any]]:
        """The tracks and eras the section's media can be narrowed to; none if unlinked."""
        found = self._exhibit.media_filters(self._section, self._language)
        return [as_map(f) for f in found]

    @Slot(int, str)
    def chooseFilter(self, group: int, slug: str) -> None:
        """Show only the media of the track or era `slug` (`group`: MediaFilter.Track or
        MediaFilter.Era); MediaFilter.All shows everything."""
        try:
            known = FilterGroup(group)
        except ValueError:
            known = None
        if known is None or (known != FilterGroup.ALL and not slug):
            log.error("no media filter %r %r: the grid stays as it was", group, slug)
            return
        chosen = GalleryFilter(known, slug) if known != FilterGroup.ALL else None
        if chosen != self._filter:
            self._filter = chosen
            self._reload()

    def sequence(self, slug: str, opened_from: int, key: str) -> list[str]:
        """What a swipe in the viewer steps through, starting from `slug`: the grid it was
        opened from (`opened_from`, a Navigator.Screen, showing `key`), as filtered; the
        pictures of the event it was opened from; else `slug` alone (kiosk.ui.photo_sequence)."""
        if opened_from == Screen.Media.value:
            chosen = self._filter if key == self._section else None
            return self._exhibit.photo_sequence(slug, key, chosen)
        if opened_from == Screen.Event.value:
            return self._exhibit.event_sequence(slug, key)
        return [slug]

    def _reload(self) -> None:
        self._media.load(self._language)
        self.shownChanged.emit()
