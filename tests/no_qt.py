"""A pytest plugin that hides Qt, as napari runs its core's tests with no Qt installed:

    pytest -p tests.no_qt tests/content tests/archive tests/media tests/services

In such a run PySide6 and shiboken6 cannot be imported, so a module below kiosk.ui (or a test
of one) that reaches for Qt, at import or later, fails. pytest-qt, which imports Qt as it
starts, is switched off; its options in pyproject's addopts are still accepted.
"""

from __future__ import annotations

import importlib.abc
import sys

QT = frozenset({"PySide6", "shiboken6"})


class HideQt(importlib.abc.MetaPathFinder):
    """Ahead of every other finder: Qt's modules are not found, whatever is installed."""

    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in QT:
            raise ModuleNotFoundError(f"No module named {name!r} (Qt is hidden)", name=name)
        return None


def hide_qt() -> None:
    loaded = sorted(name for name in sys.modules if name.partition(".")[0] in QT)
    if loaded:  # too late to hide what is already in
        raise RuntimeError(f"Qt was imported before it could be hidden: {', '.join(loaded)}")
    sys.meta_path.insert(0, HideQt())


# `-p` imports this before the installed plugins (pytest-qt among them) and any conftest.
hide_qt()


def pytest_load_initial_conftests(early_config) -> None:
    # By now pytest-qt has added its options (pyproject's addopts use one), not yet started.
    early_config.pluginmanager.set_blocked("pytest-qt")
