"""The kiosk of this checkout under cage, for real (tests/cage.py); the installed bundle's
kiosk is run under cage by tests/test_bundle.py."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.cage import smoke_under_cage, why_not

PROJECT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_the_kiosk_draws_its_first_frame_under_cage(built_demo):
    why = why_not(sys.executable, PROJECT)
    if why:
        pytest.skip(why)
    done = smoke_under_cage([sys.executable, "-m", "kiosk"], built_demo.root, PROJECT)
    # cage exits 0 whatever its client did: the kiosk's own line is the proof.
    assert "first frame after" in done.stdout, done.stdout + done.stderr
