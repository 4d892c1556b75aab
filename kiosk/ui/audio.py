"""Concert excerpts: one plays at a time, with its progress; a reset silences it.

The player itself is QML's (ExcerptPlayer.qml, loaded at the first excerpt so that the
kiosk starts without QtMultimedia). No QtMultimedia object is made from Python: its worker
threads call back into the objects they serve, and a Python-made one makes them wait for the
GIL while the GUI thread, holding the GIL, waits for them (a freeze seen in the soak and in a
CI run). This object holds the state the screens show and asks QML to play or stop.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.ui import backend

log = logging.getLogger(__name__)


class Audio(QObject):
    changed = Signal()
    progressChanged = Signal()
    neededChanged = Signal()
    playRequested = Signal(str)  # a file's path: ExcerptPlayer plays it
    stopRequested = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._slug = ""
        self._failed = ""
        self._needed = False
        self._position = 0
        self._duration = 0
        self._told_no_device = False

    @staticmethod
    def create(engine):
        return backend.of(engine).audio

    def _get_playing(self):
        return self._slug

    playing = Property(str, _get_playing, notify=changed)

    def _get_failed(self):
        return self._failed

    failed = Property(str, _get_failed, notify=changed)

    def _get_needed(self) -> bool:
        return self._needed

    needed = Property(bool, _get_needed, notify=neededChanged)  # load the QML player

    def _get_progress(self) -> float:
        return min(1.0, self._position / self._duration) if self._duration > 0 else 0.0

    progress = Property(float, _get_progress, notify=progressChanged)

    def _get_position(self) -> int:
        return self._position

    position = Property(int, _get_position, notify=progressChanged)

    def _get_duration(self) -> int:
        return self._duration

    duration = Property(int, _get_duration, notify=progressChanged)

    @Slot(str, str)
    def toggle(self, slug: str, path: str) -> None:
        """Play `slug`'s excerpt, or stop it if it is the one playing."""
        if slug == self._slug:
            self.stop()
            return
        self._slug, self._failed = slug, ""
        self._report(0, 0)
        if not path:
            self._fail(slug, "no file")
            return
        if not self._needed:
            self._needed = True
            self.neededChanged.emit()  # the player is made now, before it is asked to play
        self.playRequested.emit(path)
        self.changed.emit()

    @Slot()
    def stop(self) -> None:
        if self._needed:
            self.stopRequested.emit()
        if self._slug:
            self._slug = ""
            self.changed.emit()
        self._report(0, 0)

    # -- what the QML player reports

    @Slot(int, int)
    def report(self, position: int, duration: int) -> None:
        if self._slug:
            self._report(position, duration)

    @Slot()
    def finish(self) -> None:
        self.stop()

    @Slot(str)
    def fail(self, message: str) -> None:
        if self._slug:
            self._fail(self._slug, message)

    @Slot()
    def noSoundDevice(self) -> None:
        """The machine has nowhere to play to: the piece says it cannot play. Noted once, as a
        fact about the machine, not as a fault of the excerpt."""
        if self._slug:
            if not self._told_no_device:
                log.info("no sound device: the concert's excerpts cannot be played")
                self._told_no_device = True
            self._slug, self._failed = "", self._slug
            self.changed.emit()

    def _report(self, position: int, duration: int) -> None:
        self._position, self._duration = position, duration
        self.progressChanged.emit()

    def _fail(self, slug: str, reason: str) -> None:
        log.warning("audio excerpt %s will not play: %s", slug, reason)
        if self._needed:
            self.stopRequested.emit()
        self._slug, self._failed = "", slug
        self.changed.emit()
