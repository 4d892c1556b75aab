"""The long soak: 20,000 random taps (benchmarks/soak.py) in a process of its own on a copy of
the demo, with its resident memory at the start, after the warm-up, every 1,000 taps and at
the end."""

from __future__ import annotations

import os
from pathlib import Path

from benchmarks import homes
from benchmarks.figures import Figure
from benchmarks.soak import FLOOR_SPAN, soak_in_process

TAPS = int(os.environ.get("BENCH_SOAK_TAPS", "20000"))
SHOWN_EVERY = 1000  # taps between the samples the figure's note lists
# What counting may write, a thousand taps: a tap shows a screen or opens an item, a row each.
STATS_KB_PER_1000_TAPS = 250


def run(scratch: Path) -> list[Figure]:
    home = homes.copy_of(homes.demo_home(scratch), scratch / "soak-home")
    result = soak_in_process(home, TAPS)
    end = result.resident[-1][0]
    samples = ", ".join(
        f"{mb:.0f}" for n, mb in result.resident if n % SHOWN_EVERY == 0 or n == end
    )
    first, last = result.floors()
    growth = result.growth()
    highest = max(mb for _, mb in result.resident)
    untapped = f"; never tapped: {', '.join(sorted(result.untapped))}" if result.untapped else ""
    film = sum(result.tapped.get(k, 0) for k in ("videoPlayPause", "videoSeek", "videoReplay"))
    excerpts = result.tapped.get("playButton-", 0)
    return [
        Figure(
            f"soak, resident memory growth over {result.taps:,} taps",
            growth,
            "%",
            "< 2",
            growth < 2,
            f"lowest sample of the first and of the last {FLOOR_SPAN} taps: {first:.1f} → "
            f"{last:.1f} MB, after a warm-up of {result.warm_up_taps:,} taps{untapped}; MB then "
            f"and every {SHOWN_EVERY:,} taps: {samples}; {result.resets} visits ended by the "
            f"countdown, memory sampled after each; the film's controls tapped {film} times, "
            f"the concert's play buttons {excerpts}",
        ),
        Figure(
            "soak, resident memory (highest sample)",
            highest,
            "MB",
            "< 250",
            highest < 250,
            f"at the start, the attract loop shown: {result.start_mb:.0f} MB",
        ),
        Figure(
            "soak, visits counted in stats.db of the visits made",
            result.visits_counted,
            "",
            f"= {result.visits}",
            result.visits_counted == result.visits,
            "each visit ended by the countdown, the last by the kiosk's close",
        ),
        Figure(
            "soak, stats.db size",
            result.stats_kb,
            "KB",
            f"< {STATS_KB_PER_1000_TAPS * (result.taps + result.warm_up_taps) // 1000:,}",
            result.stats_kb < STATS_KB_PER_1000_TAPS * (result.taps + result.warm_up_taps) / 1000,
            f"{STATS_KB_PER_1000_TAPS} KB a thousand taps at most, warm-up included: a busy "
            f"museum's thousand taps a day make {STATS_KB_PER_1000_TAPS * 90 // 1000} MB "
            f"over the 90 days kept whole, then some KB a day",
        ),
        Figure(
            "soak, warnings and errors logged",
            len(result.problems),
            "",
            "0",
            not result.problems,
            "; ".join(result.problems[:3]),
        ),
    ]
