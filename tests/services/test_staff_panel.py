"""kiosk.services.staff_panel: the bundles staff can install, the health lines and the log of
their actions."""

from __future__ import annotations

import re

from kiosk.content.usage import End, Kind
from kiosk.services import restarts, staff_panel
from kiosk.services.bundle_manifest import MANIFEST
from kiosk.services.stats import Recorder


def _bundle(folder):
    folder.mkdir(parents=True)
    (folder / MANIFEST).write_text("{}", encoding="utf-8")
    return folder


def test_bundles_are_found_in_the_inbox_and_on_mounted_sticks(home, tmp_path):
    media = tmp_path / "media"
    found = [
        _bundle(home.inbox_dir / "spring"),
        _bundle(media / "staff" / "USB STICK" / "summer"),  # /media/USER/LABEL/bundle
        _bundle(media / "OTHER" / "exhibitions" / "autumn"),  # /media/LABEL/folder/bundle
    ]
    _bundle(media / "OTHER" / "a" / "b" / "c" / "too-deep")
    (media / "OTHER" / "not-a-bundle").mkdir()
    assert staff_panel.bundles(home, (media, tmp_path / "absent")) == sorted(found)


def test_every_action_is_logged_with_its_time_and_the_log_kept_short(home):
    for n in range(staff_panel.ACTIONS_KEPT + 5):
        staff_panel.log_action(home, f"action {n}")
    kept = staff_panel.actions(home, 0 + staff_panel.ACTIONS_KEPT + 10)
    assert len(kept) == staff_panel.ACTIONS_KEPT
    assert kept[-1].endswith("  action 204") and kept[-1][:4].isdigit()
    assert staff_panel.actions(home, 2)[0].endswith("action 203")


def test_health_names_the_errors_of_the_last_day(demo_home):
    recorder = Recorder(demo_home.stats_file, 90, lambda: 0.0)
    recorder.start()
    recorder.happened(Kind.ERROR, "the inbox could not be read")
    recorder.visit_began("en", 1, [])
    recorder.visit_ended(End.IDLE)
    recorder.stop()
    restarts.record_start(demo_home)
    lines = {line.about: line for line in staff_panel.health(demo_home, 3700, 180.0)}
    (started,) = lines["run"].args  # this run, not ended
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", started)
    assert (lines["running"].said, lines["running"].args) == ("hoursMinutes", ("1", "1"))
    assert lines["memory"].args == ("180",)
    shown = lines["shown"]
    assert shown.ok and shown.said == "snapshotPublished"
    assert shown.args[0] == demo_home.current_snapshot().parent.name
    errors = lines["errors"]
    assert not errors.ok and errors.args == ("1", "the inbox could not be read")
