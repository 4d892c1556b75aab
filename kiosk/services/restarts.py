"""Why the kiosk last stopped and started: HOME/logs/restarts.json, for `kiosk doctor`.

A run records its start, and its end with the reason when it ends by itself (staff exit,
memory, a restart asked for). A run whose end nobody recorded was stopped from outside: under
systemd, the unit's ExecStopPost (`kiosk stopped`) records what systemd saw (a crash, the
watchdog, a signal); else the next start says "ended without a word (a crash or a power cut)".
The file keeps the last KEPT runs, written whole and atomically: a power cut mid-write leaves
the previous version, never half of one.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass
from datetime import UTC, datetime

from kiosk.media.files import SHARED_FILE_MODE, atomic_write_bytes
from kiosk.services.home import KioskHome

log = logging.getLogger(__name__)
KEPT = 50
UNSAID = "ended without a word (a crash or a power cut)"


@dataclass(frozen=True)
class Run:
    pid: int
    started: str
    ended: str = ""
    reason: str = ""


def record_start(home: KioskHome) -> None:
    runs = _runs(home)
    if runs and not runs[-1].ended:
        last = runs[-1]
        runs[-1] = Run(last.pid, last.started, _now(), UNSAID)
        log.warning("the previous run (pid %d) %s", last.pid, UNSAID)
    runs.append(Run(os.getpid(), _now()))
    _write(home, runs)


def record_end(home: KioskHome, reason: str, pid: int | None = None) -> None:
    """The end of the run `pid` (this process's by default), if not recorded already: the
    kiosk's own word on why it stopped comes before systemd's."""
    pid = os.getpid() if pid is None else pid
    runs = _runs(home)
    for n in range(len(runs) - 1, -1, -1):
        if runs[n].pid == pid and not runs[n].ended:
            runs[n] = Run(pid, runs[n].started, _now(), reason)
            _write(home, runs)
            log.info("run %d ended: %s", pid, reason)
            return


def record_stopped_by_systemd(home: KioskHome, environ: dict[str, str]) -> None:
    """From the unit's ExecStopPost: the latest run's end, as systemd saw it, where the
    kiosk said nothing ($SERVICE_RESULT: "watchdog", "signal", "core-dump", "exit-code")."""
    runs = _runs(home)
    if not runs or runs[-1].ended:
        return
    result = environ.get("SERVICE_RESULT", "unknown")
    status = " ".join(v for v in (environ.get("EXIT_CODE"), environ.get("EXIT_STATUS")) if v)
    record_end(home, f"systemd: {result}" + (f" ({status})" if status else ""), runs[-1].pid)


def recent(home: KioskHome, count: int = 5) -> list[Run]:
    """The last `count` runs, newest first."""
    return list(reversed(_runs(home)[-count:]))


def _runs(home: KioskHome) -> list[Run]:
    try:
        data = json.loads((home.logs_dir / "restarts.json").read_text(encoding="utf-8"))
        return [Run(**run) for run in data["runs"]]
    except FileNotFoundError:
        return []
    except (OSError, ValueError, KeyError, TypeError) as error:
        log.warning("restarts.json unreadable, begun again: %s", error)
        return []


def _write(home: KioskHome, runs: list[Run]) -> None:
    home.logs_dir.mkdir(parents=True, exist_ok=True)
    document = {"runs": [asdict(run) for run in runs[-KEPT:]]}
    try:
        atomic_write_bytes(
            home.logs_dir / "restarts.json",
            json.dumps(document, indent=1).encode(),
            SHARED_FILE_MODE,
        )
    except OSError as error:  # a full disk must not stop the kiosk starting
        log.warning("restarts.json not written: %s", error)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def request(home: KioskHome, reason: str) -> None:
    """A restart asked for from outside (the nightly timer, an upgrade): the running kiosk
    makes it at its next attract loop (kiosk.ui.health), never during a visit."""
    home.logs_dir.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(_request_file(home), reason.strip().encode("utf-8"), SHARED_FILE_MODE)


def take_request(home: KioskHome) -> str | None:
    """The reason of a restart asked for, now taken (so it is made once), or None."""
    try:
        reason = _request_file(home).read_text(encoding="utf-8").strip()
        _request_file(home).unlink()
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as error:
        log.warning("restart request unreadable, ignored: %s", error)
        return None
    return reason or "asked for"


def _request_file(home: KioskHome):
    return home.logs_dir / "restart-wanted"
