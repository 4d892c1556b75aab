"""A screen reader's view of the kiosk, from outside its process, over AT-SPI.

Run with Debian's own Python, which has pyatspi (python3-pyatspi), inside the D-Bus session
the kiosk runs in (dbus-run-session). It finds the kiosk among the desktop's applications, and
for Home and then each section (pressed as a screen reader presses a button: the control's
"Press" action) prints the roles and names of what shows, as JSON lines:
{"screen": "Home", "named": [["push button", "Home"], ...], "unnamed": [...]}.

Usage: python3 tests/at_spi.py APP_NAME SECTION...   (the sections by their tiles' names)
"""

from __future__ import annotations

import json
import sys
import time

import pyatspi

CONTROLS = {"push button", "check box", "toggle button", "slider", "text", "page tab", "link"}


def find_application(name: str, limit_s: float = 30) -> pyatspi.Accessible:
    end = time.monotonic() + limit_s
    while time.monotonic() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        desktop.clear_cache()  # an application that registered since must show
        for index in range(desktop.childCount):
            app = desktop.getChildAtIndex(index)
            if app is not None and app.name == name and app.childCount:
                return app
        time.sleep(0.3)
    raise SystemExit(f"at_spi: no application {name!r} on the accessibility bus")


def shown(node: pyatspi.Accessible, found: list) -> None:
    """Depth first, in the order the application gives: what is visible on the screen."""
    try:
        node.clear_cache()  # the screen changed since the last walk
        states = node.getState()
        if not states.contains(pyatspi.STATE_SHOWING):
            return
        found.append(node)
        for index in range(node.childCount):
            child = node.getChildAtIndex(index)
            if child is not None:
                shown(child, found)
    except Exception:  # a node gone while walked (the screen changed): skip it
        return


def read(app: pyatspi.Accessible, screen: str) -> dict:
    nodes: list = []
    shown(app, nodes)
    named = [[n.getRoleName(), n.name] for n in nodes if n.name]
    unnamed = [n.getRoleName() for n in nodes if not n.name and n.getRoleName() in CONTROLS]
    return {"screen": screen, "named": named, "unnamed": unnamed}


def press(app: pyatspi.Accessible, name: str, limit_s: float = 10) -> None:
    """Press the button called `name` (or ending in it) with its "Press" action."""
    end = time.monotonic() + limit_s
    while time.monotonic() < end:
        nodes: list = []
        shown(app, nodes)
        for node in nodes:
            if node.name.endswith(name) and node.getRoleName() == "push button":
                action = node.queryAction()
                for index in range(action.nActions):
                    if action.getName(index) == "Press":
                        action.doAction(index)
                        time.sleep(1.5)  # the screen changes
                        return
        time.sleep(0.3)
    raise SystemExit(f"at_spi: no button {name!r} to press")


def main(name: str, sections: list[str]) -> None:
    app = find_application(name)
    press(app, "Touch to begin")  # the attract loop, a button named with its invitation
    print(json.dumps(read(app, "Home")), flush=True)
    for section in sections:
        press(app, section)
        print(json.dumps(read(app, section)), flush=True)
        press(app, "Home")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
