"""QML types are registered in one place, when the app asks, and the build's description of
them for qmllint comes from that same place."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from kiosk.ui import registry
from kiosk.ui.media_filter import MediaFilter
from tests.conftest import PROJECT

# In a process of its own: Qt's type registry is the process's, and this one has loaded kiosks.
IMPORT_THEN_REGISTER = """
from PySide6.QtCore import QCoreApplication
from PySide6.QtQml import qmlTypeId
import kiosk.ui.app, kiosk.ui.controllers, kiosk.ui.subtitles
from kiosk.ui import registry

def known():
    return [qmlTypeId("Kiosk.Backend", 1, 0, t.__name__) >= 0
            for t in registry.TYPES]

app = QCoreApplication([])
print(known())
registry.register()
print(known())
"""


def test_importing_registers_nothing_and_register_registers_every_type():
    done = subprocess.run(
        [sys.executable, "-c", IMPORT_THEN_REGISTER], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    before, after = done.stdout.splitlines()
    count = len(registry.TYPES)
    assert before == str([False] * count)
    assert after == str([True] * count)


def test_the_sources_are_the_files_that_define_the_types():
    files = registry.sources()
    assert "kiosk/ui/visit.py" in files and "kiosk/ui/subtitles.py" in files
    for registered in registry.TYPES:
        assert any(f"class {registered.__name__}(" in (PROJECT / f).read_text() for f in files), (
            registered
        )


def _metatypes(tmp_path) -> list[dict]:
    out = tmp_path / "backend.json"
    dump = [sys.executable, "-m", "PySide6.scripts.metaobjectdump", "-o", str(out)]
    subprocess.run([*dump, *registry.sources()], cwd=PROJECT, check=True, timeout=60)
    return json.loads(out.read_text())


def test_qmllint_is_told_every_type_and_which_are_singletons(tmp_path):
    classes = {
        c["className"]: {i["name"]: i["value"] for i in c.get("classInfos", [])}
        for source in registry.describe(_metatypes(tmp_path))
        for c in source["classes"]
    }
    assert classes["Visit"] == {"QML.Element": "Visit", "QML.Singleton": "true"}
    assert classes["Subtitles"] == {"QML.Element": "Subtitles"}
    assert classes["MediaFilter"] == {
        "QML.Element": "MediaFilter",
        "QML.Creatable": "false",
        "QML.UncreatableReason": registry.UNCREATABLE[MediaFilter],
    }
    for registered in registry.TYPES:
        assert classes[registered.__name__]["QML.Element"] == registered.__name__


def test_a_type_whose_file_was_not_read_fails_the_build(tmp_path):
    metatypes = [s for s in _metatypes(tmp_path) if not s["inputFile"].endswith("/staff.py")]
    with pytest.raises(ValueError, match="Staff"):
        registry.describe(metatypes)
