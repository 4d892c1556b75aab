"""Cold start: `kiosk run --smoke` (offscreen), from the process's start to the first frame of
the attract loop, as the kiosk itself reports it; the parent's wall clock from spawn to that
line is given beside it."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from benchmarks import homes
from benchmarks.figures import Figure, median

RUNS = int(os.environ.get("BENCH_STARTS", "7"))


def run(scratch: Path) -> list[Figure]:
    home = homes.demo_home(scratch)
    command = [sys.executable, "-m", "kiosk", "run", "--smoke", "--home", str(home.root)]
    reported, outside = [], []
    for _ in range(RUNS):
        started = time.perf_counter()
        child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        line = child.stdout.readline().decode()  # "first frame after N ms"
        outside.append((time.perf_counter() - started) * 1000)
        child.wait()
        reported.append(float(line.split()[-2]))
    value = median(reported)
    return [
        Figure(
            "cold start to the attract loop's first frame",
            value,
            "ms",
            "<= 600",
            value <= 600,
            f"median of {RUNS}; from spawn, as the parent saw it: {median(outside):.0f} ms",
        )
    ]
