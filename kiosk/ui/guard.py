"""Failures never reach the visitor: they are logged, and the visit goes on from Home."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

log = logging.getLogger("kiosk.ui")

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def route_qt_messages() -> None:
    """Qt's and QML's own warnings (a binding on undefined, an image that will not load) go to
    the kiosk's log, where staff can read them, not to a console nobody watches."""
    qInstallMessageHandler(_log_qt_message)


def _log_qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    where = f" ({context.file}:{context.line})" if context.file else ""
    log.log(_LEVELS.get(kind, logging.WARNING), "Qt: %s%s", message, where)


def recover_with(go_home: Callable[[], None]) -> None:
    """An exception in a slot is logged with its traceback, then the visitor is taken Home."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        log.error("unexpected error in the visitor app", exc_info=(kind, error, tb))
        try:
            go_home()
        except Exception:  # the way home failed too: keep the screen as it is, logged
            log.exception("could not return to Home after an error")

    sys.excepthook = hook
