"""Wait until a window shows a finished screen: the change under way, no picture or
subtitles loading."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt
from PySide6.QtQuick import QQuickItem, QQuickWindow

LOADING = 2  # QQuickImage::Loading


def settle(window: QQuickWindow, timeout_s: float = 10.0, at_least_s: float = 0.1) -> bool:
    """Process events for `at_least_s` (so that a change just asked for is drawn), then until
    no picture is loading; False if one still was at the timeout.

    Screen transitions are not waited for: callers that need finished screens turn motion
    off (Theme.still), as `kiosk snapshot` does.
    """
    start = time.monotonic()
    while time.monotonic() < start + at_least_s:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    while time.monotonic() < start + timeout_s:
        if not _images_loading(window):
            QCoreApplication.processEvents()
            return True
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    return False


def _images_loading(window: QQuickWindow) -> bool:
    for item in window.contentItem().findChildren(QQuickItem):
        if item.metaObject().className().startswith("QQuickImage") and _status(item) == LOADING:
            return True
    return _picture_waiting(window.contentItem()) or _subtitles_reading(window.contentItem())


def _subtitles_reading(item: QQuickItem) -> bool:
    """A video shown whose subtitles are still being read (kiosk/ui/subtitles.py)."""
    for cues in item.findChildren(QObject, "videoCues", Qt.FindChildOption.FindDirectChildrenOnly):
        if cues.property("video") and not cues.property("loaded"):
            return True
    return any(_subtitles_reading(child) for child in item.childItems())


def _picture_waiting(item: QQuickItem) -> bool:
    """A Picture shown whose file is not drawn yet: waiting for its size (a large screen's
    layout can come after the first frames) or loading, or a grid tile still being made (an
    asynchronous Loader: kiosk's GridTile). Through the visual tree: a view's delegates are
    not its QObject children, and findChildren misses them."""
    kind = item.metaObject().className()
    if kind.startswith("QQuickImage") and _picture_pending(item):
        return True
    if kind.startswith("QQuickLoader") and _making(item):
        return True
    return any(_picture_waiting(child) for child in item.childItems())


def _making(loader: QQuickItem) -> bool:
    # Its progress, not its status: PySide has no converter for QQuickLoader::Status.
    asynchronous, active = loader.property("asynchronous"), loader.property("active")
    return bool(asynchronous and active and loader.property("progress") < 1)


def _picture_pending(image: QQuickItem) -> bool:
    picture = image.parentItem()
    if picture is None or not picture.property("path") or not image.isVisible():
        return False
    return not (picture.property("ready") or picture.property("failed"))


def _status(image: QQuickItem) -> int:
    # Read as a plain int through the meta-property: QObject.property() converts Qt Quick's
    # Status enum in a way that corrupts Python's reference count of None (PySide 6.12).
    meta = image.metaObject()
    return int(meta.property(meta.indexOfProperty("status")).read(image))
