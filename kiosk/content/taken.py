"""When a picture or film was taken, in one form whatever the file wrote it in.

EXIF writes "2019:05:04 13:22:01" and its offset from UTC apart ("+04:00"), XMP and IPTC tools
"2019-05-04T13:22:01.53+04:00" or a date alone, FFmpeg a film's "2019-05-04T13:22:01.000000Z".
All become ISO 8601 to the second: "2019-05-04T13:22:01", with "+04:00" where the file gives an
offset, or "2019-05-04" (or "2019-05", "2019") where it gives only a date.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone

_WHEN = re.compile(
    r"^(?P<year>\d{4})(?:[-:](?P<month>\d{2})(?:[-:](?P<day>\d{2})"
    r"(?:[ T](?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:[.,]\d+)?)?"
    r"\s*(?P<offset>Z|[+-]\d{2}:?\d{2})?)?)?)?$"
)
_OFFSET = re.compile(r"^(?P<sign>[+-])(?P<hours>\d{2}):?(?P<minutes>\d{2})$")


def iso_taken(text: str, offset: str = "") -> str | None:
    """`text` as ISO 8601, with `offset` (EXIF's OffsetTimeOriginal) where `text` has none;
    None when it is no date (a camera whose clock was never set writes "0000:00:00 00:00:00")."""
    match = _WHEN.match(text.strip())
    if not match:
        return None
    parts = [int(match[name]) for name in ("year", "month", "day") if match[name]]
    try:
        date(*parts, *[1] * (3 - len(parts)))  # "2019-13" or "2019-02-30" is no date
    except ValueError:
        return None
    if match["hour"] is None:
        return "-".join([f"{parts[0]:04d}", *(f"{n:02d}" for n in parts[1:])])
    clock = (int(match["hour"]), int(match["minute"]), int(match["second"] or 0))
    try:
        moment = datetime(*parts, *clock, tzinfo=_zone(match["offset"] or offset))
    except ValueError:  # 25:00
        return None
    return moment.isoformat(timespec="seconds")


def _zone(offset: str) -> timezone | None:
    """The offset as a timezone; None where none is given, or what is given is no offset (a
    camera leaves "   :  " in a field it does not fill): the local time is still right."""
    offset = offset.strip()
    if offset == "Z":
        return UTC
    match = _OFFSET.match(offset)
    if not match:
        return None
    minutes = int(match["hours"]) * 60 + int(match["minutes"])
    if int(match["minutes"]) > 59 or minutes > 14 * 60:  # no place on Earth is further out
        return None
    return timezone((-1 if match["sign"] == "-" else 1) * timedelta(minutes=minutes))
