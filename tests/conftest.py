"""Shared fixtures. Qt runs offscreen with the software renderer, as on a CI machine."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")
# Never the machine's own sound server (tests/sound.py): the session's own null output, below.
os.environ["PULSE_SERVER"] = "unix:/nonexistent/kiosk-tests-have-no-sound"
os.environ["PIPEWIRE_REMOTE"] = "/nonexistent/kiosk-tests-have-no-sound"

from kiosk.archive import Archive
from kiosk.services.demo import build_demo
from kiosk.services.home import KioskHome
from kiosk.services.publish import publish
from kiosk.ui import keyboard
from tests.fleet import kiosk, staff  # noqa: F401 - fixtures: a staff PC and its kiosk
from tests.sound import null_sink

keyboard.prepare()  # before any test makes the application, as run_app does

PROJECT = Path(__file__).resolve().parent.parent
SCREENS = PROJECT / "build" / "screens"


@pytest.fixture(scope="session", autouse=True)
def sound_device(tmp_path_factory: pytest.TempPathFactory):
    """A silent sound card for the whole session, before anything starts QtMultimedia (or
    read aloud's voice, espeak-ng)."""
    with null_sink(tmp_path_factory.mktemp("sound")) as server:
        if server is not None:
            os.environ["PULSE_SERVER"] = server
        yield server


class Clock:
    """A clock that stands still until a test moves it (`clock.now += 60`)."""

    def __init__(self, now: float = 1_800_000_000.0):
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def archive():
    """A fresh in-memory archive with the current schema."""
    db = Archive.open()
    yield db
    db.close()


@pytest.fixture
def home(tmp_path: Path) -> KioskHome:
    """An empty, initialised kiosk home of the test's own."""
    kiosk_home = KioskHome.resolve(tmp_path / "home")
    kiosk_home.create()
    kiosk_home.open_draft_new()
    return kiosk_home


@pytest.fixture(scope="session")
def built_demo(tmp_path_factory: pytest.TempPathFactory) -> KioskHome:
    """The demo exhibition, built and published once per run. Do not modify it: copy it."""
    kiosk_home = KioskHome.resolve(tmp_path_factory.mktemp("demo") / "home")
    build_demo(kiosk_home)
    publish(kiosk_home)
    return kiosk_home


@pytest.fixture
def demo_home(built_demo: KioskHome, tmp_path: Path) -> KioskHome:
    """A copy of the demo home that the test may change."""
    target = tmp_path / "demo-home"
    shutil.copytree(built_demo.root, target)
    for path in target.rglob("*"):
        path.chmod(path.stat().st_mode | 0o200)
    return KioskHome.resolve(target)


@pytest.fixture(scope="session")
def qapp_cls():
    """The kiosk is a Qt Quick app: a QGuiApplication, no widgets."""
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication


@pytest.fixture(scope="session")
def bundle(tmp_path_factory) -> Path:
    """The offline bundle, made once a run (tests/bundles.py)."""
    from tests.bundles import make_bundle

    return make_bundle(tmp_path_factory.mktemp("dist"))


@pytest.fixture(scope="session")
def minbase(tmp_path_factory) -> Path:
    """A minimal Debian 12 made by debootstrap, once a run: copy it before changing it."""
    from tests.bundles import make_minbase

    return make_minbase(tmp_path_factory.mktemp("minbase") / "root")
