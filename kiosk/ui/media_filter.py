"""The photo grid's filter groups, as an enum QML can read: MediaFilter.Track.

The grid labels its filters by group ("Story:", "Period:") and chooses one by its group and
slug (Gallery.chooseFilter); the groups are kiosk.services.gallery.FilterGroup, which knows no
Qt, mirrored here for QML (a test keeps the two the same).
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QEnum, QObject


class MediaFilter(QObject):
    """Registered uncreatable in kiosk/ui/registry.py: QML only reads its enum."""

    @QEnum
    class Group(IntEnum):
        All = 0  # no filter: the "All" button
        Track = 1
        Era = 2
