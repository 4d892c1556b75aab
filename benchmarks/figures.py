"""A measured figure: its median (and p95 where it applies), its target, and whether it is met."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Figure:
    name: str
    value: float | None  # None: not measured (see note)
    unit: str
    target: str  # in words, e.g. "<= 0.8"; "" for a figure that only informs
    met: bool | None
    note: str = ""

    def line(self) -> str:
        if self.value is None:
            return f"{self.name}: not measured ({self.note})"
        text = f"{self.name}: {self.value:.3g} {self.unit}"
        if self.target:
            text += f" (target {self.target}: {'met' if self.met else 'MISSED'})"
        return f"{text}; {self.note}" if self.note else text

    def as_dict(self) -> dict:
        return asdict(self)


def wall_times(action: Callable[[], None], runs: int, before: Callable[[], None] = lambda: None):
    """Seconds each run of `action` took; `before` runs untimed ahead of each."""
    times = []
    for _ in range(runs):
        before()
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return times


def median(values: list[float]) -> float:
    return statistics.median(values)


def p95(values: list[float]) -> float:
    """The 95th percentile, by the nearest-rank rule (a sample, never an interpolation)."""
    ordered = sorted(values)
    return ordered[max(0, -(-95 * len(ordered) // 100) - 1)]
