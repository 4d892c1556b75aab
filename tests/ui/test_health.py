"""The kiosk restarts itself past its memory limit: at the next attract loop, never mid-visit."""

from __future__ import annotations

from kiosk.ui.health import Health
from tests.ui.conftest import Finger, open_kiosk


def test_past_its_memory_limit_the_kiosk_asks_to_restart_between_visits_only(
    qtbot, demo_home, touchscreen
):
    kiosk = open_kiosk(qtbot, demo_home)
    try:
        finger = Finger(qtbot, kiosk, touchscreen)
        finger.tap("attractScreen")
        finger.tap("sectionTile-chronology")
        wanted: list[str] = []
        controllers = kiosk.controllers
        health = Health(controllers.visit, controllers.navigator, 1, check_ms=50)  # 1 MB
        health.restartWanted.connect(wanted.append)
        qtbot.wait(500)  # many checks, all past the limit, during the visit
        assert wanted == [] and finger.screen() == "chronology"
        controllers.visit.reset()  # the visit ends: the attract loop
        qtbot.waitUntil(lambda: wanted != [])
        assert len(wanted) == 1 and "above the limit of 1 MB" in wanted[0]
    finally:
        kiosk.close()


def test_at_the_attract_loop_it_restarts_at_once(qtbot, demo_home):
    kiosk = open_kiosk(qtbot, demo_home)
    try:
        controllers = kiosk.controllers
        health = Health(controllers.visit, controllers.navigator, 1, check_ms=50)
        with qtbot.waitSignal(health.restartWanted) as asked:
            pass
        assert asked.args[0].startswith("memory:")
    finally:
        kiosk.close()
