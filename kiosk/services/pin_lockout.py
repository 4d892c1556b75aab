"""How often a wrong staff PIN may be tried, remembered across restarts.

Five wrong PINs in a row lock the pad for a minute; each further five lock it twice as long
as the time before, up to an hour, until the right PIN is entered. At five guesses an hour a
4-digit PIN then takes months to guess, not the 33 hours a fixed minute allows; and switching
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


@dataclass
class PinLockout:
    path: Path
    clock: Callable[[], float] = field(default=time.time, repr=False)  # wall clock: restarts
    failures: int = 0  # wrong PINs since the last lock or the last right PIN
    locks: int = 0  # locks since the last right PIN; each lasts twice the one before
    locked_until: float = 0.0

    @classmethod
    def load(cls, path: Path, clock: Callable[[], float] = time.time) -> PinLockout:
        """The lockout as the file left it; none if there is no file. A damaged file counts
        as one lock already served, so deleting half of it gains nothing over keeping it."""
        try:
            saved = json.loads(path.read_text(encoding="utf-8"))
            return cls(
                path, clock, int(saved["failures"]), int(saved["locks"]), float(saved["until"])
            )
        except FileNotFoundError:
            return cls(path, clock)
        except (OSError, ValueError, KeyError, TypeError) as error:
            log.warning("%s: unreadable (%s); counting one lock", path, error)
            return cls(path, clock, locks=1)

    def seconds_left(self) -> int:
        """Seconds until the pad takes a PIN again; a clock set back never makes it longer
        than the longest lock."""
        left = min(self.locked_until - self.clock(), LONGEST_LOCK_SECONDS)
        return max(0, math.ceil(left))

    def tries_left(self) -> int:
        return MAX_TRIES - self.failures

    def wrong_pin(self) -> None:
        self.failures += 1
        log.warning("wrong staff PIN entered (%d of %d before a lock)", self.failures, MAX_TRIES)
        if self.failures >= MAX_TRIES:
            seconds = min(FIRST_LOCK_SECONDS * 2**self.locks, LONGEST_LOCK_SECONDS)
            self.failures, self.locks = 0, self.locks + 1
            self.locked_until = self.clock() + seconds
            log.warning("PIN pad locked for %d s after %d wrong PINs", seconds, MAX_TRIES)
        self._save()

    def right_pin(self) -> None:
        log.info("staff PIN accepted: the staff panel opens")
        if self.failures or self.locks or self.locked_until:
            self.failures, self.locks, self.locked_until = 0, 0, 0.0
            self._save()

    def _save(self) -> None:
        saved = {"failures": self.failures, "locks": self.locks, "until": self.locked_until}
        try:
            atomic_write_bytes(self.path, json.dumps(saved).encode(), SHARED_FILE_MODE)
        except OSError as error:  # the pad still locks; only a restart would forget it
            log.error("%s: cannot remember the wrong PINs (%s)", self.path, error.strerror)
