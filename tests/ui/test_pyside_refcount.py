"""PySide6 6.12.0 dropped a reference to None on every call of a function returning nothing;
a kiosk that runs for weeks aborts with "deallocating None". Keep that version out."""

import sys

from PySide6.QtCore import QCoreApplication, QObject, QTimer


def test_calls_returning_nothing_keep_none_alive(qapp):
    thing, timer = QObject(), QTimer()
    before = sys.getrefcount(None)
    for _ in range(2000):
        thing.setObjectName("x")
        timer.start(1000)
        QCoreApplication.processEvents()
    timer.stop()
    assert abs(sys.getrefcount(None) - before) < 100
