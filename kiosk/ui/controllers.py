"""The controllers of one kiosk, built and wired together (their QML types: kiosk.ui.registry)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtQml import QQmlEngine

from kiosk.content.settings import Settings
from kiosk.services.exhibit import Exhibit
from kiosk.services.home import KioskHome
from kiosk.services.pin_lockout import PinLockout
from kiosk.services.stats_summary import titles
from kiosk.ui import memory
from kiosk.ui.access import Access
from kiosk.ui.audio import Audio
from kiosk.ui.exhibition import Exhibition
from kiosk.ui.gallery import Gallery
from kiosk.ui.idle import Idle
from kiosk.ui.navigator import Navigator, Screen
from kiosk.ui.opening_hours import OpeningHours
from kiosk.ui.search import Search
from kiosk.ui.speech import Speech
from kiosk.ui.staff import Staff
from kiosk.ui.staff_panel import StaffPanel
from kiosk.ui.translations import Translations
from kiosk.ui.visit import Visit

AUDIO_SCREENS = {Screen.Programme}  # leaving these screens stops the excerpt


@dataclass
class Controllers:
    visit: Visit
    exhibition: Exhibition
    gallery: Gallery
    navigator: Navigator
    idle: Idle
    staff: Staff
    panel: StaffPanel
    audio: Audio
    translations: Translations
    hours: OpeningHours
    search: Search
    access: Access
    speech: Speech


def build(
    engine: QQmlEngine,
    exhibit: Exhibit,
    settings: Settings,
    lockout: PinLockout,
    home: KioskHome,
) -> Controllers:
    """Make the controllers for `engine` and connect them; the app attaches them to the engine
    (kiosk.ui.backend) before it loads QML."""
    translations = Translations(engine, settings.languages)
    navigator = Navigator()
    staff = Staff(settings.pin_hash, lockout)
    c = Controllers(
        visit=Visit(settings, translations.every_language),
        exhibition=Exhibition(exhibit, settings.default_language),
        gallery=Gallery(exhibit, settings.default_language),
        navigator=navigator,
        idle=Idle(settings.idle_seconds, settings.countdown_seconds),
        staff=staff,
        panel=StaffPanel(home, staff, titles(exhibit.content)),
        audio=Audio(),
        translations=translations,
        hours=OpeningHours(settings.hours(), navigator, settings.idle_seconds),
        search=Search(exhibit, settings.default_language, settings.languages),
        access=Access(settings),
        speech=Speech(),
    )
    c.visit.languageChanged.connect(lambda: _switch_language(c))
    c.visit.ended.connect(lambda: _end_visit(c))
    c.visit.ended.connect(lambda: memory.release_after_visit(engine))
    c.visit.ended.connect(c.hours.check)  # closed since: the kiosk sleeps
    c.navigator.changed.connect(lambda: _screen_changed(c))
    c.idle.expired.connect(c.visit.reset)
    c.panel.closed.connect(c.visit.reset)  # staff done: the next visitor starts afresh
    c.access.changed.connect(lambda: c.speech.choose(c.access.readAloud, c.visit.language))
    c.speech.play_recordings(lambda: _recording(c), c.audio)
    c.translations.use(settings.default_language)
    return c


def _switch_language(c: Controllers) -> None:
    c.exhibition.load(c.visit.language)
    c.gallery.load(c.visit.language)
    c.search.load(c.visit.language)
    c.translations.use(c.visit.language)
    _read_aloud(c)


def _read_aloud(c: Controllers) -> None:
    """A new screen or language: read it, where the visitor chose read aloud."""
    if c.access.readAloud and c.navigator.visiting:
        c.speech.read_soon(c.visit.language)


# The screens of one item, by the kind of record a recorded description belongs to.
DESCRIBED = {Screen.Event: "event", Screen.Artwork: "artwork", Screen.Piece: "piece"}


def _recording(c: Controllers) -> str:
    """The recorded description of the item on the screen, if it has one."""
    kind = DESCRIBED.get(c.navigator.current)
    return c.exhibition.exhibit.audio_description(kind, c.navigator.key) if kind else ""


def _end_visit(c: Controllers) -> None:
    c.audio.stop()
    c.search.clear()  # the next visitor finds nothing typed
    c.access.reset()
    c.speech.stop()
    c.staff.closePad()
    c.panel.hide()
    c.navigator.attract()


def _screen_changed(c: Controllers) -> None:
    c.idle.watch(c.navigator.visiting)
    _read_aloud(c)
    if c.navigator.current not in AUDIO_SCREENS:
        c.audio.stop()
