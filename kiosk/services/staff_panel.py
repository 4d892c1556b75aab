"""What the staff panel (behind the corner and the PIN) shows and does, without Qt: today's
use, the kiosk's health, the bundles it could install, and a log of every action taken."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from kiosk.archive.stats import StatsDb, close, open_read_only
from kiosk.media.files import SHARED_FILE_MODE, atomic_write_bytes
from kiosk.services import restarts
from kiosk.services.bundle_manifest import MANIFEST
from kiosk.services.doctor import FREE_DISK_GB, free_disk_gb, sound_card
from kiosk.services.home import KioskHome
from kiosk.services.snapshots import kept_snapshots
from kiosk.services.stats_summary import Summary, summarise

# Where a desktop mounts a USB stick (udisks2): /media/USER/LABEL, /run/media/USER/LABEL.
STICKS = (Path("/media"), Path("/run/media"))
ACTIONS_KEPT = 200  # lines of HOME/logs/staff-actions.log


@dataclass(frozen=True)
class Line:
    """A line of the Health page, which the panel words in the kiosk's language: what it is
    about, what was found (`said`, a key of StaffWords.qml, and the `args` it takes), and
    whether that is as it should be."""

    about: str  # shown, version, running, run, memory, disk, sound, errors
    said: str
    args: tuple[str, ...] = ()
    ok: bool = True


@dataclass(frozen=True)
class Today:
    today: Summary
    week: Summary


def today(home: KioskHome, named: dict[str, str] | None = None) -> Today:
    """Today's visits and the last seven days'."""
    now = date.today()
    with _statistics(home) as db:
        week = summarise(db, now - timedelta(days=6), now, named)
        return Today(summarise(db, now, now, named), week)


@contextlib.contextmanager
def _statistics(home: KioskHome) -> Iterator[StatsDb | None]:
    """HOME/stats.db read-only, closed after: the kiosk's writer, closing last, then removes
    its journal files."""
    db = open_read_only(home.stats_file)
    try:
        yield db
    finally:
        if db is not None:
            close(db)


def health(home: KioskHome, running_s: float, resident_mb: float) -> list[Line]:
    """The kiosk as staff check it: what it shows, its version, how long it has run and why it
    last stopped, memory, disk, sound and the errors of the last day."""
    lines = [_shown(home), _version(), _running(running_s)]
    for run in reversed(restarts.recent(home, 3)):
        started = _minute(run.started)
        if run.ended:
            lines.append(Line("run", "runEnded", (started, _minute(run.ended), run.reason)))
        else:
            lines.append(Line("run", "runThis", (started,)))
    lines.append(Line("memory", "megabytes", (f"{resident_mb:.0f}",)))
    free = free_disk_gb(home)
    lines.append(Line("disk", "gigabytesFree", (f"{free:.1f}",), free >= FREE_DISK_GB))
    card = sound_card()
    lines.append(Line("sound", "asIs", (card,)) if card else Line("sound", "noSound", ok=False))
    lines.append(_errors(home))
    return lines


def _minute(stamp: str) -> str:
    """restarts.json's ISO time as the panel shows times: 2026-12-01 04:37."""
    return stamp[:16].replace("T", " ")


def _shown(home: KioskHome) -> Line:
    shown = next((s for s in kept_snapshots(home) if s.shown), None)
    if shown is None:
        return Line("shown", "noneShown", ok=False)
    if shown.published is None:
        return Line("shown", "snapshot", (shown.name,))
    return Line("shown", "snapshotPublished", (shown.name, f"{shown.published:%Y-%m-%d %H:%M}"))


def _version() -> Line:
    try:
        return Line("version", "asIs", (version("museum-kiosk"),))
    except PackageNotFoundError:
        return Line("version", "notPackaged", ok=False)


def _running(seconds: float) -> Line:
    days, rest = divmod(int(seconds), 86400)
    hours, rest = divmod(rest, 3600)
    if days:
        return Line("running", "daysHoursMinutes", (str(days), str(hours), str(rest // 60)))
    return Line("running", "hoursMinutes", (str(hours), str(rest // 60)))


def _errors(home: KioskHome) -> Line:
    with _statistics(home) as db:
        summary = summarise(db, date.today() - timedelta(days=1), date.today())
    count = sum(n for _, n in summary.errors)
    if not count:
        return Line("errors", "noErrors")
    return Line("errors", "errorsMostOften", (str(count), summary.errors[0][0]), ok=False)


def bundles(home: KioskHome, sticks: tuple[Path, ...] | None = None) -> list[Path]:
    """Exhibition bundles in the inbox and on USB sticks the system has mounted (under
    STICKS): folders holding a manifest, at most two levels into a stick."""
    sticks = STICKS if sticks is None else sticks
    found = [home.inbox_dir] if (home.inbox_dir / MANIFEST).is_file() else []
    places = [home.inbox_dir, *_mounted(sticks)]
    for place in places:
        found += _bundles_in(place, depth=2)
    return sorted(set(found))


def _mounted(sticks: tuple[Path, ...]) -> list[Path]:
    """Each place a stick may be mounted at: /media/LABEL, /media/USER/LABEL."""
    return [f for root in sticks for first in _folders(root) for f in [first, *_folders(first)]]


def _bundles_in(place: Path, depth: int) -> list[Path]:
    found = []
    for folder in _folders(place):
        if (folder / MANIFEST).is_file():
            found.append(folder)
        elif depth > 1:
            found += _bundles_in(folder, depth - 1)
    return found


def _folders(place: Path) -> list[Path]:
    try:
        return sorted(p for p in place.iterdir() if p.is_dir() and not p.name.startswith("."))
    except OSError:  # not there, or not ours to read
        return []


def log_action(home: KioskHome, what: str) -> str:
    """Write `what` staff did, with the time, to HOME/logs/staff-actions.log; the line."""
    line = f"{datetime.now().isoformat(sep=' ', timespec='seconds')}  {what}"
    kept = actions(home, ACTIONS_KEPT - 1)
    text = "\n".join([*kept, line]) + "\n"
    home.logs_dir.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(home.logs_dir / "staff-actions.log", text.encode(), SHARED_FILE_MODE)
    return line


def actions(home: KioskHome, count: int = 8) -> list[str]:
    """The last `count` actions, oldest first."""
    try:
        text = (home.logs_dir / "staff-actions.log").read_text(encoding="utf-8")
    except OSError:
        return []
    return text.splitlines()[-count:] if count else []
