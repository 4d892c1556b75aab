"""Concert excerpts: one plays at a time, with its progress; a reset silences it."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QObject, QUrl, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton

from kiosk.ui import backend

if TYPE_CHECKING:  # QtMultimedia is loaded at the first excerpt, not at the kiosk's start
    from PySide6.QtMultimedia import QMediaPlayer

QML_IMPORT_NAME = "Kiosk.Backend"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger(__name__)


@QmlElement
@QmlSingleton
class Audio(QObject):
    changed = Signal()
    progressChanged = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._slug = ""
        self._failed = ""
        self._lazy_player: QMediaPlayer | None = None

    @staticmethod
    def create(engine):
        return backend.of(engine).audio

    @property
    def _player(self) -> QMediaPlayer:
        """Made at the first excerpt: loading the media backend would slow the kiosk's start
        (and its complaints about missing sound systems belong in the log, routed by then)."""
        if self._lazy_player is None:
            from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

            player = QMediaPlayer(self)
            player.setAudioOutput(QAudioOutput(player))  # no sound device: playback still runs
            player.positionChanged.connect(self.progressChanged)
            player.durationChanged.connect(self.progressChanged)
            player.mediaStatusChanged.connect(self._status_changed)
            player.errorOccurred.connect(self._error)
            self._lazy_player = player
        return self._lazy_player

    def _get_progress(self) -> float:
        if self._lazy_player is None:
            return 0.0
        duration = self._player.duration()
        return min(1.0, self._player.position() / duration) if duration > 0 else 0.0

    def _get_playing(self):
        return self._slug

    playing = Property(str, _get_playing, notify=changed)

    def _get_failed(self):
        return self._failed

    failed = Property(str, _get_failed, notify=changed)

    progress = Property(float, _get_progress, notify=progressChanged)

    def _get_position(self):
        return self._time("position")

    position = Property(int, _get_position, notify=progressChanged)

    def _get_duration(self):
        return self._time("duration")

    duration = Property(int, _get_duration, notify=progressChanged)

    def _time(self, which: str) -> int:
        player = self._lazy_player
        return getattr(player, which)() if player is not None else 0

    @Slot(str, str)
    def toggle(self, slug: str, path: str) -> None:
        """Play `slug`'s excerpt, or stop it if it is the one playing."""
        if slug == self._slug:
            self.stop()
            return
        self._player.stop()
        self._slug, self._failed = slug, ""
        if not path:
            self._fail(slug, "no file")
            return
        self._player.setSource(QUrl.fromLocalFile(path))
        self._player.play()
        self.changed.emit()

    @Slot()
    def stop(self) -> None:
        if self._lazy_player is not None:
            self._player.stop()
            self._player.setSource(QUrl())
        if self._slug:
            self._slug = ""
            self.changed.emit()
        self.progressChanged.emit()

    def _status_changed(self, status: QMediaPlayer.MediaStatus) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        if status == QMediaPlayer.MediaStatus.EndOfMedia:
            self.stop()

    def _error(self, error: QMediaPlayer.Error, message: str) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        if error != QMediaPlayer.Error.NoError and self._slug:
            self._fail(self._slug, message)

    def _fail(self, slug: str, reason: str) -> None:
        log.warning("audio excerpt %s will not play: %s", slug, reason)
        self._player.stop()
        self._slug, self._failed = "", slug
        self.changed.emit()
