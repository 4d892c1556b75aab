"""Dates as historians give them: a year, a month, a day or a moment, and nothing finer."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kiosk.content.errors import KioskError

_PATTERN = re.compile(
    r"^(?P<year>-?\d{1,6})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2})(?:[T ](?P<time>\d{2}:\d{2}))?)?)?$"
)
PRECISIONS = ("year", "month", "day", "minute")


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date known to `precision`: 1994-03 is "March 1994", not 1 March 1994."""

    year: int
    month: int | None = None
    day: int | None = None
    time: str | None = None

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        match = _PATTERN.match(str(text).strip())
        if not match:
            raise KioskError(
                f"not a date: {text!r} (use YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM)"
            )
        month, day = match["month"], match["day"]
        date = cls(
            int(match["year"]),
            int(month) if month else None,
            int(day) if day else None,
            match["time"],
        )
        if date.month is not None and not 1 <= date.month <= 12:
            raise KioskError(f"not a date: {text!r} (month {date.month})")
        if date.day is not None and not 1 <= date.day <= 31:
            raise KioskError(f"not a date: {text!r} (day {date.day})")
        return date

    @property
    def precision(self) -> str:
        if self.time:
            return "minute"
        if self.day:
            return "day"
        return "month" if self.month else "year"

    def iso(self) -> str:
        year = f"-{abs(self.year):04d}" if self.year < 0 else f"{self.year:04d}"
        parts = [year] + [f"{n:02d}" for n in (self.month, self.day) if n]
        text = "-".join(parts)
        return f"{text}T{self.time}" if self.time else text

    def sort_key(self) -> str:
        """A string that sorts in time order, negative years included."""
        offset = self.year + 1_000_000
        return f"{offset:07d}-{self.month or 0:02d}-{self.day or 0:02d}T{self.time or '00:00'}"
