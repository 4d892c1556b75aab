"""Read aloud: the screen's text in the visitor's language, with play and pause in the bar.

The kiosk's voice is speech-dispatcher with espeak-ng (installed by `make test` as root); its
voices are checked here for the four languages. The visits use Qt's own silent engine
("mock"), which speaks at a steady pace whatever the sound card: speech-dispatcher's sound
stalls where the machine has none it can open, and what is tested is what the kiosk asks it to
say, when, and what the visitor sees of it."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtTextToSpeech import QTextToSpeech

from kiosk.ui.speech import VOICES
from tests.ui.conftest import Finger, open_kiosk


@pytest.fixture
def reading_finger(qtbot, demo_home, touchscreen, monkeypatch):
    monkeypatch.setenv("KIOSK_VOICE", "mock")
    kiosk = open_kiosk(qtbot, demo_home)
    yield Finger(qtbot, kiosk, touchscreen)
    kiosk.close()


def test_read_aloud_speaks_each_screen_in_the_visitors_language_and_pauses(reading_finger):
    finger = reading_finger
    speech = finger.kiosk.controllers.speech
    asked = []
    speech.sayRequested.connect(lambda text, locale: asked.append((text, locale)))
    finger.tap("attractScreen")
    finger.tap("accessButton")
    finger.tap("access-readAloud")
    finger.tap("closeAccess")
    button = finger.wait_for("readAloudButton")
    finger.qtbot.waitUntil(lambda: button.property("text") == "Pause reading", timeout=5000)
    assert asked[-1][0].startswith("Memory Lives Because It Bears Witness\n")
    assert asked[-1][1] == "en_GB"
    finger.tap("readAloudButton")
    finger.qtbot.waitUntil(lambda: button.property("text") == "Go on reading", timeout=5000)
    finger.tap("readAloudButton")
    finger.qtbot.waitUntil(lambda: button.property("text") == "Pause reading", timeout=5000)
    # A new language, then a new screen: each read from the top, in the visitor's language.
    finger.tap("language-ru")
    finger.tap("sectionTile-chronology")
    finger.qtbot.waitUntil(lambda: asked[-1][0].startswith("Хронология"), timeout=5000)
    assert asked[-1][1] == "ru_RU" and "1990" in asked[-1][0]
    # The visit's end silences it, and the next visitor starts without it.
    finger.kiosk.controllers.visit.reset()
    finger.wait_for("attractScreen")
    finger.qtbot.waitUntil(lambda: not speech.speaking and not speech.paused, timeout=5000)
    finger.tap("attractScreen")
    assert finger.find("readAloudButton") is None


@pytest.mark.skipif(
    shutil.which("speech-dispatcher") is None,
    reason="no speech-dispatcher: apt-get install speech-dispatcher-espeak-ng",
)
def test_the_kiosks_voice_speaks_all_four_languages(qapp):
    voice = QTextToSpeech("speechd")
    assert voice.state() != QTextToSpeech.State.Error, voice.errorString()
    offered = {locale.name() for locale in voice.availableLocales()}
    assert set(VOICES.values()) <= offered
    for locale in VOICES.values():
        voice.setLocale(QLocale(locale))
        assert voice.locale().name() == locale and voice.availableVoices()
