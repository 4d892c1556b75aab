"""Counting a kiosk's use into HOME/stats.db, off the thread that draws the screen.

The interface tells the recorder what happens (a visit begins, a screen is shown, a film
plays); each call only appends to a list. A thread of the recorder's own writes the list every
few seconds, and at once when a visit ends, in one transaction. The open visit is written with
its last touch at every batch, so a crash cuts it there; the next start finds it open and
counts it as cut (kiosk.archive.stats.close_cut_visits). A database SQLite cannot read is set
aside and a new one made; a full disk loses the batch, never the exhibition.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import threading
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from kiosk.archive import stats as store
from kiosk.archive.stats import StatsDb, Unwritable
from kiosk.content.usage import End, Happening, Kind, VisitRecord

log = logging.getLogger(__name__)
FLUSH_SECONDS = 5.0
STOP_SECONDS = 3.0  # how long closing the kiosk waits for the last batch


def stamp(moment: float | None = None, exact: bool = False) -> str:
    """Local time as the statistics hold it: to the second, or the microsecond for a visit's
    times (its start is its key, and its dwell may be a second)."""
    when = datetime.fromtimestamp(time.time() if moment is None else moment)
    return when.isoformat(sep=" ", timespec="microseconds" if exact else "seconds")


class Recorder:
    """What happens in a kiosk, to `path`; `last_touch` says when the screen was last touched
    (a time.time() value), read when a batch is written."""

    def __init__(self, path: Path, keep_days: int, last_touch: Callable[[], float]):
        self.path = path
        self.keep_days = keep_days
        self.lost = 0  # happenings a full disk or a fault kept from the database
        self._last_touch = last_touch
        self._pending: list[Happening] = []
        self._visit: VisitRecord | None = None
        self._ended: list[VisitRecord] = []
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._stopping = False
        self._thread = threading.Thread(target=self._run, name="kiosk-stats", daemon=True)
        self._db: StatsDb | None = None

    def start(self, previous_end: str = "") -> None:
        """Begin writing; `previous_end` is why the kiosk's run before this one ended."""
        self.happened(Kind.START, previous_end)
        self._thread.start()

    # What the interface reports, from its own thread: each call is an append.

    def happened(self, kind: Kind, name: str = "", amount: float = 0.0) -> None:
        visit = self._visit.started if self._visit else ""
        with self._lock:
            self._pending.append(Happening(stamp(), kind, name, amount, visit))

    def visit_began(self, language: str, text_size: int, access: list[str]) -> None:
        now = time.time()
        with self._lock:
            self._visit = VisitRecord(
                started=stamp(now, exact=True),
                last=stamp(now, exact=True),
                language=language,
                languages=[language],
                text_size=text_size,
                access=list(access),
            )

    def visit_changed(self, language: str, text_size: int, access: list[str]) -> None:
        """The visitor chose a language, a text size or an Access option."""
        with self._lock:
            visit = self._visit
            if visit is None:
                return
            visit.language = language
            if language not in visit.languages:
                visit.languages.append(language)
            visit.text_size = max(visit.text_size, text_size)
            visit.access += [choice for choice in access if choice not in visit.access]

    def visit_ended(self, end: End, last_touch: float | None = None) -> None:
        """The open visit ended; its last touch is `last_touch` if given (staff's own touches
        came after it), else the last the kiosk saw."""
        with self._lock:
            visit, self._visit = self._visit, None
            if visit is None:
                return
            self._ended.append(self._closed(visit, end, last_touch))
        self._wake.set()

    def _closed(self, visit: VisitRecord, end: End, last_touch: float | None) -> VisitRecord:
        last = self._last(visit, last_touch)
        return dataclasses.replace(visit, last=last, ended=stamp(exact=True), end=end)

    def _last(self, visit: VisitRecord, last_touch: float | None = None) -> str:
        """The visit's last touch: the one that began it, if none came after."""
        began = datetime.fromisoformat(visit.started).timestamp()
        touched = self._last_touch() if last_touch is None else last_touch
        return stamp(max(touched, began), exact=True)

    def stop(self, end: End = End.CLOSED) -> None:
        """End the open visit with `end`, write what is left, and stop the thread."""
        if self._stopping:
            return
        self.visit_ended(end)
        self._stopping = True
        self._wake.set()
        if self._thread.is_alive():
            self._thread.join(STOP_SECONDS)

    # The writing thread.

    def _run(self) -> None:
        self._db = self._open()
        while True:
            self._wake.wait(FLUSH_SECONDS)
            self._wake.clear()
            try:
                self._flush()
            except Exception:  # a fault of the counting's own must not end the counting
                log.exception("statistics: a batch could not be written")
            if self._stopping:
                break
        if self._db is not None:
            store.close(self._db)

    def _open(self) -> StatsDb | None:
        try:
            db = store.open_stats(self.path)
            cut = store.close_cut_visits(db)
            if cut:
                log.info("statistics: %d visit(s) cut by the last run's end", cut)
            before = (date.today() - timedelta(days=self.keep_days)).isoformat()
            store.roll_up(db, before)
            return db
        except (Unwritable, OSError) as error:
            log.warning("statistics not kept: %s: %s", self.path, error)
            return None

    def _flush(self) -> None:
        with self._lock:
            happenings, self._pending = self._pending, []
            visits, self._ended = self._ended, []
            if self._visit is not None:
                visits.append(dataclasses.replace(self._visit, last=self._last(self._visit)))
        if not (happenings or visits):
            return
        if self._db is None or not self._write(visits, happenings):
            self.lost += len(happenings)

    def _write(self, visits: list[VisitRecord], happenings: list[Happening]) -> bool:
        try:
            store.write(self._db, visits, happenings)
            return True
        except Unwritable as error:
            if error.full:
                log.warning("statistics: %s: the disk is full; a batch is lost", self.path)
                return False
            log.warning("statistics: %s: %s; made anew", self.path, error)
            store.close(self._db)
            store.set_aside(self.path)
            self._db = self._open()
            return self._db is not None and self._retry(visits, happenings)

    def _retry(self, visits: list[VisitRecord], happenings: list[Happening]) -> bool:
        try:
            store.write(self._db, visits, happenings)
            return True
        except Unwritable as error:
            log.warning("statistics: %s: %s", self.path, error)
            return False


class ErrorsCounted(logging.Handler):
    """Each error the kiosk logs, counted by its first line."""

    def __init__(self, recorder: Recorder):
        super().__init__(logging.ERROR)
        self._recorder = recorder

    def emit(self, record: logging.LogRecord) -> None:
        with contextlib.suppress(Exception):  # counting must never add an error of its own
            self._recorder.happened(Kind.ERROR, record.getMessage().splitlines()[0][:200])
