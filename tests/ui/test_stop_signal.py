"""A kiosk stopped by systemd (SIGTERM) or Ctrl+C (SIGINT) ends its visit as closed and writes
the counts of its last seconds, which a kill would lose (kiosk.ui.stop_signal)."""

from __future__ import annotations

import signal
import subprocess
import sys

import pytest

from kiosk.archive import stats as store

# A visitor taps the attract loop, and a second later the signal comes: before the statistics'
# thread writes its first batch (every 5 s), so only a clean stop can have written the visit.
STOPPED_MID_VISIT = """
import os, sys
from PySide6.QtCore import QPoint, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from kiosk.services.home import KioskHome
from kiosk.ui import keyboard
from kiosk.ui.app import run_app

keyboard.prepare()
app = QGuiApplication(sys.argv[:1])
finger = QTest.createTouchDevice()

def tap():
    window = QGuiApplication.topLevelWindows()[0]
    middle = QPoint(window.width() // 2, window.height() // 2)
    QTest.touchEvent(window, finger).press(0, middle, window).commit()
    QTest.touchEvent(window, finger).release(0, middle, window).commit()
    QTimer.singleShot(1000, lambda: os.kill(os.getpid(), int(sys.argv[2])))

QTimer.singleShot(1500, tap)
sys.exit(run_app(KioskHome.resolve(sys.argv[1]), windowed=True, screen=None, smoke=False))
"""


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_stopped_kiosk_counts_its_open_visit_as_closed(demo_home, signum):
    for old in demo_home.root.glob("stats.db*"):
        old.unlink()
    ran = subprocess.run(
        [sys.executable, "-c", STOPPED_MID_VISIT, str(demo_home.root), str(int(signum))],
        timeout=120,
        capture_output=True,
        text=True,
    )
    assert ran.returncode == 0, ran.stderr[-2000:]
    db = store.open_read_only(demo_home.stats_file)
    (visit,) = db["visits"].rows
    assert visit["end"] == "closed"
    screens = [h["name"] for h in db["happenings"].rows_where("kind = 'screen'")]
    assert screens[:1] == ["home"]
