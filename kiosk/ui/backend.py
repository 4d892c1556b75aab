"""Which controllers belong to which QML engine.

The controllers are QML singletons (Kiosk.Backend) that need the kiosk's home and settings,
so QML cannot construct them; each singleton's `create(engine)` asks here for the instance
the app made for that engine. The table is the process's because Qt's type registry is; each
entry is owned by the app that attached it (kiosk.ui.app.Kiosk), which detaches it on close.
"""

from __future__ import annotations

from typing import Any

import shiboken6

_BY_ENGINE: dict[int, Any] = {}


def attach(engine: Any, controllers: Any) -> None:
    key = _key(engine)
    _BY_ENGINE[key] = controllers
    # An engine deleted without its app's close must not hand its controllers to the next
    # engine allocated at the same address.
    engine.destroyed.connect(lambda: _BY_ENGINE.pop(key, None))


def detach(engine: Any) -> None:
    _BY_ENGINE.pop(_key(engine), None)


def attached(engine: Any) -> bool:
    """Whether `engine` still has its controllers (not once its app has closed)."""
    return _key(engine) in _BY_ENGINE


def of(engine: Any) -> Any:
    return _BY_ENGINE[_key(engine)]


def _key(engine: Any) -> int:
    return shiboken6.getCppPointer(engine)[0]
