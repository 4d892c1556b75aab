"""What counting visits (kiosk.ui.analytics) costs a tap: the screens' tap latency with the
statistics off and on, in the same process, alternating, so that the machine's drift falls on
both alike. Every tap shows a screen, and its count is written by the recorder's thread every
five seconds while the taps go on."""

from __future__ import annotations

import os
import statistics
from pathlib import Path

from benchmarks import homes
from benchmarks.bench_screens import tap_latencies
from benchmarks.driver import Driver
from benchmarks.figures import Figure, p95

PAIRS = int(os.environ.get("BENCH_STATS_PAIRS", "4"))  # runs of each, the order alternating


def run(scratch: Path) -> list[Figure]:
    home = homes.demo_home(scratch)
    off: list[float] = []
    on: list[float] = []
    for pair in range(PAIRS):
        order = ((False, off), (True, on))
        for counted, samples in order if pair % 2 == 0 else order[::-1]:  # neither always first
            driver = Driver(home, counted=counted)
            try:
                taps = tap_latencies(home, driver=driver)
            finally:
                driver.close()
            samples += [t for times in taps.values() for t in times]
    growth = p95(on) - p95(off)
    note = (
        f"{len(on)} taps each way, {PAIRS} runs of each, the first of each pair alternating; "
        f"medians "
        f"{statistics.median(off):.1f} ms off, {statistics.median(on):.1f} ms on"
    )
    return [
        Figure("tap latency p95, statistics counted", p95(on), "ms", "≤ 50", p95(on) <= 50, note),
        Figure(
            "tap latency p95, statistics counted over not",
            growth,
            "ms",
            "≤ 1",
            growth <= 1,
            f"p95 {p95(off):.1f} ms not counted, {p95(on):.1f} ms counted",
        ),
    ]
