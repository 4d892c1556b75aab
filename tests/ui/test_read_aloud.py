"""Read aloud: the screen's text in the visitor's language, spoken by espeak-ng (installed by
`make test` as root) into the tests' silent sound card, with play and pause in the bar."""

from __future__ import annotations

import shutil

import pytest

from tests.ui.conftest import Finger

pytestmark = pytest.mark.skipif(
    shutil.which("espeak-ng") is None, reason="no espeak-ng: apt-get install espeak-ng"
)


def test_read_aloud_speaks_each_screen_in_the_visitors_language_and_pauses(finger: Finger):
    speech = finger.kiosk.controllers.speech
    finger.tap("attractScreen")
    finger.tap("accessButton")
    finger.tap("access-readAloud")
    finger.tap("closeAccess")
    button = finger.wait_for("readAloudButton")
    finger.qtbot.waitUntil(lambda: button.property("text") == "Pause reading", timeout=5000)
    assert speech.said.startswith("Memory Lives Because It Bears Witness\n")
    assert speech.voice == "en-gb"
    finger.tap("readAloudButton")
    finger.qtbot.waitUntil(lambda: button.property("text") == "Go on reading", timeout=5000)
    finger.tap("readAloudButton")
    finger.qtbot.waitUntil(lambda: button.property("text") == "Pause reading", timeout=5000)
    # A new language, then a new screen: each read from the top, in the visitor's language.
    finger.tap("language-ru")
    finger.tap("sectionTile-chronology")
    finger.qtbot.waitUntil(lambda: speech.said.startswith("Хронология"), timeout=5000)
    assert speech.voice == "ru" and "1990" in speech.said and speech.speaking
    # The visit's end silences it, and the next visitor starts without it.
    finger.kiosk.controllers.visit.reset()
    finger.wait_for("attractScreen")
    assert not speech.speaking and not speech.paused
    finger.tap("attractScreen")
    assert finger.find("readAloudButton") is None


def test_a_kiosk_without_its_voice_says_so_and_carries_on(finger: Finger, monkeypatch):
    monkeypatch.setattr("kiosk.ui.speech.PROGRAM", "espeak-ng-not-installed")
    finger.tap("attractScreen")
    finger.tap("accessButton")
    finger.tap("access-readAloud")
    finger.tap("closeAccess")
    button = finger.wait_for("readAloudButton")
    finger.qtbot.waitUntil(
        lambda: button.property("text") == "Read aloud is not available", timeout=5000
    )
    finger.tap("sectionTile-chronology")
    finger.wait_for("chronologyScreen")


def test_an_items_recorded_description_is_played_in_place_of_the_voice(
    qtbot, demo_home, touchscreen
):
    from dataclasses import replace

    from kiosk.services.publish import publish
    from tests.ui.conftest import open_kiosk

    draft = demo_home.open_draft()
    content = draft.content()
    recording = next(piece.audio for piece in content.programme_items if piece.audio)
    event = next(e for e in content.events if e.slug == "baku-night-1990")
    draft.put(replace(event, audio_description=recording))  # as the workbook names one
    draft.close()
    publish(demo_home, force=True)
    kiosk = open_kiosk(qtbot, demo_home)
    finger = Finger(qtbot, kiosk, touchscreen)
    speech, audio = kiosk.controllers.speech, kiosk.controllers.audio
    finger.tap("attractScreen")
    finger.tap("accessButton")
    finger.tap("access-readAloud")
    finger.tap("closeAccess")
    finger.tap("sectionTile-chronology")
    finger.qtbot.waitUntil(lambda: speech.said.startswith("Chronology"), timeout=5000)
    finger.tap("eventCard-baku-night-1990")
    finger.qtbot.waitUntil(lambda: audio.playing == "description", timeout=5000)
    button = finger.wait_for("readAloudButton")
    assert button.property("text") == "Pause reading" and speech.said == ""
    finger.tap("readAloudButton")  # a recording stops, and plays again from the start
    finger.qtbot.waitUntil(lambda: button.property("text") == "Read this screen", timeout=5000)
    assert audio.playing == ""
    finger.tap("backButton")  # the chronology has no recording: the voice reads it
    finger.qtbot.waitUntil(lambda: speech.said.startswith("Chronology"), timeout=5000)
    kiosk.close()
