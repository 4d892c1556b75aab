"""A snapshot published (or rolled back to) while the kiosk runs is shown at the next attract
loop, never during a visit, and without a restart.

Each time the attract loop begins, and now and then while it plays to nobody, the kiosk reads
the name in snapshots/CURRENT (a few bytes). A new name is loaded on a worker thread (SQLite's
quick check and a whole archive can take a while), then swapped into the controllers if the
attract loop is still showing, else held until it shows again. A damaged snapshot is not
shown: the kiosk keeps what it shows and logs why.
"""

from __future__ import annotations

import contextlib
import logging
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from kiosk.content.errors import KioskError
from kiosk.services.exhibit import Exhibit
from kiosk.services.home import KioskHome
from kiosk.ui.exhibition import Exhibition
from kiosk.ui.gallery import Gallery
from kiosk.ui.navigator import Navigator, Screen
from kiosk.ui.search import Search

log = logging.getLogger(__name__)
_LOADER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="snapshot")
CHECK_EVERY_MS = 60_000  # while the attract loop plays to nobody


class NewSnapshots(QObject):
    _loaded = Signal(str, object)  # name, Exhibit or None: from the loader thread

    def __init__(
        self,
        home: KioskHome,
        navigator: Navigator,
        shows: tuple[Exhibition, Gallery, Search],
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self._home, self._navigator, self._shows = home, navigator, shows
        self._named = _current_name(home)  # what CURRENT said when last read
        self._shown = self._named  # the snapshot on screen, as far as this object knows
        self._loading = False
        self._waiting: tuple[str, Exhibit] | None = None  # loaded during a visit
        self._loaded.connect(self._take)  # queued: emitted from the loader thread
        self._timer = QTimer(self, interval=CHECK_EVERY_MS, timerType=Qt.TimerType.VeryCoarseTimer)
        self._timer.timeout.connect(self.check)
        navigator.changed.connect(self._screen_changed)
        self._timer.start()

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def shown(self) -> str | None:
        """The snapshot on screen."""
        return self._shown

    def stop(self) -> None:
        self._timer.stop()
        self._navigator.changed.disconnect(self._screen_changed)

    def _screen_changed(self) -> None:
        if self._attract():
            self._timer.start()
            self.check()
        else:
            self._timer.stop()

    def check(self) -> None:
        """Show a snapshot loaded earlier, or start loading a newly named one."""
        if self._waiting is not None:
            self._take(*self._waiting)
        named = _current_name(self._home)
        if named == self._named or self._loading:
            return
        self._named, self._loading = named, True
        _LOADER.submit(self._load, self._shown)

    def _load(self, shown: str | None) -> None:
        """On the loader thread: the snapshot the kiosk should show, if it is not `shown`."""
        name, exhibit = self._home.shown_snapshot(), None  # logs a damaged one, falls back
        try:
            if name is not None and name != shown:
                exhibit = Exhibit.load(self._home, name)
                if exhibit.content.exhibition is None:
                    raise KioskError(f"{name}: the snapshot has no exhibition")
        except Exception as error:  # whatever it is, the visitors keep the exhibition they have
            log.error("snapshot %s not shown, still showing %s: %s", name, shown, error)
            exhibit = None
        with contextlib.suppress(RuntimeError):  # the kiosk closed meanwhile
            self._loaded.emit(name or "", exhibit)

    def _take(self, name: str, exhibit: Exhibit | None) -> None:
        self._loading = False
        if exhibit is None:
            return
        if not self._attract():
            self._waiting = (name, exhibit)  # never under a visitor's eyes
            return
        self._waiting, self._shown = None, name
        for controller in self._shows:
            controller.show(exhibit)
        log.info("showing snapshot %s", name)

    def _attract(self) -> bool:
        return self._navigator.current == Screen.Attract


def _current_name(home: KioskHome) -> str | None:
    path = home.current_snapshot()
    return path.parent.name if path is not None else None
