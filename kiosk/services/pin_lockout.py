"""How often a wrong staff PIN may be tried, remembered across restarts.

Five wrong PINs in a row lock the pad for a minute; each further five lock it twice as long
as the time before, up to an hour, until the right PIN is entered, or a day passes with no
wrong PIN: visitors who tried the corner last week do not leave staff an hour's lock. At five
guesses an hour a 4-digit PIN then takes months to guess, not the 33 hours a fixed minute
allows, and waiting a day between five guesses is slower still; and switching
the kiosk off and on again forgets nothing, since the count lives in HOME/logs/pin-lockout.json
(replaced atomically). Every wrong PIN is logged.
"""

from __future__ import annotations

import json
import logging
import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.media.files import SHARED_FILE_MODE, atomic_write_bytes

log = logging.getLogger(__name__)

MAX_TRIES = 5
FIRST_LOCK_SECONDS = 60
LONGEST_LOCK_SECONDS = 3600
FORGOTTEN_AFTER_SECONDS = 24 * 3600  # with no wrong PIN, the count starts again


@dataclass
class PinLockout:
    path: Path
    clock: Callable[[], float] = field(default=time.time, repr=False)  # wall clock: restarts
    failures: int = 0  # wrong PINs since the last lock or the last right PIN
    locks: int = 0  # locks since the last right PIN; each lasts twice the one before
    locked_until: float = 0.0
    last_wrong: float = 0.0  # when the last wrong PIN was entered (wall clock)

    @classmethod
    def load(cls, path: Path, clock: Callable[[], float] = time.time) -> PinLockout:
        """The lockout as the file left it; none if there is no file. A damaged file counts
        as one lock already served, so deleting half of it gains nothing over keeping it."""
        try:
            saved = json.loads(path.read_text(encoding="utf-8"))
            failures, locks = int(saved["failures"]), int(saved["locks"])
            # A file without it (older, or cut) counts from now: a day more, not forgiven.
            last = float(saved.get("last", clock()))
            return cls(path, clock, failures, locks, float(saved["until"]), last)
        except FileNotFoundError:
            return cls(path, clock)
        except (OSError, ValueError, KeyError, TypeError) as error:
            log.warning("%s: unreadable (%s); counting one lock", path, error)
            return cls(path, clock, locks=1, last_wrong=clock())

    def seconds_left(self) -> int:
        """Seconds until the pad takes a PIN again; a clock set back never makes it longer
        than the longest lock."""
        left = min(self.locked_until - self.clock(), LONGEST_LOCK_SECONDS)
        return max(0, math.ceil(left))

    def tries_left(self) -> int:
        self._forget_a_quiet_day()
        return MAX_TRIES - self.failures

    def wrong_pin(self) -> None:
        self._forget_a_quiet_day()
        self.last_wrong = self.clock()
        self.failures += 1
        log.warning("wrong staff PIN entered (%d of %d before a lock)", self.failures, MAX_TRIES)
        if self.failures >= MAX_TRIES:
            seconds = min(FIRST_LOCK_SECONDS * 2**self.locks, LONGEST_LOCK_SECONDS)
            self.failures, self.locks = 0, self.locks + 1
            self.locked_until = self.clock() + seconds
            log.warning("PIN pad locked for %d s after %d wrong PINs", seconds, MAX_TRIES)
        self._save()

    def _forget_a_quiet_day(self) -> None:
        """A day with no wrong PIN, and no lock running, and the count starts again."""
        now = self.clock()
        quiet = now - self.last_wrong > FORGOTTEN_AFTER_SECONDS and now >= self.locked_until
        if quiet and (self.failures or self.locks):
            self.failures, self.locks = 0, 0

    def right_pin(self) -> None:
        log.info("staff PIN accepted: the staff panel opens")
        if self.failures or self.locks or self.locked_until:
            self.failures, self.locks, self.locked_until = 0, 0, 0.0
            self._save()

    def _save(self) -> None:
        saved = {
            "failures": self.failures,
            "locks": self.locks,
            "until": self.locked_until,
            "last": self.last_wrong,
        }
        try:
            atomic_write_bytes(self.path, json.dumps(saved).encode(), SHARED_FILE_MODE)
        except OSError as error:  # the pad still locks; only a restart would forget it
            log.error("%s: cannot remember the wrong PINs (%s)", self.path, error.strerror)
