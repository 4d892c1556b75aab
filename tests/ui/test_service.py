"""The kiosk under systemd: READY=1 after its first frame, WATCHDOG=1 only while it draws.

The test listens where systemd would ($NOTIFY_SOCKET) and reads what the kiosk sends."""

from __future__ import annotations

import socket
import time

import pytest

from kiosk.ui.service import ServiceNotifier
from tests.ui.conftest import open_kiosk


@pytest.fixture
def manager(tmp_path, monkeypatch):
    """A socket standing for systemd's, watching at a 0.2 s period."""
    path = tmp_path / "notify"
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    listener.bind(str(path))
    listener.setblocking(False)
    monkeypatch.setenv("NOTIFY_SOCKET", str(path))
    monkeypatch.setenv("WATCHDOG_USEC", "200000")
    monkeypatch.delenv("WATCHDOG_PID", raising=False)
    yield listener
    listener.close()


def _received(listener: socket.socket) -> list[str]:
    messages = []
    while True:
        try:
            messages.append(listener.recv(4096).decode())
        except BlockingIOError:
            return messages


def test_ready_after_a_frame_and_the_watchdog_fed_only_while_frames_are_drawn(
    qtbot, demo_home, manager
):
    kiosk = open_kiosk(qtbot, demo_home)
    try:
        _notifier = ServiceNotifier(kiosk.window)  # held, as kiosk.ui.app holds it
        kiosk.window.update()
        heard: list[str] = []
        qtbot.waitUntil(lambda: heard.extend(_received(manager)) or "WATCHDOG=1" in heard)
        assert heard[0].startswith("READY=1\n")  # first, and once
        assert sum(message.startswith("READY=1") for message in heard) == 1

        # The GUI thread held, as a freeze holds it: not a word, however long.
        _received(manager)
        time.sleep(1.0)
        assert _received(manager) == []
        qtbot.waitUntil(lambda: "WATCHDOG=1" in _received(manager))

        # No frame drawn (the window gone from the screen): the watchdog is no longer fed.
        kiosk.window.hide()
        qtbot.wait(400)
        _received(manager)
        qtbot.wait(800)
        assert "WATCHDOG=1" not in _received(manager)
    finally:
        kiosk.close()
