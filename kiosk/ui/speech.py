"""Read aloud: the screen's text spoken in the visitor's language (the Access panel).

The voice is Qt TextToSpeech's, through speech-dispatcher and espeak-ng, which speak English,
Azerbaijani, Lithuanian and Russian. As with the concert excerpts (kiosk.ui.audio), the
speaking object is QML's (Reader.qml, made when read aloud is first chosen): this one decides
what is said and when, and hears back whether it is speaking.

What is said is what the screen shows, in the order of its items (kiosk.ui.reading): a new
screen, a new language or the choice itself starts it again from the top.
"""

from __future__ import annotations

import os

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot
from PySide6.QtQuick import QQuickItem, QQuickWindow

from kiosk.ui import backend
from kiosk.ui.items import named_item
from kiosk.ui.reading import spoken

# The voices' locales, by the kiosk's language codes.
VOICES = {"en": "en_GB", "az": "az_AZ", "lt": "lt_LT", "ru": "ru_RU"}
# Qt TextToSpeech's engine: speech-dispatcher, unless KIOSK_VOICE names another (a PC with
# flite; Qt's "mock", which speaks silently at a steady pace, for the tests).
ENGINE = "speechd"
# A new screen is read once it has settled: its tiles and lists are made in the first frames.
SETTLE_MS = 400
READY, SPEAKING, PAUSED, FAILED = range(4)  # as Reader.qml reports them


class Speech(QObject):
    changed = Signal()
    neededChanged = Signal()
    sayRequested = Signal(str, str)  # the text, the voice's locale: Reader.qml says it
    pauseRequested = Signal()
    resumeRequested = Signal()
    stopRequested = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._state = READY
        self._needed = False
        self._language = "en"
        self._said = ""
        self._on = False
        self._window: QQuickWindow | None = None
        self._soon = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._soon.timeout.connect(self._read_screen)

    @staticmethod
    def create(engine):
        return backend.of(engine).speech

    def watch(self, window: QQuickWindow) -> None:
        """The window whose screens are read."""
        self._window = window

    def _get_engine(self) -> str:
        return os.environ.get("KIOSK_VOICE", ENGINE)

    engine = Property(str, _get_engine, constant=True)

    def _get_needed(self) -> bool:
        return self._needed

    needed = Property(bool, _get_needed, notify=neededChanged)  # load Reader.qml

    def _get_speaking(self) -> bool:
        return self._state == SPEAKING

    speaking = Property(bool, _get_speaking, notify=changed)

    def _get_paused(self) -> bool:
        return self._state == PAUSED

    paused = Property(bool, _get_paused, notify=changed)

    def _get_failed(self) -> bool:
        return self._state == FAILED

    failed = Property(bool, _get_failed, notify=changed)  # no voice: the panel says so

    @property
    def said(self) -> str:
        """The text last given to the voice."""
        return self._said

    def choose(self, on: bool, language: str) -> None:
        """Read aloud chosen (read the screen) or not (fall silent)."""
        if on != self._on:
            self._on = on
            self.read_soon(language) if on else self.stop()

    def read_soon(self, language: str) -> None:
        """Read the current screen once it has settled, in `language`."""
        self._language = language
        self._soon.start()

    @Slot()
    def toggle(self) -> None:
        """The play/pause button: pause, go on, or read the screen again once it has ended."""
        if self._state == SPEAKING:
            self.pauseRequested.emit()
        elif self._state == PAUSED:
            self.resumeRequested.emit()
        else:
            self._read_screen()

    @Slot()
    def stop(self) -> None:
        self._soon.stop()
        if self._state in (SPEAKING, PAUSED):
            self.stopRequested.emit()

    @Slot(int)
    def reported(self, state: int) -> None:
        """Reader.qml: the voice's state changed."""
        if state != self._state:
            self._state = state
            self.changed.emit()

    def _read_screen(self) -> None:
        screen = self._screen()
        text = spoken(screen) if screen is not None else ""
        if not text:
            return
        self._said = text
        if not self._needed:
            self._needed = True
            self.neededChanged.emit()
        self.sayRequested.emit(text, VOICES.get(self._language, "en_GB"))

    def _screen(self) -> QQuickItem | None:
        if self._window is None:
            return None
        stack = named_item(self._window.contentItem(), "stack")
        current = stack.property("currentItem") if stack is not None else None
        return current if isinstance(current, QQuickItem) else None
