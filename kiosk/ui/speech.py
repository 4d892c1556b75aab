"""Read aloud: the screen's text spoken in the visitor's language (the Access panel).

The voice is espeak-ng's, which speaks English, Azerbaijani, Lithuanian and Russian, run as a
process of its own for each reading: paused by stopping that process, resumed by continuing it,
silenced by ending it. Not Qt TextToSpeech: its speech-dispatcher engine waits on the GUI thread
for a server that may never answer (one that cannot open the sound card), and a kiosk whose
voice hangs must not hang with it; a process that hangs is only ended.

What is said is what the screen shows, in the order of its items (kiosk.ui.reading.spoken): a
new screen, a new language or the choice itself starts it again from the top. An event, an
artwork or a piece may have a recorded description instead (named in the workbook): it is
played, through the concert excerpts' player (kiosk.ui.audio), in place of the voice.
"""

from __future__ import annotations

import logging
import os
import signal
from collections.abc import Callable

from PySide6.QtCore import Property, QObject, QProcess, QTimer, Signal, Slot
from PySide6.QtQuick import QQuickItem, QQuickWindow

from kiosk.ui import backend
from kiosk.ui.audio import Audio
from kiosk.ui.items import current_screen
from kiosk.ui.reading import spoken

log = logging.getLogger(__name__)

PROGRAM = "espeak-ng"
# espeak-ng's voices, by the kiosk's language codes.
VOICES = {"en": "en-gb", "az": "az", "lt": "lt", "ru": "ru"}
WORDS_A_MINUTE = "150"  # a little slower than espeak-ng's 175: a visitor listens once
# A new screen is read once it has settled: its tiles and lists are made in the first frames.
SETTLE_MS = 400
READY, SPEAKING, PAUSED, FAILED = range(4)
RECORDING = "description"  # the key the recording plays under in Audio


class Speech(QObject):
    changed = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._state = READY
        self._on = False
        self._language = "en"
        self._said = ""
        self._voice: QProcess | None = None
        self._window: QQuickWindow | None = None
        self._recording: Callable[[], str] = lambda: ""
        self._audio: Audio | None = None
        self._soon = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._soon.timeout.connect(self._read_screen)

    @staticmethod
    def create(engine):
        return backend.of(engine).speech

    def watch(self, window: QQuickWindow) -> None:
        """The window whose screens are read."""
        self._window = window

    def play_recordings(self, recording: Callable[[], str], audio: Audio) -> None:
        """`recording()`: the file describing what the screen shows, or "", played by `audio`."""
        self._recording, self._audio = recording, audio
        audio.changed.connect(self._recording_changed)

    @property
    def playing_recording(self) -> bool:
        return self._audio is not None and self._audio.playing == RECORDING

    def _get_speaking(self) -> bool:
        return self._state == SPEAKING

    speaking = Property(bool, _get_speaking, notify=changed)

    def _get_paused(self) -> bool:
        return self._state == PAUSED

    paused = Property(bool, _get_paused, notify=changed)

    def _get_failed(self) -> bool:
        return self._state == FAILED

    failed = Property(bool, _get_failed, notify=changed)  # no voice: the bar says so

    @property
    def said(self) -> str:
        """The text last given to the voice."""
        return self._said

    @property
    def voice(self) -> str:
        """The voice it was given to (espeak-ng's name: "en-gb", "az", ...)."""
        return VOICES.get(self._language, "en-gb")

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
        """The bar's button: pause, go on, or read the screen again once it has ended."""
        if self._state == SPEAKING and self.playing_recording:
            self._audio.stop()  # a recording is stopped; the button plays it again
        elif self._state == SPEAKING:
            self._signal(signal.SIGSTOP, PAUSED)
        elif self._state == PAUSED:
            self._signal(signal.SIGCONT, SPEAKING)
        else:
            self._read_screen()

    @Slot()
    def stop(self) -> None:
        self._soon.stop()
        if self.playing_recording:
            self._audio.stop()
        voice, self._voice = self._voice, None
        if voice is not None:
            voice.finished.disconnect()
            if self._state == PAUSED:
                self._signal_process(voice, signal.SIGCONT)  # a stopped process cannot end
            voice.kill()
            voice.waitForFinished(1000)
            voice.deleteLater()
        self._set(READY if self._state != FAILED else FAILED)

    def _read_screen(self) -> None:
        recording = self._recording()
        if recording and self._audio is not None:
            self.stop()
            self._said = ""
            self._audio.toggle(RECORDING, recording)
            self._set(SPEAKING)
            return
        screen = self._screen()
        text = spoken(screen) if screen is not None else ""
        if text:
            self._say(text)

    def _recording_changed(self) -> None:
        """The excerpts' player stopped the recording (its end, another sound, a failure)."""
        if self._state == SPEAKING and self._voice is None and not self.playing_recording:
            self._set(READY)

    def _say(self, text: str) -> None:
        self.stop()
        self._said = text
        voice = QProcess(self)
        voice.setProgram(PROGRAM)
        voice.setArguments(["-v", self.voice, "-s", WORDS_A_MINUTE, "--stdin"])
        voice.finished.connect(lambda code, status: self._ended(voice, code))
        voice.errorOccurred.connect(lambda error: self._failed(voice, error))
        self._voice = voice
        voice.start()
        voice.write(text.encode("utf-8"))
        voice.closeWriteChannel()
        if self._voice is voice:  # it did not fail at once
            self._set(SPEAKING)

    def _ended(self, voice: QProcess, code: int) -> None:
        """The reading's end; espeak-ng ends well even where it had no sound card to speak
        into, and says so only on its standard error."""
        if voice is self._voice:
            self._voice = None
            voice.deleteLater()
            said = bytes(voice.readAllStandardError()).decode("utf-8", "replace").strip()
            if code != 0 or said:
                last = said.splitlines()[-1] if said else f"exit status {code}"
                log.warning("read aloud: %s could not speak: %s", PROGRAM, last)
                self._set(FAILED)
                return
            self._set(READY)

    def _failed(self, voice: QProcess, error: QProcess.ProcessError) -> None:
        if voice is self._voice and error == QProcess.ProcessError.FailedToStart:
            log.warning("read aloud: %s will not start (%s)", PROGRAM, voice.errorString())
            self._voice = None
            voice.deleteLater()
            self._set(FAILED)

    def _signal(self, sent: signal.Signals, state: int) -> None:
        if self._voice is not None and self._signal_process(self._voice, sent):
            self._set(state)

    @staticmethod
    def _signal_process(voice: QProcess, sent: signal.Signals) -> bool:
        pid = voice.processId()
        if pid <= 0:
            return False
        try:
            os.kill(pid, sent)
        except ProcessLookupError:
            return False
        return True

    def _set(self, state: int) -> None:
        if state != self._state:
            self._state = state
            self.changed.emit()

    def _screen(self) -> QQuickItem | None:
        return current_screen(self._window.contentItem()) if self._window is not None else None
