"""`make bench`: every figure on one line with its target; the same as JSON in build/bench.json.

Suites run in the order of DESIGN.md's targets; each returns its figures. `BENCH_ONLY=a,b`
runs only the named suites (startup, screens, search, typing, import, soak, stats,
authoring, fleet).
"""

from __future__ import annotations

import contextlib
import json
import os
import platform
import sys
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from benchmarks import (
    bench_authoring,
    bench_fleet,
    bench_import,
    bench_screens,
    bench_search,
    bench_soak,
    bench_startup,
    bench_stats,
    bench_typing,
)
from tests.sound import null_sink

OUT = Path(__file__).resolve().parent.parent / "build" / "bench.json"
SUITES = {
    "startup": bench_startup,
    "screens": bench_screens,
    "search": bench_search,
    "typing": bench_typing,
    "import": bench_import,
    "soak": bench_soak,
    "stats": bench_stats,
    "authoring": bench_authoring,
    "fleet": bench_fleet,
}


def main() -> int:
    figures = []
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as scratch, _silent_sound(scratch):
        only = [n for n in os.environ.get("BENCH_ONLY", "").split(",") if n]
        for name, suite in SUITES.items():
            if only and name not in only:
                continue
            for figure in suite.run(Path(scratch)):
                print(figure.line(), flush=True)
                figures.append(figure)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    report = {
        "measured": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {
            "cores": os.cpu_count(),
            "python": sys.version.split()[0],
            "platform": platform.platform(),
        },
        "figures": [f.as_dict() for f in figures],
    }
    OUT.write_text(json.dumps(report, indent=2) + "\n")
    print(f"wrote {OUT}")
    return 0


@contextlib.contextmanager
def _silent_sound(scratch: str) -> Iterator[None]:
    """The tests' silent sound card (tests/sound.py) for every kiosk the suites start, as a
    kiosk PC has its speakers: a machine with no card would have read aloud fail, and log it,
    at every tap on Listen."""
    folder = Path(scratch) / "sound"
    folder.mkdir()
    with null_sink(folder) as server:
        if server is not None:
            os.environ["PULSE_SERVER"] = server
        yield


if __name__ == "__main__":
    sys.exit(main())
