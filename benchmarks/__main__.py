"""`make bench`: every figure on one line with its target; the same as JSON in build/bench.json.

Only the import figure exists so far; startup, tap latency, photo open, search and the soak
join it with the benchmark issue.
"""

from __future__ import annotations

import json
import os
import platform
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from benchmarks import bench_import

OUT = Path(__file__).resolve().parent.parent / "build" / "bench.json"
SUITES = [bench_import]


def main() -> int:
    figures = []
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as scratch:
        for suite in SUITES:
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


if __name__ == "__main__":
    sys.exit(main())
