"""Opening hours (settings.toml's [hours]): when the museum is open, and the systemd timer of
the nightly restart at closing time.

Without hours the kiosk is always open. Hours are one span a day, local time, the same every
day but the days the museum is closed; a span past midnight is not one a museum keeps.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time

from kiosk.content.errors import KioskError

DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_CLOCK = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")
NIGHTLY = time(3, 30)  # the restart of a kiosk without hours: when every museum is closed


@dataclass(frozen=True)
class Hours:
    opens: time | None = None
    closes: time | None = None
    closed_days: frozenset[int] = frozenset()  # 0 Monday .. 6 Sunday

    @classmethod
    def from_settings(cls, opens: str, closes: str, closed_days: list[str], origin: str) -> Hours:
        """From the settings' words; a wrong one refused in one line naming it."""
        if bool(opens) != bool(closes):
            raise KioskError(f"{origin}: give both opens and closes in [hours], or neither")
        unknown = [day for day in closed_days if day not in DAYS]
        if unknown:
            raise KioskError(
                f"{origin}: closed_days: {unknown[0]!r} is not a day ({', '.join(DAYS)})"
            )
        days = frozenset(DAYS.index(day) for day in closed_days)
        if not opens:
            return cls(closed_days=days)
        start, end = _clock("opens", opens, origin), _clock("closes", closes, origin)
        if start >= end:
            raise KioskError(f"{origin}: opens = {opens!r} is not before closes = {closes!r}")
        return cls(start, end, days)

    def is_open(self, now: datetime) -> bool:
        if now.weekday() in self.closed_days:
            return False
        if self.opens is None or self.closes is None:
            return True
        return self.opens <= now.time() < self.closes

    def restart_time(self) -> time:
        """The nightly restart: at closing time, or in the small hours without hours."""
        return self.closes or NIGHTLY

    def timer(self) -> str:
        """A drop-in for museum-kiosk-restart.timer: the restart at closing time."""
        at = self.restart_time()
        return (
            "# From settings.toml's [hours] (`kiosk hours --timer`, run by install.sh): the\n"
            "# nightly restart at closing time, made by the kiosk between two visits.\n"
            "[Timer]\n"
            "OnCalendar=\n"
            f"OnCalendar=*-*-* {at:%H:%M}:00\n"
        )

    def describe(self) -> str:
        days = ", ".join(DAYS[d].capitalize() for d in sorted(self.closed_days))
        closed = f"; closed on {days}" if days else ""
        if self.opens is None or self.closes is None:
            return f"open all day{closed}" if days else "always open (no [hours] set)"
        return f"open {self.opens:%H:%M}–{self.closes:%H:%M}{closed}"


def _clock(name: str, value: str, origin: str) -> time:
    match = _CLOCK.match(value)
    if not match:
        raise KioskError(f'{origin}: {name} = {value!r} is not a time like "09:30" (24-hour)')
    return time(int(match[1]), int(match[2]))
