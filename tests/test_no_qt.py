"""The core runs without Qt: no module below kiosk.ui imports it, and the run that proves it
for the core's tests (`make test`, tests/no_qt.py) has Qt hidden indeed."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import PROJECT

CORE = ("kiosk.system", "kiosk.content", "kiosk.archive", "kiosk.media", "kiosk.services")

IMPORT_THE_CORE = f"""
import importlib, pkgutil
from tests.no_qt import hide_qt
hide_qt()
import kiosk.cli  # its commands import the UI only when they show a window
for package in {CORE!r}:
    module = importlib.import_module(package)
    for found in pkgutil.walk_packages(getattr(module, "__path__", []), package + "."):
        importlib.import_module(found.name)
try:
    import PySide6.QtCore
except ImportError:
    print("hidden")
"""


def test_every_module_of_the_core_imports_with_qt_hidden():
    done = subprocess.run(
        [sys.executable, "-c", IMPORT_THE_CORE],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["hidden"]


CHECKS = """
import pytest

def test_qt_cannot_be_imported():
    with pytest.raises(ImportError):
        import PySide6  # noqa: F401

def test_pytest_qt_is_off(pytestconfig):
    assert not pytestconfig.pluginmanager.has_plugin("pytest-qt")
"""


NO_CACHE = ("-p", "no:cacheprovider")


def test_a_run_with_the_plugin_has_qt_hidden_and_pytest_qt_off(tmp_path):
    checks = tmp_path / "test_checks.py"
    checks.write_text(CHECKS)
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "tests.no_qt", *NO_CACHE, str(checks)],
        cwd=PROJECT,  # pyproject's addopts and settings, as `make test` has them
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "2 passed" in done.stdout
