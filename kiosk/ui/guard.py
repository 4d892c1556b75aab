"""Failures never reach the visitor: they are logged, and the visit goes on from Home."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QLoggingCategory, qSetMessagePattern

log = logging.getLogger("kiosk.ui")

# Qt's own messages (QtMultimedia's worker threads among them) are written by Qt to stderr,
# which `kiosk run` sends to HOME/logs/native.log, in the same shape as the Python log.
# They are not routed through a Python message handler: a Qt thread logging while the GUI
# thread waits on it inside a call made from Python (QMediaPlayer.stop(), for one) needs the
# GIL that the waiting thread holds, and the kiosk freezes for good (seen in the soak).
# QML's warnings still reach kiosk.log, through the engine's warnings signal.
MESSAGE_PATTERN = (
    "%{time yyyy-MM-dd hh:mm:ss,zzz} "
    "%{if-debug}DEBUG%{endif}%{if-info}INFO%{endif}%{if-warning}WARNING%{endif}"
    "%{if-critical}ERROR%{endif}%{if-fatal}CRITICAL%{endif} %{category}: %{message}"
)

# Qt's own on-screen keyboard style (its PopupList) trips this warning of Qt's QML engine
# once a process, which no kiosk can act on; the kiosk's own QML is held to it by qmllint.
# QT_LOGGING_RULES, where an installer sets it, still comes first.
QUIET_RULES = "qt.qml.propertyCache.append.warning=false"


def format_qt_messages() -> None:
    qSetMessagePattern(MESSAGE_PATTERN)
    QLoggingCategory.setFilterRules(QUIET_RULES)


def recover_with(go_home: Callable[[], None]) -> Callable[[], None]:
    """An exception in a slot is logged with its traceback, then the visitor is taken Home.
    Python has one exception hook per process: the returned function puts back the one
    there was, for the app to call when it closes."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        log.error("unexpected error in the visitor app", exc_info=(kind, error, tb))
        try:
            go_home()
        except Exception:  # the way home failed too: keep the screen as it is, logged
            log.exception("could not return to Home after an error")

    previous = sys.excepthook
    sys.excepthook = hook

    def restore() -> None:
        if sys.excepthook is hook:  # another hook set since is not ours to remove
            sys.excepthook = previous

    return restore
