"""The soak: thousands of random taps across every screen at a visitor's fastest (the search
typed on its on-screen keyboard among them), the visit ending now and then through the idle
countdown, resident memory sampled as it goes, and every warning or error the kiosk logs
collected.

The counted taps follow a warm-up (the kiosk's first visitors: every kind of control tapped
once), and memory growth is measured from its end: what a running kiosk loads once (screens,
QtMultimedia, glyphs) is not growth. Memory is sampled at every visit's end, on the attract
loop; growth compares the floor (the lowest sample) of the first FLOOR_SPAN taps with that of
the last: a leak raises every sample, hence the floor, while a sample taken as a film's decoder
or a picture's buffer is still being let go only raises itself (such samples sit 1-2% above
the others, and on a short run one of them would decide the figure).

The soak runs in a process of its own (`soak_in_process`): the kiosk's memory alone, not that
of a test session's earlier tests. `make bench` counts 20,000 taps; `make test` 2,000
(tests/ui/test_soak.py), failing on growth past its bound or on anything logged.
"""

from __future__ import annotations

import dataclasses
import gc
import json
import logging
import random
import re
import subprocess
import sys
from collections.abc import Callable, Set
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest

from benchmarks.driver import Driver, resident_mb
from kiosk.content.settings import RANGES
from kiosk.services.home import KioskHome
from kiosk.ui import memory
from kiosk.ui.items import keyboard_keys

_PROJECT = Path(__file__).resolve().parent.parent
# What a visitor can tap: buttons, tiles, cards, the player's controls, the language switch.
TAPPABLE = (
    "attractScreen",
    "sectionTile-",
    "eventCard-",
    "stripItem-",
    "mediaTile-",
    "mediaFilter-",
    "artworkTile-",
    "pieceRow-",
    "playButton-",
    "homeButton",
    "backButton",
    "language-",
    "textSize-",
    "sourcesButton",
    "closeSources",
    "continueButton",
    "photoEvent",
    "zoomable-",
    "videoPlayPause",
    "videoSeek",
    "videoReplay",
    "year-",
    "searchButton",
    "searchClear",
    "suggestion-",
    "found-",
    "accessButton",
    "access-",  # its switches: high contrast, reduced motion, low reach, read aloud
    "closeAccess",
    "readAloudButton",
)
KEY = "key"  # a letter of the on-screen keyboard: the search is typed on, as visitors do
FLOOR_SPAN = 500  # taps at each end of the run whose lowest sample is its floor
# The warm-up before the counted taps: the kiosk's first visitors, who make it load what a
# running kiosk has loaded (every screen compiled, QtMultimedia started by a film and an
# excerpt, glyphs of four scripts at three text sizes). A control of a kind not yet tapped is
# tapped first when one is shown (the film's controls show only while it plays, and a purely
# random finger could leave them untouched for thousands of taps); the warm-up ends once every
# kind that has appeared has been tapped, after WARM_UP_TAPS at the least.
WARM_UP_TAPS = 1000
WARM_UP_LIMIT = 5000
# Taps between two visits' ends (the countdown runs out each time). Memory is sampled just
# after each, on the attract loop: the same screen each time.
RESET_EVERY = 250


@dataclass
class SoakResult:
    taps: int = 0  # counted, after the warm-up
    resets: int = 0
    start_mb: float = 0  # resident at start, the attract loop shown
    warm_up_taps: int = 0
    resident: list[tuple[int, float]] = field(default_factory=list)  # (counted taps, MB)
    problems: list[str] = field(default_factory=list)  # warnings and errors logged
    screens: set[str] = field(default_factory=set)
    untapped: set[str] = field(default_factory=set)  # controls shown, never tapped in warm-up
    tapped: dict[str, int] = field(default_factory=dict)  # counted taps by kind of control
    visits: int = 0  # visits made, warm-up included: each ends by the countdown or the close
    visits_counted: int = 0  # visits in HOME/stats.db afterwards
    stats_kb: float = 0  # its size then

    def growth(self, after: int = 0) -> float:
        """The floor of the last FLOOR_SPAN taps over that of the FLOOR_SPAN taps from tap
        `after`, in per cent."""
        first, last = self.floors(after)
        return (last - first) / first * 100

    def floors(self, after: int = 0) -> tuple[float, float]:
        end = self.resident[-1][0]
        first = min(mb for n, mb in self.resident if after <= n <= after + FLOOR_SPAN)
        last = min(mb for n, mb in self.resident if n >= end - FLOOR_SPAN)
        return first, last


def soak_in_process(home: KioskHome, taps: int) -> SoakResult:
    """The soak in a process of its own (`main`), Qt's own warnings and errors among the
    problems. A process that fails is an error carrying the end of what it printed."""
    command = [sys.executable, "-m", "benchmarks.soak", str(home.root), str(taps)]
    done = subprocess.run(command, capture_output=True, text=True, cwd=_PROJECT)
    if done.returncode != 0:
        raise RuntimeError(f"the soak ended with {done.returncode}: {done.stderr[-2000:]}")
    raw = json.loads(done.stdout.strip().splitlines()[-1])
    return SoakResult(
        taps=raw["taps"],
        resets=raw["resets"],
        start_mb=raw["start_mb"],
        warm_up_taps=raw["warm_up_taps"],
        resident=[(n, mb) for n, mb in raw["resident"]],
        problems=raw["problems"] + native_problems(done.stderr),
        screens=set(raw["screens"]),
        untapped=set(raw["untapped"]),
        tapped=raw["tapped"],
        visits=raw["visits"],
        visits_counted=raw["visits_counted"],
        stats_kb=raw["stats_kb"],
    )


def soak(
    home: KioskHome,
    taps: int,
    seed: int = 2026,
    report: Callable[[int, float], None] = lambda taps, mb: None,
) -> SoakResult:
    _quick_countdown(home)
    for earlier in home.root.glob("stats.db*"):  # the soak counts its own visits only
        earlier.unlink()
    result = SoakResult()
    collector = _Collector(result.problems)
    logging.getLogger().addHandler(collector)
    driver = Driver(home)
    driver.kiosk.recover_from_errors()
    rng = random.Random(seed)
    try:
        result.start_mb = _resident_after_visit()
        _warm_up(driver, rng, result)
        _end_visit(driver)
        _sample(result, 0, report)
        for n in range(1, taps + 1):
            kind = _random_tap(driver, rng, _tappable(driver))
            result.tapped[kind] = result.tapped.get(kind, 0) + 1
            result.screens.add(driver.screen())
            if n % RESET_EVERY == 0 or n == taps:
                _end_visit(driver)
                result.screens.add(driver.screen())
                result.resets += 1
                _sample(result, n, report)
        result.taps = taps
    finally:
        result.visits = driver.controllers.navigator.visiting + visits_ended(driver)
        driver.close()
        logging.getLogger().removeHandler(collector)
    result.visits_counted, result.stats_kb = _counted(home)
    return result


def visits_ended(driver: Driver) -> int:
    return getattr(driver, "visits_ended", 0)


def _counted(home: KioskHome) -> tuple[int, float]:
    """The visits HOME/stats.db holds, and its size in KB (its journal included)."""
    from kiosk.archive.stats import open_read_only

    db = open_read_only(home.stats_file)
    visits = db["visits"].count if db is not None else 0
    files = home.root.glob("stats.db*")
    return visits, sum(f.stat().st_size for f in files if "damaged" not in f.name) / 1024


def _warm_up(driver: Driver, rng: random.Random, result: SoakResult) -> None:
    shown: set[str] = set()
    tapped: set[str] = set()
    while result.warm_up_taps < WARM_UP_LIMIT:
        if result.warm_up_taps >= WARM_UP_TAPS and shown <= tapped:
            break
        tappable = _tappable(driver)
        kinds = {kind for _, kind in tappable}
        shown |= kinds
        tapped.add(_random_tap(driver, rng, tappable, prefer=kinds - tapped))
        result.screens.add(driver.screen())
        result.warm_up_taps += 1
        if result.warm_up_taps % RESET_EVERY == 0:
            _end_visit(driver)
    result.untapped = shown - tapped


def _tappable(driver: Driver) -> list[tuple[QQuickItem, str]]:
    """What a visitor could tap now, each with its kind (read now: a tap may take items away):
    the named controls, and the keyboard's letters while it is shown."""
    named = [(item, kind) for item in driver.shown() if (kind := _kind(item))]
    keyboard = driver.find("keyboard")
    letters = keyboard_keys(keyboard).values() if keyboard is not None else ()
    return named + [(key, KEY) for key in letters]


def _random_tap(
    driver: Driver,
    rng: random.Random,
    tappable: list[tuple[QQuickItem, str]],
    prefer: Set[str] = frozenset(),
) -> str:
    """Taps one of `tappable`, of a kind in `prefer` if there is one; returns its kind (""
    if there was nothing)."""
    choices = [(item, kind) for item, kind in tappable if kind in prefer] or tappable
    if not choices:
        driver.controllers.navigator.home()  # nothing to tap: the finger lifts, Home
        return ""
    item, kind = rng.choice(choices)
    if kind == "videoSeek":  # somewhere along the bar, as a visitor would
        driver.tap_at_fraction(item, rng.random())
    else:
        driver.tap(item)
    return kind


def _kind(item: QQuickItem) -> str:
    """The entry of TAPPABLE that names `item`, or ""."""
    name = item.objectName()
    return next((t for t in TAPPABLE if name == t or (t.endswith("-") and name.startswith(t))), "")


class StuckOverlay(RuntimeError):
    """The visit reset, yet the idle warning stayed on screen over the attract loop."""


def _end_visit(driver: Driver) -> None:
    """No touch: the countdown shows and runs out, and the visit resets to the attract loop,
    with the warning gone from the screen (a finger would otherwise tap through its scrim)."""
    visiting = driver.controllers.navigator.visiting
    driver.controllers.idle.warn()
    driver.wait_for(lambda: driver.screen() == "attract", limit_s=10)
    driver.visits_ended = visits_ended(driver) + visiting
    overlay = driver.item("idleOverlay")
    try:
        driver.wait_for(lambda: not overlay.isVisible(), limit_s=2)
    except TimeoutError:
        raise StuckOverlay("the idle warning is still shown after the visit reset") from None


def _sample(result: SoakResult, taps: int, report: Callable[[int, float], None]) -> None:
    mb = _resident_after_visit()
    result.resident.append((taps, mb))
    report(taps, mb)


def _resident_after_visit() -> float:
    # After the kiosk's own release of memory that follows a visit's end (kiosk.ui.memory),
    # with the attract loop's first cross-fade done and its pictures decoded.
    QTest.qWait(memory.AFTER_VISIT_MS + 500)
    gc.collect()
    return resident_mb()


def _quick_countdown(home: KioskHome) -> None:
    settings = home.settings()
    shortest = RANGES["countdown_seconds"][0]
    home.save_settings(dataclasses.replace(settings, countdown_seconds=shortest))


# Qt's own lines on stderr, as kiosk.ui.guard formats them: "<date> <time> LEVEL category: ..."
_NATIVE = re.compile(r"^\S+ \S+ (WARNING|ERROR|CRITICAL) (\S+): (.*)$")
# What QtMultimedia says of the machine when it starts (optional libraries for hardware video
# decoding, no sound server, no sound device): the kiosk works the same without them (sound
# plays to nowhere), so they are notes for the installer, not faults of the kiosk.
_MACHINE_CATEGORIES = ("qt.multimedia.",)
_MACHINE_MESSAGES = ("PulseAudioService: pa_context_connect() failed", "No audio device detected")


def native_problems(stderr: str) -> list[str]:
    """The warnings and errors among Qt's lines on stderr, notes about the machine left out."""
    problems = []
    for line in stderr.splitlines():
        found = _NATIVE.match(line)
        if found is None:
            continue
        level, category, message = found.groups()
        if category.startswith(_MACHINE_CATEGORIES) or message.startswith(_MACHINE_MESSAGES):
            continue
        problems.append(f"{level} {category}: {message}")
    return problems


class _Collector(logging.Handler):
    def __init__(self, problems: list[str]):
        super().__init__(logging.WARNING)
        self.problems = problems

    def emit(self, record: logging.LogRecord) -> None:
        self.problems.append(f"{record.levelname} {record.name}: {record.getMessage()}")


def main() -> None:
    """`python -m benchmarks.soak HOME TAPS`: the soak in a process of its own (the kiosk and
    the finger, nothing else), progress on stderr, the result as JSON on stdout. Qt's own
    lines go to stderr too: the caller reads them with `native_problems`."""
    home, taps = KioskHome.resolve(sys.argv[1]), int(sys.argv[2])

    def progress(n: int, mb: float) -> None:
        print(f"soak: {n} taps, {mb:.1f} MB", file=sys.stderr, flush=True)

    result = soak(home, taps, report=progress)
    sets = {"screens": sorted(result.screens), "untapped": sorted(result.untapped)}
    print(json.dumps({**dataclasses.asdict(result), **sets}))


if __name__ == "__main__":
    main()
