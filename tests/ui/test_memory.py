"""After a visit, the kiosk hands back memory; a kiosk closed before that happens is fine."""

from __future__ import annotations

from PySide6.QtQml import QQmlEngine
from PySide6.QtTest import QTest

from kiosk.ui import memory


def test_the_release_after_a_visit_runs_and_is_cancelled_with_its_engine(qapp, monkeypatch):
    monkeypatch.setattr(memory, "AFTER_VISIT_MS", 20)
    calls = []
    monkeypatch.setattr(memory.allocator, "trim", lambda: calls.append("trim"))
    engine = QQmlEngine()
    memory.release_after_visit(engine)
    QTest.qWait(100)
    assert calls == ["trim"]
    gone = QQmlEngine()
    memory.release_after_visit(gone)
    gone.deleteLater()
    QTest.qWait(100)  # the engine went first: nothing ran, nothing failed
    assert calls == ["trim"]
