"""The long soak: 20,000 random taps (benchmarks/soak.py) in a process of its own on a copy of
the demo, with its resident memory at the start, every 1,000 taps and the end."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from benchmarks import homes
from benchmarks.figures import Figure
from benchmarks.soak import SAMPLE_EVERY, SoakResult, native_problems

TAPS = int(os.environ.get("BENCH_SOAK_TAPS", "20000"))


def run(scratch: Path) -> list[Figure]:
    home = homes.copy_of(homes.demo_home(scratch), scratch / "soak-home")
    command = [sys.executable, "-m", "benchmarks.soak", str(home.root), str(TAPS)]
    done = subprocess.run(command, capture_output=True, check=True, text=True)
    raw = json.loads(done.stdout.strip().splitlines()[-1])
    result = SoakResult(
        taps=raw["taps"],
        resets=raw["resets"],
        start_mb=raw["start_mb"],
        warm_up_taps=raw["warm_up_taps"],
        resident=[tuple(sample) for sample in raw["resident"]],
        problems=raw["problems"] + native_problems(done.stderr),
        untapped=set(raw["untapped"]),
    )
    samples = ", ".join(f"{mb:.0f}" for _, mb in result.resident)
    growth = result.growth()
    highest = max(mb for _, mb in result.resident)
    untapped = f"; never tapped: {', '.join(sorted(result.untapped))}" if result.untapped else ""
    return [
        Figure(
            f"soak, resident memory growth over {result.taps:,} taps",
            growth,
            "%",
            "< 2",
            growth < 2,
            f"after a warm-up of {result.warm_up_taps:,} taps{untapped}; MB then and every "
            f"{SAMPLE_EVERY:,} taps: {samples}; {result.resets} visits ended by the countdown",
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
            "soak, warnings and errors logged",
            len(result.problems),
            "",
            "0",
            not result.problems,
            "; ".join(result.problems[:3]),
        ),
    ]
