"""The photo grid's filter groups, as an enum QML can read: MediaFilter.Track.

The grid labels its filters by group ("Story:", "Period:"); the groups are
kiosk.services.gallery.FilterGroup, which knows no Qt, mirrored here for QML (a test keeps the
two the same).
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QEnum, QObject
from PySide6.QtQml import QmlElement, QmlUncreatable

QML_IMPORT_NAME = "Kiosk.Backend"
QML_IMPORT_MAJOR_VERSION = 1


@QmlElement
@QmlUncreatable("MediaFilter only names the media filters' groups")
class MediaFilter(QObject):
    @QEnum
    class Group(IntEnum):
        All = 0  # no filter: the "All" button
        Track = 1
        Era = 2
