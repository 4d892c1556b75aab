"""Concert excerpts: one plays at a time; a reset silences it.

The player itself is QML's (ExcerptPlayer.qml, loaded at the first excerpt so that the
kiosk starts without QtMultimedia). No QtMultimedia object is made from Python: its worker
threads call back into the objects they serve, and a Python-made one makes them wait for the
GIL while the GUI thread, holding the GIL, waits for them (a freeze seen in the soak and in a
CI run). For the same reason Python hears only of changes of state (started, finished,
failed), never of the position: the progress bar is bound to the player in QML
(ExcerptProgress.qml), so a playing excerpt calls no Python several times a second. This
object holds which piece plays or failed, and asks QML to play or stop.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.ui import backend

log = logging.getLogger(__name__)


class Audio(QObject):
    changed = Signal()
    neededChanged = Signal()
    playRequested = Signal(str)  # a file's path: ExcerptPlayer plays it
    stopRequested = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._slug = ""
        self._failed = ""
        self._sounding = False
        self._needed = False
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

    def _get_sounding(self) -> bool:
        return self._sounding

    sounding = Property(bool, _get_sounding, notify=changed)  # the player has started it

    def _get_needed(self) -> bool:
        return self._needed

    needed = Property(bool, _get_needed, notify=neededChanged)  # load the QML player

    @Slot(str, str)
    def toggle(self, slug: str, path: str) -> None:
        """Play `slug`'s excerpt, or stop it if it is the one playing."""
        if slug == self._slug:
            self.stop()
            return
        self._slug, self._failed, self._sounding = slug, "", False
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
            self._slug, self._sounding = "", False
            self.changed.emit()

    # -- what the QML player reports: changes of state only

    @Slot()
    def started(self) -> None:
        if self._slug and not self._sounding:
            self._sounding = True
            self.changed.emit()

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
            self._slug, self._failed, self._sounding = "", self._slug, False
            self.changed.emit()

    def _fail(self, slug: str, reason: str) -> None:
        log.warning("audio excerpt %s will not play: %s", slug, reason)
        if self._needed:
            self.stopRequested.emit()
        self._slug, self._failed, self._sounding = "", slug, False
        self.changed.emit()
