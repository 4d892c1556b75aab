"""The staff panel: what the right PIN opens (components/StaffPanel.qml). Today's use, the
kiosk's health, installing a bundle or rolling back, and restart, close, shut down and a new
PIN. Every action is logged with its time (kiosk.services.staff_panel); the panel closes
itself after a minute untouched, as a visit does.
"""

from __future__ import annotations

import logging
import shlex
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import Property, QObject, QProcess, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication

from kiosk.content.errors import KioskError
from kiosk.content.pin import check_pin
from kiosk.services import staff_panel as panel
from kiosk.services.bundle_install import install_bundle
from kiosk.services.home import KioskHome
from kiosk.services.publish import rollback
from kiosk.services.snapshots import kept_snapshots
from kiosk.services.staff import set_staff_pin
from kiosk.services.stats_files import minutes
from kiosk.system import resident_mb
from kiosk.ui import backend
from kiosk.ui.idle import ACTIVITY
from kiosk.ui.staff import Staff

log = logging.getLogger(__name__)
UNTOUCHED_MS = 60_000
PAGES = ("today", "health", "content", "kiosk")
_WORKER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="staff")


class StaffPanel(QObject):
    changed = Signal()
    closed = Signal()  # by staff, or left alone: the kiosk goes back to its attract loop
    restartWanted = Signal()
    _progressed = Signal(int, int)  # from the worker: files done, of
    _finished = Signal(str, list)  # from the worker: what came of it, as _say takes it

    def __init__(self, home: KioskHome, staff: Staff, titles: dict[str, str], parent=None):
        super().__init__(parent)
        self._home = home
        self._staff = staff
        self._titles = titles
        self._started = time.monotonic()
        self._open = False
        self._page = PAGES[0]
        self._busy = False
        self._done = (0, 0)
        self._result: dict = {}  # what the last action came to: StaffWords' key and args
        self._shown: dict = {}  # what the page shows, read when it is opened
        self._by_staff = False  # opened with the PIN (not drawn by `kiosk snapshot`)
        self._untouched = QTimer(self, singleShot=True, interval=UNTOUCHED_MS)
        self._untouched.timeout.connect(self.close)
        self._progressed.connect(self._show_progress)
        self._finished.connect(self._show_result)
        staff.panelWanted.connect(self.show)

    @staticmethod
    def create(engine):
        return backend.of(engine).panel

    # -- shown

    def _get_open(self) -> bool:
        return self._open

    open = Property(bool, _get_open, notify=changed)

    def _get_page(self) -> str:
        return self._page

    page = Property(str, _get_page, notify=changed)

    def _get_busy(self) -> bool:
        return self._busy

    busy = Property(bool, _get_busy, notify=changed)

    def _get_progress(self) -> float:
        done, total = self._done
        return done / total if total else 0.0

    progress = Property(float, _get_progress, notify=changed)

    @Property("QVariantMap", notify=changed)
    def result(self) -> dict:
        """What the last action came to: StaffWords' key and its arguments."""
        return self._result

    @Property("QVariantList", notify=changed)
    def figures(self) -> list[dict]:
        """Today's page: visits today and this week, and the median visit of each."""
        return self._shown.get("figures", [])

    @Property("QVariantList", notify=changed)
    def topItems(self) -> list[dict]:
        return self._shown.get("items", [])

    @Property("QVariantList", notify=changed)
    def languages(self) -> list[dict]:
        return self._shown.get("languages", [])

    @Property("QVariantList", notify=changed)
    def perHour(self) -> list[dict]:
        return self._shown.get("hours", [])

    @Property("QVariantList", notify=changed)
    def health(self) -> list[dict]:
        return self._shown.get("health", [])

    @Property("QVariantList", notify=changed)
    def snapshots(self) -> list[dict]:
        return self._shown.get("snapshots", [])

    @Property("QVariantList", notify=changed)
    def bundles(self) -> list[dict]:
        return self._shown.get("bundles", [])

    @Property("QStringList", notify=changed)
    def actions(self) -> list[str]:
        return self._shown.get("actions", [])

    def _refresh(self) -> None:
        """Read what the page shows, once (the properties are read at every change)."""
        shown: dict = {"actions": panel.actions(self._home, 5)}
        if self._page == "today":
            shown |= self._today()
        elif self._page == "health":
            running = time.monotonic() - self._started
            lines = panel.health(self._home, running, resident_mb())
            shown["health"] = [
                {"about": line.about, "said": line.said, "args": list(line.args), "ok": line.ok}
                for line in lines
            ]
        elif self._page == "content":
            shown["snapshots"] = [
                {
                    "name": s.name,
                    "published": s.published.strftime("%Y-%m-%d %H:%M") if s.published else "",
                    "shown": s.shown,
                }
                for s in reversed(kept_snapshots(self._home))
            ]
            shown["bundles"] = [{"path": str(p), "name": p.name} for p in panel.bundles(self._home)]
        self._shown = shown
        self.changed.emit()

    def _today(self) -> dict:
        now = panel.today(self._home, self._titles)
        today, week = now.today, now.week

        def bars(rows) -> list[dict]:
            return [{"label": label, "value": n, "shown": str(n)} for label, n in rows]

        return {
            "figures": [  # named in QML, in the kiosk's language (StaffOverlay.qml)
                {"key": "visitsToday", "value": str(today.visits)},
                {"key": "visitsWeek", "value": str(week.visits)},
                {"key": "medianToday", "value": minutes(today.median_dwell)},
                {"key": "medianWeek", "value": minutes(week.median_dwell)},
            ],
            "items": bars(week.items[:5]),
            "languages": bars(week.languages),
            "hours": bars(week.per_hour[8:21]),
        }

    def _get_can_shut_down(self) -> bool:
        return bool(self._home.settings().shutdown_command)

    canShutDown = Property(bool, _get_can_shut_down, notify=changed)

    # -- opened, paged, closed

    @Slot()
    def show(self) -> None:
        """The right PIN was entered."""
        panel.log_action(self._home, "staff panel opened with the PIN")
        self.show_unlogged()
        self._by_staff = True

    def show_unlogged(self) -> None:
        """Open the panel on Today; `kiosk snapshot` draws it so, with no PIN entered."""
        self._open, self._page, self._result = True, PAGES[0], {}
        QGuiApplication.instance().installEventFilter(self)
        self._untouched.start()
        self._refresh()

    @Slot()
    def close(self) -> None:
        """Back to the exhibition: its attract loop, for the next visitor."""
        if self._open:
            self.hide()
            self.closed.emit()

    def hide(self) -> None:
        """Close, saying nothing (the end of a visit, `kiosk snapshot`)."""
        if not self._open:
            return
        self._open = False
        QGuiApplication.instance().removeEventFilter(self)
        self._untouched.stop()
        if self._by_staff:
            panel.log_action(self._home, "staff panel closed")
        self._by_staff = False
        self._shown = {}
        self.changed.emit()

    @Slot(str)
    def choosePage(self, page: str) -> None:
        if page in PAGES and page != self._page:
            self._page, self._result = page, {}
            self._refresh()

    def eventFilter(self, watched: QObject, event) -> bool:
        if event.type() in ACTIVITY:
            self._untouched.start()  # staff are still here
        return False

    # -- the kiosk

    @Slot()
    def restart(self) -> None:
        self._did("restart asked for")
        self.restartWanted.emit()

    @Slot()
    def closeKiosk(self) -> None:
        self._did("kiosk closed")
        self.hide()
        self._staff.exitGranted.emit()

    @Slot()
    def shutDown(self) -> None:
        command = shlex.split(self._home.settings().shutdown_command)
        if not command:
            return
        started, _ = QProcess.startDetached(command[0], command[1:])
        self._did(f"shut down the PC ({shlex.join(command)})" + ("" if started else ": failed"))
        self._say("shuttingDown" if started else "notShutDown")

    @Slot(str, str)
    def setPin(self, pin: str, again: str) -> None:
        try:
            check_pin(pin)
        except KioskError:
            self._say("pinDigits")
            return
        if pin != again:
            self._say("pinsDiffer")
            return
        set_staff_pin(self._home, pin)
        self._staff.use_pin_hash(self._home.settings().pin_hash)
        self._did("staff PIN changed")
        self._say("pinSet")

    # -- content

    @Slot(str)
    def rollBack(self, name: str) -> None:
        try:
            shown = rollback(self._home, name)
        except KioskError as error:
            self._say("notRolledBack", str(error))
            return
        self._did(f"snapshot {shown} made current")
        self._say("rolledBack", shown)

    @Slot(str)
    def install(self, path: str) -> None:
        if self._busy:
            return
        self._busy, self._done, self._result = True, (0, 0), {}
        self.changed.emit()
        _WORKER.submit(self._install, Path(path))

    def _install(self, folder: Path) -> None:
        """On the worker thread."""
        try:
            done = install_bundle(self._home, folder, lambda n, of: self._progressed.emit(n, of))
            self._finished.emit("installed", [done.snapshot, str(folder)])
        except (KioskError, OSError) as error:
            self._finished.emit("notInstalled", [str(error)])

    def _show_progress(self, done: int, total: int) -> None:
        self._done = (done, total)
        self.changed.emit()

    def _show_result(self, said: str, args: list[str]) -> None:
        self._busy = False
        if said == "installed":
            self._did(f"bundle installed: snapshot {args[0]} from {args[1]}")
        else:
            self._did(f"bundle not installed: {args[0]}")
        self._say(said, *args)

    def _did(self, what: str) -> None:
        log.info("staff: %s", what)
        panel.log_action(self._home, what)

    def _say(self, said: str, *args: str) -> None:
        """Show what an action came to, in the kiosk's language (StaffWords.qml)."""
        self._result = {"said": said, "args": list(args)}
        self._refresh()  # what the action changed: the snapshots, the actions done
