"""Which controllers belong to which QML engine.

The controllers are QML singletons (Kiosk.Backend) that need the kiosk's home and settings,
so QML cannot construct them; each singleton's `create(engine)` asks here for the instance
the app made for that engine.
"""

from __future__ import annotations

from typing import Any

import shiboken6

_BY_ENGINE: dict[int, Any] = {}


def attach(engine: Any, controllers: Any) -> None:
    key = shiboken6.getCppPointer(engine)[0]
    _BY_ENGINE[key] = controllers
    engine.destroyed.connect(lambda: _BY_ENGINE.pop(key, None))


def of(engine: Any) -> Any:
    return _BY_ENGINE[shiboken6.getCppPointer(engine)[0]]
