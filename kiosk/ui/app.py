"""Start the visitor app: create the application, load the QML module, show the window."""

from __future__ import annotations

import contextlib
import faulthandler
import logging
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow

from kiosk.content.errors import KioskError
from kiosk.content.resources import assets_dir
from kiosk.content.usage import End
from kiosk.services import restarts
from kiosk.services.exhibit import Exhibit
from kiosk.services.home import KioskHome
from kiosk.services.logs import keep_native_log_small, native_messages_to_home
from kiosk.services.pin_lockout import PinLockout
from kiosk.services.stats import ErrorsCounted, Recorder
from kiosk.ui import backend, controllers, guard, keyboard, memory, registry, system_libs
from kiosk.ui.analytics import Analytics
from kiosk.ui.fleet import InboxWatch, StatusWriter
from kiosk.ui.health import Health
from kiosk.ui.keypad import Keypad
from kiosk.ui.lockdown import Lockdown
from kiosk.ui.new_snapshots import NewSnapshots
from kiosk.ui.service import ServiceNotifier
from kiosk.ui.startup import process_age_ms
from kiosk.ui.stop_signal import SAID, StopOnSignal

log = logging.getLogger(__name__)
QML_DIR = Path(__file__).parent / "qml"
RESTART = 75  # app.exit code: start this process again (EX_TEMPFAIL)
APP_NAME = "museum-kiosk"  # the package's name


@dataclass
class Kiosk:
    """A loaded visitor app: its engine, window and controllers."""

    engine: QQmlApplicationEngine
    window: QQuickWindow
    controllers: controllers.Controllers
    # What this kiosk set on the whole process, undone when it closes (last first): a process
    # may outlive its kiosk (tests, benchmarks) and open another.
    installed: list[Callable[[], None]] = field(default_factory=list)
    new_snapshots: NewSnapshots | None = None  # None in a preview of the draft
    inbox: InboxWatch | None = None  # likewise
    analytics: Analytics | None = None  # None where visits are not counted

    def recover_from_errors(self) -> None:
        """Until closed, an exception in a slot is logged and the visitor taken Home."""
        self.installed.append(guard.recover_with(self.controllers.navigator.home))

    def follow_new_snapshots(self, home: KioskHome) -> None:
        """Show a snapshot published while running, or brought by a bundle in the inbox, at
        the next attract loop."""
        c = self.controllers
        shows = (c.exhibition, c.gallery, c.search)
        self.new_snapshots = NewSnapshots(home, c.navigator, shows)
        self.inbox = InboxWatch(home)
        self.inbox.installed.connect(self.new_snapshots.check)
        self.installed += [self.new_snapshots.stop, self.inbox.stop]

    def count_visits(self, home: KioskHome, keep_days: int) -> None:
        """Count this kiosk's use into HOME/stats.db (kiosk.ui.analytics), errors logged
        included, from a thread of the statistics' own."""
        idle = self.controllers.idle
        recorder = Recorder(home.stats_file, keep_days, lambda: idle.last_touch)
        self.analytics = Analytics(recorder, self.controllers)
        errors = ErrorsCounted(recorder)
        logging.getLogger().addHandler(errors)
        self.installed.append(lambda: logging.getLogger().removeHandler(errors))
        last = restarts.recent(home, 1)
        recorder.start(last[-1].reason or restarts.UNSAID if last else "first start")

    def stop_counting(self, end: End = End.CLOSED) -> None:
        """The open visit ends with `end`, and the last counts are written (a few seconds at
        most)."""
        if self.analytics is not None:
            self.analytics.stop(end)

    def close(self) -> None:
        """Silence, take this kiosk's translator off the application, close the window, and
        take back what it set on the process."""
        self.stop_counting()
        self.controllers.audio.stop()
        self.controllers.speech.stop()
        self.controllers.search.close()
        self.controllers.translations.release()
        self.window.close()
        _undo(self.installed)
        self.engine.deleteLater()


def run_app(
    home: KioskHome, windowed: bool, screen: int | None, smoke: bool, preview: bool = False
) -> int:
    """Run until staff exit; with `smoke`, until the first frame is drawn; with `preview`, the
    draft in a window."""
    windowed = windowed or preview
    _choose_platform(smoke)
    memory.tune_allocator()
    if not (windowed or smoke):
        native_messages_to_home(home)  # a kiosk has no console: Qt's and FFmpeg's lines
    _stacks_on_crash()
    keyboard.prepare()
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)  # as screen readers list it (AT-SPI), not "__main__.py"
    kiosk = load(home, windowed or smoke, draft=preview, counted=not smoke)  # smoke: no visit
    kiosk.recover_from_errors()
    # Python's own objects, held here while the app runs: a wrapper dropped while Qt still
    # calls its slots comes back without its attributes.
    watching: list[QObject] = []
    if not (windowed or smoke):
        lock_down(app, kiosk, home)
        watching.append(_watch_over(app, kiosk, home))
        shows = kiosk.new_snapshots
        watching.append(StatusWriter(home, lambda: shows.shown if shows else None))
    else:
        kiosk.controllers.staff.exitGranted.connect(app.quit)
    _place(app, kiosk.window, screen, windowed or smoke)
    watching.append(ServiceNotifier(kiosk.window))  # under systemd: ready, alive while drawing
    if smoke:
        kiosk.window.frameSwapped.connect(lambda: _report_first_frame(app))
        QTimer.singleShot(20_000, lambda: app.exit(1))  # never hang an install script
    kiosk.controllers.staff.exitGranted.connect(lambda: kiosk.stop_counting(End.STAFF))
    kiosk.controllers.panel.restartWanted.connect(lambda: _restart_by_staff(app, home))
    stop = StopOnSignal(app)
    code = app.exec()
    stop.release()
    kiosk.stop_counting()
    if stop.received is not None:
        restarts.record_end(home, SAID[stop.received])
    if code == RESTART:
        _restart(kiosk)
    return code


def _watch_over(app: QGuiApplication, kiosk: Kiosk, home: KioskHome) -> Health:
    """Each run recorded with why it ended (`kiosk doctor` shows them), and a kiosk grown past
    its limits, or asked to (`kiosk restart`), restarted between two visits."""
    restarts.record_start(home)
    restarts.take_request(home)  # asked for before this start: made by it
    settings = home.settings()
    health = Health(
        kiosk.controllers.visit,
        kiosk.controllers.navigator,
        settings.restart_above_mb,
        settings.restart_above_errors,
        requested=lambda: restarts.take_request(home),
    )

    def restart(reason: str) -> None:
        restarts.record_end(home, f"restarted itself: {reason}")
        app.exit(RESTART)

    health.restartWanted.connect(restart)
    kiosk.controllers.staff.exitGranted.connect(
        lambda: restarts.record_end(home, "staff exit with the PIN")
    )
    return health


def _restart_by_staff(app: QGuiApplication, home: KioskHome) -> None:
    restarts.record_end(home, "restarted by staff from the staff panel")
    app.exit(RESTART)


def _restart(kiosk: Kiosk) -> None:
    """This process again, from the start, in place: the same process to systemd (which goes
    on watching it) and to cage (whose client it stays)."""
    kiosk.close()
    log.info("restarting: %s", " ".join(sys.argv))
    logging.shutdown()
    program = Path(sys.argv[0])
    if program.name == "kiosk" and os.access(program, os.X_OK):
        # By the path it was started by (/opt/museum-kiosk/current/bin/kiosk): an upgrade
        # switched that link, so the new release starts.
        os.execv(program, sys.argv)
    os.execv(sys.executable, [sys.executable, "-m", "kiosk", *sys.argv[1:]])


def _stacks_on_crash() -> None:
    """A crash in Qt or a codec leaves the Python stacks on file descriptor 2: native.log on a
    locked-down kiosk, else the terminal (sys.stderr may be a stand-in with no descriptor)."""
    with contextlib.suppress(AttributeError, ValueError, OSError):
        faulthandler.enable(file=sys.__stderr__)


def lock_down(app: QGuiApplication, kiosk: Kiosk, home: KioskHome) -> Lockdown:
    """A kiosk left to visitors: closing keys and close requests refused, no cursor, the staff
    PIN the only way out, and native.log kept small after each visit (months, no restart)."""
    lockdown = Lockdown(app)
    lockdown.apply(app)
    kiosk.controllers.visit.ended.connect(lambda: keep_native_log_small(home))
    kiosk.controllers.staff.exitGranted.connect(lambda: _release(app, lockdown))
    return lockdown


def load(home: KioskHome, windowed: bool, draft: bool = False, counted: bool = True) -> Kiosk:
    """The visitor app on the published snapshot, loaded but not yet shown; with `draft`, a
    preview of the draft (read-only), marked as one. Its visits are counted in HOME/stats.db
    unless `counted` is false (snapshots), it is a preview, or settings.toml says not to."""
    settings = home.settings()
    exhibit = _draft_exhibit(home) if draft else _published_exhibit(home)
    _load_fonts()
    guard.format_qt_messages()
    registry.register()  # before the engine
    engine = QQmlApplicationEngine()
    engine.warnings.connect(
        lambda warnings: [log.warning("QML: %s", w.toString()) for w in warnings]
    )
    engine.addImportPath(str(QML_DIR))
    engine.addImportPath(str(keyboard.STYLES))  # the on-screen keyboard's style
    lockout = PinLockout.load(home.pin_lockout_file)
    built = controllers.build(engine, exhibit, settings, lockout, home)
    installed = _install(engine, built)
    engine.setInitialProperties({"windowed": windowed, "preview": draft})
    engine.loadFromModule("Kiosk", "Main")
    if not engine.rootObjects():
        _undo(installed)
        raise KioskError(f"{QML_DIR}: the QML module did not load (see {home.logs_dir})")
    window = main_window(engine)
    built.speech.watch(window)
    installed.append(_keypad(window, built))
    kiosk = Kiosk(engine, window, built, installed)
    if not draft:
        kiosk.follow_new_snapshots(home)
    if counted and not draft and settings.keep_stats:
        kiosk.count_visits(home, settings.stats_days)
    return kiosk


def _published_exhibit(home: KioskHome) -> Exhibit:
    exhibit = Exhibit.load(home)
    if exhibit.content.exhibition is None:
        raise KioskError(f"{home.root}: the published archive has no exhibition")
    return exhibit


def _draft_exhibit(home: KioskHome) -> Exhibit:
    exhibit = Exhibit.load_draft(home)
    if exhibit.content.exhibition is None:
        raise KioskError(
            f"{home.draft_file}: the draft has no exhibition yet; "
            f"make one with: kiosk new --home {home.root} --title TITLE"
        )
    return exhibit


def _install(engine: QQmlApplicationEngine, built: controllers.Controllers) -> list:
    """The controllers where QML's singletons find them, and every touch seen by the idle
    timer; each with its undoing."""
    backend.attach(engine, built)
    app = QGuiApplication.instance()
    app.installEventFilter(built.idle)
    return [lambda: backend.detach(engine), lambda: app.removeEventFilter(built.idle)]


def _keypad(window: QQuickWindow, built: controllers.Controllers) -> Callable[[], None]:
    """Arrows, Enter and Back for the window (kiosk.ui.keypad); its undoing. The window's own
    filter: the application's (the idle timer, lockdown) see each key first."""
    keypad = Keypad(window, built.access, built.navigator)
    window.installEventFilter(keypad)
    return lambda: window.removeEventFilter(keypad)


def _undo(installed: list[Callable[[], None]]) -> None:
    while installed:
        installed.pop()()


def main_window(engine: QQmlApplicationEngine) -> QQuickWindow:
    """The root Window as a QQuickWindow (PySide hands QML windows back as plain QWindow)."""
    root = engine.rootObjects()[0]
    return shiboken6.wrapInstance(shiboken6.getCppPointer(root)[0], QQuickWindow)


def _choose_platform(smoke: bool) -> None:
    """With no display, a smoke test still renders (offscreen); a real run says what is wrong:
    no display, or the system libraries its platform lacks (Qt itself would abort)."""
    if sys.platform != "linux":
        return
    if (
        os.environ.get("QT_QPA_PLATFORM")
        or os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
    ):
        _check_platform_libraries()
        return
    if not smoke:
        raise KioskError(
            "no display found (DISPLAY and WAYLAND_DISPLAY are unset); "
            "start the kiosk from a graphical session or under Xvfb"
        )
    os.environ["QT_QPA_PLATFORM"] = "offscreen"


def _check_platform_libraries() -> None:
    platform = system_libs.chosen_platform(os.environ)
    missing = system_libs.missing_for(platform)
    if missing:
        raise KioskError(
            f"Qt's {platform} platform cannot start: {', '.join(missing)} missing "
            f"(install the Debian packages {' '.join(system_libs.packages(missing))})"
        )


def _load_fonts() -> None:
    for font in sorted((assets_dir() / "fonts").glob("*.ttf")):
        if QFontDatabase.addApplicationFont(str(font)) < 0:
            log.warning("could not load font %s", font)


def _place(app: QGuiApplication, window: QQuickWindow, screen: int | None, windowed: bool) -> None:
    screens = app.screens()
    if screen is not None and not 0 <= screen < len(screens):
        raise KioskError(f"--screen {screen}: there are {len(screens)} screen(s), numbered from 0")
    target = screens[screen] if screen is not None else app.primaryScreen()
    window.setScreen(target)
    if windowed:
        window.show()
        return
    # Set the geometry too: with no window manager (a bare X server, as on many kiosks)
    # showFullScreen alone leaves the window at its default size.
    window.setGeometry(target.geometry())
    window.showFullScreen()


def _release(app: QGuiApplication, lockdown: Lockdown) -> None:
    log.info("staff exit with the PIN")
    lockdown.released = True
    app.restoreOverrideCursor()
    app.quit()


def _report_first_frame(app: QGuiApplication) -> None:
    print(f"first frame after {process_age_ms():.0f} ms", flush=True)
    app.exit(0)
