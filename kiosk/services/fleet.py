"""Fleet status: each running kiosk writes HOME/outbox/status.json now and then (kiosk.ui.fleet),
which the transport that brings its bundles (Syncthing, rsync, a USB stick) carries back to the
staff PC, where `kiosk fleet status DIR` shows every kiosk in one table, the stale or failing
ones marked."""

from __future__ import annotations

import json
import shutil
import socket
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import kiosk
from kiosk.media.files import atomic_write_bytes
from kiosk.services.doctor import FREE_DISK_GB
from kiosk.services.home import KioskHome
from kiosk.services.restarts import recent

STATUS = "status.json"
FORMAT = "museum-kiosk status 1"
DAY = timedelta(days=1)


def status_file(home: KioskHome) -> Path:
    return home.root / "outbox" / STATUS


def write_status(home: KioskHome, shown: str | None, started: float) -> Path:
    """The kiosk's status now: `shown` the snapshot on screen, `started` the time.time() the
    kiosk started at."""
    now = datetime.now(UTC)
    runs = [run for run in recent(home, 10) if run.ended]
    document = {
        "format": FORMAT,
        "kiosk": home.settings().kiosk_name or socket.gethostname(),
        "snapshot": shown,
        "version": kiosk.__version__,
        "uptime_s": int(time.time() - started),
        "last_restart": {"at": runs[0].ended, "reason": runs[0].reason} if runs else None,
        "free_disk_mb": shutil.disk_usage(home.root).free // 1_000_000,
        "errors_last_day": errors_since(home, now - DAY),
        "written": now.isoformat(timespec="seconds"),
    }
    path = status_file(home)
    atomic_write_bytes(path, json.dumps(document, indent=1, ensure_ascii=False).encode())
    return path


def errors_since(home: KioskHome, since: datetime) -> int:
    """ERROR lines in the kiosk's logs (the current one and those rotated) since `since`."""
    local = since.astimezone().replace(tzinfo=None)  # the log's times are local
    stamp = local.strftime("%Y-%m-%d %H:%M:%S")
    count = 0
    for path in sorted(home.logs_dir.glob("kiosk.log*")):
        if datetime.fromtimestamp(path.stat().st_mtime) < local:
            continue  # written to last before `since`
        with path.open(encoding="utf-8", errors="replace") as lines:
            count += sum(1 for line in lines if " ERROR " in line[:40] and line[:19] >= stamp)
    return count


def fleet_table(folder: Path, stale_minutes: int) -> tuple[list[str], int]:
    """(the table's lines, how many kiosks are marked) of every status.json under `folder`."""
    now = datetime.now(UTC)
    rows = [_row(path, now, stale_minutes) for path in sorted(folder.rglob(STATUS))]
    if not rows:
        return [f"{folder}: no {STATUS} found (no kiosk has reported here yet)"], 1
    header = ("", "KIOSK", "SNAPSHOT", "VERSION", "UP", "DISK FREE", "ERRORS/DAY", "LAST RESTART")
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header) - 1)]
    lines = [
        "  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=False)) + "  " + str(r[-1])
        for r in [header, *rows]
    ]
    marked = sum(1 for r in rows if r[0] != "ok")
    return [line.rstrip() for line in lines], marked


def _row(path: Path, now: datetime, stale_minutes: int) -> tuple[str, ...]:
    try:
        data: dict[str, Any] = json.loads(path.read_bytes())
        written = datetime.fromisoformat(data["written"])
    except (OSError, ValueError, KeyError, TypeError) as error:
        return ("UNREADABLE", str(path.parent), "", "", "", "", "", str(error))
    age = now - written
    marks = []
    if age > timedelta(minutes=stale_minutes):
        marks.append(f"STALE {_span(age.total_seconds())}")
    if data.get("errors_last_day"):
        marks.append("ERRORS")
    if (data.get("free_disk_mb") or 0) < FREE_DISK_GB * 1000:
        marks.append("DISK")
    if not data.get("snapshot"):
        marks.append("NOTHING SHOWN")
    restart = data.get("last_restart") or {}
    return (
        ", ".join(marks) or "ok",
        str(data.get("kiosk", path.parent.name)),
        str(data.get("snapshot") or "-"),
        str(data.get("version", "?")),
        _span(data.get("uptime_s") or 0),
        f"{(data.get('free_disk_mb') or 0) / 1000:.1f} GB",
        str(data.get("errors_last_day", "?")),
        f"{restart.get('at', '')} {restart.get('reason', '')}".strip() or "-",
    )


def _span(seconds: float) -> str:
    minutes = int(seconds // 60)
    if minutes < 60:
        return f"{minutes} min"
    if minutes < 48 * 60:
        return f"{minutes // 60} h"
    return f"{minutes // 1440} d"
