"""`kiosk doctor`: what an installer checks on a kiosk PC, one line each, pass or fail.

Each check says what it found, in figures where there are some, and what to do when it
fails. Checks of the service (systemd) say "not installed as a service" on a PC where the
kiosk is started another way: that is not a fault of the kiosk.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, time
from pathlib import Path

from kiosk.archive import snapshot_problems
from kiosk.content.errors import KioskError
from kiosk.content.resources import font_path
from kiosk.services.home import KioskHome
from kiosk.services.restarts import recent
from kiosk.services.snapshots import read_manifest

UNIT = "museum-kiosk.service"
TIMER = "museum-kiosk-restart.timer"
FONTS = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSerif-Regular.ttf")
FREE_DISK_GB = 2.0  # room for a new snapshot's photos and the logs of months
FIRST_FRAME_S = 30  # `kiosk run --smoke` gives up after 20 s


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    said: str  # what was found; on a failure, what to do too


def doctor(home: KioskHome, service: bool = True) -> list[Check]:
    """Every check, in the order an installer would go; `service` False leaves out the
    checks that start the kiosk or ask systemd (for tests of the others)."""
    checks: list[Callable[[KioskHome], Check]] = [
        _snapshot,
        _clock,
        disk_check,
        _pin,
        _fonts,
        sound_check,
        _voice,
        _hours,
    ]
    if service:
        checks += [_first_frame, _service, _watchdog, _restart_timer]
    return [*(check(home) for check in checks), _restarts(home)]


def _restarts(home: KioskHome) -> Check:
    """The last runs and how each ended: informative, never a failure by itself."""
    runs = recent(home, 3)
    if not runs:
        return Check("restarts", True, "none recorded yet")
    said = "; ".join(f"{run.started[:16]} {run.reason or 'running'}" for run in runs)
    return Check("restarts", True, said)


def _snapshot(home: KioskHome) -> Check:
    current = home.current_snapshot()
    if current is None:
        return Check("snapshot", False, f"nothing is published: kiosk publish --home {home.root}")
    problems = snapshot_problems(current)
    if problems:
        return Check("snapshot", False, f"{current}: damaged ({problems[0]}); kiosk publish again")
    counts = read_manifest(current.parent).get("counts") or {}
    return Check(
        "snapshot", True, f"{current.parent.name} is whole ({sum(counts.values())} records)"
    )


def _clock(home: KioskHome) -> Check:
    """A PC whose clock battery died boots in the past: opening hours and logs go wrong."""
    now = datetime.now(UTC)
    current = home.current_snapshot()
    published = read_manifest(current.parent).get("published") if current else None
    try:
        then = datetime.fromisoformat(published) if published else None
    except ValueError:
        then = None
    if then is not None and now < then:
        return Check(
            "clock",
            False,
            f"{now:%Y-%m-%d %H:%M} UTC is before the snapshot's publication "
            f"({then:%Y-%m-%d %H:%M}): set the date (timedatectl), then the PC's clock battery",
        )
    return Check("clock", True, f"{now:%Y-%m-%d %H:%M} UTC")


def free_disk_gb(home: KioskHome) -> float:
    return shutil.disk_usage(home.root).free / 1e9


def disk_check(home: KioskHome) -> Check:
    free = free_disk_gb(home)
    ok = free >= FREE_DISK_GB
    said = f"{free:.1f} GB free in {home.root}"
    return Check("disk", ok, said if ok else f"{said}, under {FREE_DISK_GB:g} GB: make room")


def _pin(home: KioskHome) -> Check:
    if home.settings().pin_hash:
        return Check("staff PIN", True, "set")
    return Check(
        "staff PIN",
        False,
        f"not set, so staff cannot leave the kiosk: kiosk set-pin --home {home.root}",
    )


def _fonts(home: KioskHome) -> Check:
    missing = [name for name in FONTS if not font_path(name).is_file()]
    if missing:
        return Check("fonts", False, f"missing {', '.join(missing)}: install the kiosk again")
    return Check(
        "fonts", True, f"{len(FONTS)} Noto faces (Latin, Azerbaijani, Lithuanian, Cyrillic)"
    )


def sound_card() -> str | None:
    """The first sound card's name: "" where ALSA lists none, None where there is no ALSA."""
    try:
        listed = Path("/proc/asound/cards").read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return None
    if not listed or "no soundcards" in listed:
        return ""
    return listed.splitlines()[0].split(":", 1)[-1].strip()


def sound_check(home: KioskHome) -> Check:
    card = sound_card()
    if card is None:
        return Check("sound", False, "no sound system (ALSA) found: films and music are silent")
    if not card:
        return Check("sound", False, "no sound card: films and music are silent")
    return Check("sound", True, card)


VOICES = ("en-gb", "az", "lt", "ru")


def _voice(home: KioskHome) -> Check:
    if shutil.which("espeak-ng") is None:
        return Check(
            "voice", False, "no espeak-ng: read aloud is silent; sudo apt-get install espeak-ng"
        )
    missing = [voice for voice in VOICES if not _speaks(voice)]
    if missing:
        return Check("voice", False, f"espeak-ng has no voice for {', '.join(missing)}")
    return Check("voice", True, f"espeak-ng ({', '.join(VOICES)})")


def _speaks(voice: str) -> bool:
    listed = subprocess.run(
        ["espeak-ng", f"--voices={voice}"], capture_output=True, text=True, timeout=10
    )
    return any(line.split()[1:2] == [voice] for line in listed.stdout.splitlines()[1:])


def _first_frame(home: KioskHome) -> Check:
    """The kiosk drawn once, in a process of its own: the platform plugin, Qt's libraries,
    the QML and the snapshot together."""
    command = [sys.executable, "-m", "kiosk", "run", "--smoke", "--home", str(home.root)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=FIRST_FRAME_S)
    except subprocess.TimeoutExpired:
        return Check("first frame", False, f"none within {FIRST_FRAME_S} s: see {home.root}/logs")
    lines = (done.stdout + done.stderr).strip().splitlines()
    if done.returncode != 0:
        last = lines[-1] if lines else f"exit {done.returncode}"
        return Check("first frame", False, last)
    return Check("first frame", True, lines[-1] if lines else "drawn")


def _service(home: KioskHome) -> Check:
    state = _systemctl("is-enabled", UNIT)
    if state is None:
        return Check("service", True, "not installed as a service (no systemd)")
    if state != "enabled":
        return Check(
            "service", False, f"{UNIT} is {state or 'not installed'}: sudo systemctl enable {UNIT}"
        )
    return Check("service", True, f"{UNIT} enabled")


def _watchdog(home: KioskHome) -> Check:
    value = _systemctl("show", "--property=WatchdogUSec", "--value", UNIT)
    if value is None:
        return Check("watchdog", True, "not installed as a service (no systemd)")
    if value in ("", "0", "infinity"):
        return Check("watchdog", False, f"{UNIT} has no WatchdogSec=: a frozen kiosk stays frozen")
    return Check("watchdog", True, f"systemd restarts a kiosk silent for {value}")


def _hours(home: KioskHome) -> Check:
    """Informative: a black screen outside opening hours is not a fault."""
    hours = home.settings().hours(str(home.settings_file))
    now = "open now" if hours.is_open(datetime.now()) else "closed now: black until touched"
    return Check("hours", True, f"{hours.describe()}; {now}")


def _restart_timer(home: KioskHome) -> Check:
    """The nightly restart enabled, at the closing time settings.toml gives."""
    state = _systemctl("is-enabled", TIMER)
    if state is None:
        return Check("restart", True, "not installed as a service (no systemd)")
    if state != "enabled":
        return Check("restart", False, f"{TIMER} is {state or 'not installed'}: run install.sh")
    calendar = _systemctl("show", "--property=TimersCalendar", "--value", TIMER) or ""
    return timer_check(calendar, home.settings().hours().restart_time())


def timer_check(calendar: str, at: time) -> Check:
    """systemd's TimersCalendar ("{ OnCalendar=*-*-* 18:00:00 ; next_elapse=... }") against
    the time the restart should be at."""
    if f"{at:%H:%M}:00" not in calendar:
        return Check(
            "restart",
            False,
            f"the nightly restart is not at {at:%H:%M} as [hours] says: run install.sh again",
        )
    return Check("restart", True, f"every night at {at:%H:%M}, between two visits")


def _systemctl(*arguments: str) -> str | None:
    """What systemctl says, or None where there is no systemd to ask."""
    if shutil.which("systemctl") is None or not os.path.isdir("/run/systemd/system"):
        return None
    try:
        done = subprocess.run(["systemctl", *arguments], capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise KioskError(f"systemctl {' '.join(arguments)}: {error}") from error
    return done.stdout.strip()
