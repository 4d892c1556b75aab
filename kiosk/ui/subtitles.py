"""A video's subtitles in the visitor's language: read off the GUI thread, shown by position.

A subtitle file is parsed when its film is first shown; a long one takes seconds, and a
frame must never wait for it, so a worker thread reads it and the text follows once it is in.
A playing film's position changes at every frame: QML tells this object only when it passes
`until` (the next cue's start or the showing cue's end) or goes back, not at every frame, so
Python is called twice a cue rather than 25 times a second.
"""

from __future__ import annotations

import logging
from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import qmlEngine

from kiosk.media.subtitles import NEVER, CueIndex, cue_index
from kiosk.ui import backend

log = logging.getLogger(__name__)
_READER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="subtitles")
_NONE = CueIndex([])


class Subtitles(QObject):
    """Set `video` (a slug), `language` and `position` (ms); `text` is the cue showing."""

    changed = Signal()
    textChanged = Signal()
    _read = Signal(str, str, object)  # video, language, CueIndex: from the reader thread

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._video, self._language, self._position = "", "", 0
        self._index, self._loaded, self._text = _NONE, False, ""
        self._until = NEVER
        self._read.connect(self._take)  # queued: emitted from the reader thread

    def _get_video(self):
        return self._video

    def _set_video(self, video: str) -> None:
        if video != self._video:
            self._video = video
            self._load()

    video = Property(str, _get_video, _set_video, notify=changed)

    def _get_language(self):
        return self._language

    def _set_language(self, language: str) -> None:
        if language != self._language:
            self._language = language
            self._load()

    language = Property(str, _get_language, _set_language, notify=changed)

    def _get_position(self):
        return self._position

    def _set_position(self, position: int) -> None:
        self._position = position
        self._show()

    position = Property(int, _get_position, _set_position, notify=changed)

    def _get_until(self):
        return self._until

    until = Property(int, _get_until, notify=textChanged)

    def _get_loaded(self):
        return self._loaded

    loaded = Property(bool, _get_loaded, notify=changed)

    def _get_text(self):
        return self._text

    text = Property(str, _get_text, notify=textChanged)

    def _load(self) -> None:
        self._index, self._loaded = _NONE, False
        self.changed.emit()
        self._show()
        engine = qmlEngine(self)
        if not self._video or not self._language or engine is None:
            return
        if not backend.attached(engine):
            return  # the kiosk is closing: its items go, and nothing is shown again
        path = backend.of(engine).exhibition.exhibit.subtitle_file(self._video, self._language)
        if path is None:
            self._take(self._video, self._language, _NONE)
            return
        wanted = (self._video, self._language)
        reading = _READER.submit(cue_index, path)
        reading.add_done_callback(lambda done: self._hand_over(wanted, done))

    def _hand_over(self, wanted: tuple[str, str], done: Future) -> None:
        """In the reader thread: pass the index to the GUI thread, unless this item is gone."""
        try:
            self._read.emit(*wanted, done.result())
        except RuntimeError:  # the viewer closed while the file was read
            log.debug("subtitles for %s read after their video was closed", wanted[0])

    @Slot(str, str, object)
    def _take(self, video: str, language: str, index: CueIndex) -> None:
        if (video, language) != (self._video, self._language):
            return  # the visitor moved on while it was read
        self._index, self._loaded = index, True
        self.changed.emit()
        self._show()

    def _show(self) -> None:
        text = self._index.text_at(self._position)
        until = self._index.next_change(self._position)
        if (text, until) != (self._text, self._until):
            self._text, self._until = text, until
            self.textChanged.emit()
