"""Idle watch: no touch for a while asks "Still there?", then ends the visit.

An application-wide event filter sees every touch, click and key, so no screen can forget
to report activity.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Property, QEvent, QObject, QTimer, Signal, Slot

from kiosk.ui import backend

ACTIVITY = {
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.KeyPress,
}


class Idle(QObject):
    changed = Signal()
    expired = Signal()
    awakeChanged = Signal(bool)  # a film began or stopped playing

    def __init__(self, idle_seconds: int, countdown_seconds: int, parent: QObject | None = None):
        super().__init__(parent)
        self._countdown_seconds = countdown_seconds
        self._seconds_left = 0
        self._watching = False
        self._awake = False  # a video is playing: the visitor is watching, not gone
        self.last_touch = 0.0  # time.time() of the last touch, click or key of a visit
        self.timed_out = False  # the last visit was ended by the countdown
        self._quiet = QTimer(self, singleShot=True, interval=idle_seconds * 1000)
        self._quiet.timeout.connect(self._warn)
        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self._count_down)

    @staticmethod
    def create(engine):
        return backend.of(engine).idle

    def _get_warning(self) -> bool:
        return self._seconds_left > 0

    warning = Property(bool, _get_warning, notify=changed)

    def _get_seconds_left(self) -> int:
        return self._seconds_left

    secondsLeft = Property(int, _get_seconds_left, notify=changed)

    def _get_countdown_seconds(self) -> int:
        return self._countdown_seconds

    countdownSeconds = Property(int, _get_countdown_seconds, constant=True)

    def watch(self, visiting: bool) -> None:
        """Watch during a visit; the attract loop has nothing to time out."""
        if visiting and not self._watching:
            self.timed_out = False  # a new visit
        self._watching = visiting
        self._stop_warning()
        if visiting:
            self._quiet.start()
        else:
            self._quiet.stop()

    @Slot()
    def stillHere(self) -> None:
        self._stop_warning()
        if self._watching and not self._awake:
            self._quiet.start()

    @Slot(bool)
    def keepAwake(self, awake: bool) -> None:
        """While a video plays nobody touches the screen: the visit must not time out."""
        if awake != self._awake:
            self._awake = awake
            self.last_touch = time.time()  # watching a film to its end is not leaving
            self.awakeChanged.emit(awake)
        if awake:
            self._quiet.stop()
        self.stillHere()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Any touch means someone is there, on the warning's Continue button or anywhere else.
        if event.type() in ACTIVITY and self._watching:
            self.last_touch = time.time()
            self.stillHere()
        return False

    def warn(self) -> None:
        """Show the warning now (the snapshot of the overlay; the quiet timer's end)."""
        self._warn()

    def _warn(self) -> None:
        self._seconds_left = self._countdown_seconds
        self._tick.start()
        self.changed.emit()

    def _count_down(self) -> None:
        self._seconds_left -= 1
        if self._seconds_left <= 0:
            self._stop_warning()
            self.timed_out = True
            self.expired.emit()
        else:
            self.changed.emit()

    def _stop_warning(self) -> None:
        # Whether a warning was showing is the tick's state, not the count: the last tick has
        # already brought the count to 0, and the overlay must still be told it is over.
        was_warning = self._tick.isActive()
        self._tick.stop()
        self._seconds_left = 0
        if was_warning:
            self.changed.emit()
