"""What a kiosk sets on the whole process (its engine's controllers for QML's singletons, the
exception hook, the idle timer's view of every event) it takes back when it closes."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QGuiApplication

from kiosk.ui import backend, guard
from tests.ui.conftest import open_kiosk


def test_a_closed_kiosk_leaves_the_process_as_it_found_it(qtbot, demo_home):
    previous = sys.excepthook
    kiosk = open_kiosk(qtbot, demo_home)
    kiosk.recover_from_errors()
    engine, idle = kiosk.engine, kiosk.controllers.idle
    assert sys.excepthook is not previous
    assert backend.of(engine) is kiosk.controllers
    seen = []
    idle.eventFilter = lambda watched, event: seen.append(event.type()) or False
    _send_to_the_application()
    assert seen == [QEvent.Type.User]
    kiosk.close()
    assert sys.excepthook is previous
    with pytest.raises(KeyError):
        backend.of(engine)
    seen.clear()
    _send_to_the_application()
    assert seen == []


def _send_to_the_application() -> None:
    QGuiApplication.sendEvent(QGuiApplication.instance(), QEvent(QEvent.Type.User))


def test_the_hook_is_put_back_only_if_it_is_still_the_kiosks():
    previous = sys.excepthook
    restore = guard.recover_with(lambda: None)
    assert sys.excepthook is not previous
    restore()
    assert sys.excepthook is previous

    restore = guard.recover_with(lambda: None)

    def someone_elses(*args):
        pass

    sys.excepthook = someone_elses
    try:
        restore()
        assert sys.excepthook is someone_elses
    finally:
        sys.excepthook = previous
