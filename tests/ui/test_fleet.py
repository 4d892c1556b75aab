"""The running kiosk's status for the fleet: written soon after start, off the GUI thread."""

from __future__ import annotations

import json

from kiosk.ui import fleet


def test_the_status_is_written_soon_after_start_with_the_snapshot_shown(qtbot, home, monkeypatch):
    monkeypatch.setattr(fleet, "FIRST_STATUS_MS", 100)  # ten seconds on a kiosk
    status = home.root / "outbox" / "status.json"
    writer = fleet.StatusWriter(home, lambda: "20261130T100000Z-01")
    assert not status.exists()  # not during the start itself
    qtbot.waitUntil(status.exists, timeout=5000)
    assert json.loads(status.read_text())["snapshot"] == "20261130T100000Z-01"
    writer.stop()
