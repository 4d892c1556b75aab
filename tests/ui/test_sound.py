"""Concert excerpts with and without a sound device: played into the tests' own silent card
(tests/sound.py), and on a machine with none, a Listen that says it cannot play."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import PROJECT
from tests.sound import NO_SOUND

# The kiosk with no sound device, in a process of its own: QtMultimedia finds its devices once.
_NO_DEVICE = """
import json, sys
from benchmarks.driver import Driver
from kiosk.services.home import KioskHome
from kiosk.ui.navigator import Screen
driver = Driver(KioskHome.resolve(sys.argv[1]))
driver.controllers.navigator.home()
driver.controllers.navigator.open(Screen.Programme, "concert")
driver.wait_for(lambda: driver.find("playButton-hajibeyov-sensiz") is not None)
driver.settle()  # the screen's entrance over: a tap lands where the button stands
button = driver.find("playButton-hajibeyov-sensiz")
driver.tap(button)
driver.wait_for(lambda: button.property("text") != "Listen", limit_s=10)
driver.settle()
print(json.dumps({
    "button": button.property("text"),
    "progress": driver.find("audioProgress-hajibeyov-sensiz") is not None,
    "playing": driver.controllers.audio.playing,
}))
driver.close()
"""


def test_with_no_sound_device_listen_says_it_cannot_play(demo_home):
    env = {**os.environ, "PULSE_SERVER": NO_SOUND}
    done = subprocess.run(
        [sys.executable, "-c", _NO_DEVICE, str(demo_home.root)],
        capture_output=True,
        text=True,
        cwd=PROJECT,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    shown = json.loads(done.stdout.strip().splitlines()[-1])
    assert shown == {"button": "Cannot play", "progress": False, "playing": ""}


def test_an_excerpt_plays_into_the_sound_device(finger, sound_device):
    if sound_device is None:
        pytest.fail("no sound device for the tests: make test installs pulseaudio as root")
    finger.tap("attractScreen")
    finger.tap("sectionTile-concert")
    finger.tap("playButton-hajibeyov-sensiz")
    finger.wait_for("audioProgress-hajibeyov-sensiz")
    assert finger.text("playButton-hajibeyov-sensiz") == "Stop"
