"""The kiosk as it is installed: its wheel holds what a kiosk PC needs beyond the code."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[1]
LANGUAGES = ("az", "en", "lt", "ru")


@pytest.mark.slow
def test_the_wheel_holds_the_compiled_translations_the_demo_and_the_licence(tmp_path):
    built = [PROJECT / "kiosk" / "ui" / "i18n" / f"kiosk_{lang}.qm" for lang in LANGUAGES]
    if not all(path.is_file() for path in built):
        pytest.fail("no compiled translations: run `make translations` (make test does)")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "-q",
            "-w",
            str(tmp_path),
            str(PROJECT),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("museum_kiosk-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {f"kiosk/ui/i18n/kiosk_{lang}.qm" for lang in LANGUAGES} <= names
    assert "kiosk/_data/demo/exhibition.toml" in names
    assert any(name.endswith(".dist-info/licenses/LICENSE") for name in names)
