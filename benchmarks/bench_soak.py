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
        resident=[tuple(sample) for sample in raw["resident"]],
        problems=raw["problems"] + native_problems(done.stderr),
    )
    samples = ", ".join(f"{mb:.0f}" for _, mb in result.resident)
    growth = result.growth()
    steady = max(mb for taps, mb in result.resident if taps >= SAMPLE_EVERY)
    return [
        Figure(
            f"soak, resident memory growth over {result.taps:,} taps",
            growth,
            "%",
            "< 2",
            growth < 2,
            f"from the {SAMPLE_EVERY:,}th tap to the end; MB every {SAMPLE_EVERY:,} taps: "
            f"{samples}; {result.resets} visits ended by the countdown",
        ),
        Figure(
            "soak, resident memory after the first 1,000 taps (highest sample)",
            steady,
            "MB",
            "< 250",
            steady < 250,
            f"at the start: {result.resident[0][1]:.0f} MB",
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
