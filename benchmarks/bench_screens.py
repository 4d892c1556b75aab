"""Tap latency for every kind of navigation, and the full-screen photo from a 24-MP original.

Both run in this process on the kiosk as `kiosk run` loads it, offscreen with Qt's software
renderer, and time a touch release to the first frame drawn on the new screen (for the photo:
to the first frame with the picture decoded). Every sample is a real tap on a real screen;
screens are compiled at their first visit, and that first tap is among the samples.
"""

from __future__ import annotations

import os
import statistics
from collections import defaultdict
from pathlib import Path

from PySide6.QtCore import QMetaObject

from benchmarks import homes
from benchmarks.bench_import import make_photos
from benchmarks.driver import Driver
from benchmarks.figures import Figure, p95

ROUNDS = int(os.environ.get("BENCH_TAP_ROUNDS", "8"))
PHOTO_OPENS = int(os.environ.get("BENCH_PHOTO_OPENS", "20"))
SECTIONS = ("chronology", "photos", "artworks", "concert")
DETAIL = {"chronology": "eventCard-", "artworks": "artworkTile-", "concert": "pieceRow-"}
DETAIL["programme"] = DETAIL["concert"]  # a new exhibition's programme section
VIEWER = {"photos": "mediaTile-", "event": "stripItem-"}


def run(scratch: Path) -> list[Figure]:
    samples = tap_latencies(homes.demo_home(scratch))
    figures = [latency(kind, times) for kind, times in samples.items()]
    every = [t for times in samples.values() for t in times]
    figures.append(latency("every kind", every))
    figures.append(photo_open(homes.with_photos(scratch, make_photos()[:1])))
    return figures


def tap_latencies(
    home, sections: tuple[str, ...] = SECTIONS, photos: str = "photos", driver: Driver | None = None
) -> dict[str, list[float]]:
    """`sections` by slug, `photos` the media section's; a `driver` given is left open."""
    own = driver is None
    driver = driver or Driver(home)
    samples: dict[str, list[float]] = defaultdict(list)
    try:
        for round_number in range(ROUNDS):
            for section in sections:
                _visit(driver, section, round_number, samples, photos)
    finally:
        if own:
            driver.close()
    return samples


def _visit(
    driver: Driver, section: str, n: int, samples: dict[str, list[float]], photos: str
) -> None:
    """Home → section → detail → viewer, then back to the section, each tap timed."""
    driver.controllers.navigator.home()
    driver.settle()
    depth = _step(driver, f"sectionTile-{section}", "home → section", samples)
    detail = DETAIL.get(section)
    if detail and _step(driver, _nth(driver, detail, n), "section → detail", samples):
        depth += 1
    viewer = VIEWER.get("photos" if section == photos else "event")
    if driver.screen() in ("media", "event") and _step(
        driver, _nth(driver, viewer, n), "detail → viewer", samples
    ):
        depth += 1
    for _ in range(depth - 1):
        _step(driver, "backButton", "back", samples)


def _step(driver: Driver, name: str, kind: str, samples: dict[str, list[float]]) -> int:
    item = driver.find(name) if name else None
    if item is None:
        return 0
    navigator = driver.controllers.navigator
    moved: list[bool] = []

    def changed() -> None:
        moved.append(True)

    navigator.changed.connect(changed)
    try:
        seconds = driver.timed_tap(item, lambda: bool(moved))
    finally:
        navigator.changed.disconnect(changed)
    samples[kind].append(seconds * 1000)
    driver.settle()
    return 1


def _nth(driver: Driver, prefix: str, n: int) -> str:
    names = sorted(
        (i.objectName() for i in driver.shown() if i.objectName().startswith(prefix)),
        key=lambda name: (len(name), name),
    )
    return names[n % len(names)] if names else ""


def photo_open(home) -> Figure:
    """The grid's last tile (the 24-MP photo) to the viewer showing its display rendition."""
    driver = Driver(home)
    times = []
    try:
        driver.controllers.navigator.home()
        driver.settle()
        driver.tap(driver.find("sectionTile-photos"))
        driver.settle()
        grid = driver.find("mediaGrid")
        last = grid.property("count") - 1
        for _ in range(PHOTO_OPENS):
            driver.wait_for(lambda: grid.property("count") > 0)
            QMetaObject.invokeMethod(grid, "positionViewAtEnd")
            driver.settle()
            tile = driver.find(f"mediaTile-{last}")
            times.append(driver.timed_tap(tile, lambda: _photo_ready(driver, last)) * 1000)
            driver.settle()
            driver.tap(driver.find("backButton"))
            driver.settle()
    finally:
        driver.close()
    return latency("photo open (24-MP original)", times, target=40)


def _photo_ready(driver: Driver, index: int) -> bool:
    picture = driver.find(f"zoomable-{index}")
    return picture is not None and bool(picture.property("ready"))


def latency(kind: str, times: list[float], target: float = 50) -> Figure:
    worst = p95(times)
    return Figure(
        f"tap latency, {kind}" if not kind.startswith("photo") else kind,
        worst,
        "ms p95",
        f"<= {target:g}",
        worst <= target,
        f"median {statistics.median(times):.1f} ms, {len(times)} taps",
    )
