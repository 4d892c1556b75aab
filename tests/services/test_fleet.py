"""Fleet status: what each kiosk writes to its outbox, and the staff PC's table of them."""

from __future__ import annotations

import json
import socket
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from kiosk.services import restarts
from kiosk.services.fleet import errors_since, fleet_table, status_file, write_status


def test_a_kiosk_writes_its_status_to_its_outbox(home):
    home.save_settings(replace(home.settings(), kiosk_name="Hall 2, left"))
    restarts.record_start(home)
    restarts.record_end(home, "systemd: watchdog (killed ABRT)")
    started = datetime.now(UTC).timestamp() - 7200

    status = json.loads(write_status(home, "20261130T100000Z-01", started).read_text())

    assert status["kiosk"] == "Hall 2, left" and status["snapshot"] == "20261130T100000Z-01"
    assert 7190 <= status["uptime_s"] <= 7300 and status["free_disk_mb"] > 0
    assert status["last_restart"]["reason"] == "systemd: watchdog (killed ABRT)"
    assert status["errors_last_day"] == 0 and status["version"]
    assert status_file(home) == home.root / "outbox" / "status.json"


def test_without_a_name_a_kiosk_goes_by_its_host_name(home):
    status = json.loads(write_status(home, None, 0).read_text())
    assert status["kiosk"] == socket.gethostname() and status["last_restart"] is None


def test_errors_of_the_last_day_are_counted_from_the_logs(home):
    now = datetime.now()
    old, recent = now - timedelta(days=2), now - timedelta(hours=1)
    lines = [
        f"{old:%Y-%m-%d %H:%M:%S},000 ERROR kiosk.ui: an old fault",
        f"{recent:%Y-%m-%d %H:%M:%S},000 ERROR kiosk.ui: a new fault",
        f"{recent:%Y-%m-%d %H:%M:%S},000 WARNING kiosk.ui: a warning, not an error",
        f"{recent:%Y-%m-%d %H:%M:%S},000 INFO kiosk.ui: a line saying ERROR in its words",
    ]
    home.logs_dir.mkdir(exist_ok=True)
    (home.logs_dir / "kiosk.log").write_text("\n".join(lines) + "\n")
    assert errors_since(home, datetime.now(UTC) - timedelta(days=1)) == 1


def _status(folder, name, minutes_ago=1, **fields):
    written = datetime.now(UTC) - timedelta(minutes=minutes_ago)
    document = {
        "kiosk": name,
        "snapshot": "20261130T100000Z-01",
        "version": "0.1.0",
        "uptime_s": 3600,
        "last_restart": None,
        "free_disk_mb": 50_000,
        "errors_last_day": 0,
        "written": written.isoformat(),
        **fields,
    }
    (folder / name).mkdir(parents=True)
    (folder / name / "status.json").write_text(json.dumps(document))


def test_the_table_marks_stale_and_failing_kiosks(tmp_path):
    _status(tmp_path, "hall-1")
    _status(tmp_path, "hall-2", minutes_ago=180)
    _status(tmp_path, "hall-3", errors_last_day=12, free_disk_mb=300)
    _status(tmp_path, "hall-4", snapshot=None)
    (tmp_path / "hall-5").mkdir()
    (tmp_path / "hall-5" / "status.json").write_text("{half a file")

    lines, marked = fleet_table(tmp_path, stale_minutes=60)

    assert lines[0].split()[:3] == ["KIOSK", "SNAPSHOT", "VERSION"]
    assert marked == 4
    assert lines[1].startswith("ok") and "hall-1" in lines[1]
    assert any(line.startswith("STALE 3 h") and "hall-2" in line for line in lines)
    assert any(line.startswith("ERRORS, DISK") and "hall-3" in line for line in lines)
    assert any(line.startswith("NOTHING SHOWN") and "hall-4" in line for line in lines)
    assert any(line.startswith("UNREADABLE") and "hall-5" in line for line in lines)


def test_an_empty_folder_says_no_kiosk_has_reported(tmp_path):
    lines, marked = fleet_table(tmp_path, 60)
    assert marked == 1 and "no status.json found" in lines[0]  # a script watching: not fine
