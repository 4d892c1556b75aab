"""What the bundle's steps share: running a command, and failing with one line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


class BundleError(Exception):
    pass


def run(*command: str | Path, **options) -> subprocess.CompletedProcess:
    """A command whose failure ends the bundle with its last line of error."""
    done = subprocess.run([str(c) for c in command], capture_output=True, text=True, **options)
    if done.returncode != 0:
        said = (done.stderr or done.stdout).strip().splitlines() or [f"exit {done.returncode}"]
        raise BundleError(f"{Path(str(command[0])).name} failed: {said[-1]}")
    return done


def step(what: str) -> None:
    print(f"bundle: {what}", file=sys.stderr, flush=True)
