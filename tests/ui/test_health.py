"""The kiosk restarts itself past its memory or error limit, or when asked: at the next attract
loop, never mid-visit."""

from __future__ import annotations

import logging

from kiosk.ui.health import Health


def test_past_its_memory_limit_the_kiosk_asks_to_restart_between_visits_only(qtbot, kiosk, finger):
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


def test_at_the_attract_loop_it_restarts_at_once(qtbot, kiosk):
    controllers = kiosk.controllers
    health = Health(controllers.visit, controllers.navigator, 1, check_ms=50)
    with qtbot.waitSignal(health.restartWanted) as asked:
        pass
    assert asked.args[0].startswith("memory:")


def test_errors_logged_past_the_limit_restart_it_between_visits(qtbot, kiosk):
    controllers = kiosk.controllers
    health = Health(controllers.visit, controllers.navigator, 65536, 3, check_ms=50)
    wanted: list[str] = []
    health.restartWanted.connect(wanted.append)
    for n in range(3):
        logging.getLogger("kiosk.test").error("a fault met at every tap (%d)", n)
    qtbot.wait(200)
    assert wanted == []  # three is the limit, not past it
    logging.getLogger("kiosk.test").error("once more")
    qtbot.waitUntil(lambda: wanted != [])
    assert wanted == ["errors: 4 logged in the last hour, above the limit of 3"]


def test_a_restart_asked_for_from_outside_is_made_at_the_attract_loop(qtbot, kiosk):
    controllers = kiosk.controllers
    asked = iter(["schedule: the nightly restart"])
    health = Health(
        controllers.visit,
        controllers.navigator,
        65536,
        requested=lambda: next(asked, None),
        check_ms=50,
    )
    with qtbot.waitSignal(health.restartWanted) as restart:
        pass
    assert restart.args == ["schedule: the nightly restart"]
