"""The kiosk as it is installed: its wheel holds what a kiosk PC needs beyond the code."""

from __future__ import annotations

import shutil
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


UNITS = PROJECT / "packaging" / "systemd"
# The programs the units start, as install.sh leaves them (stood in for by stubs here).
PROGRAMS = ("usr/bin/cage", "usr/bin/systemctl", "opt/museum-kiosk/current/bin/kiosk")


def _system_root(root: Path) -> Path:
    """A root where systemd-analyze finds this system's own units, the kiosk's installed
    beside them, and the programs they start."""
    system_units = next(p for p in (Path("/usr/lib/systemd/system"), Path("/lib/systemd/system")))
    shutil.copytree(system_units, root / "usr/lib/systemd/system", symlinks=True)
    for program in PROGRAMS:
        stub = root / program
        stub.parent.mkdir(parents=True, exist_ok=True)
        stub.write_text("#!/bin/sh\n")
        stub.chmod(0o755)
    shutil.copytree(UNITS, root / "etc/systemd/system")
    seatd = root / "usr/lib/systemd/system/seatd.service"  # Debian's, where not installed here
    if not seatd.exists():
        seatd.write_text("[Service]\nExecStart=/usr/bin/cage\n")
    return root


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="no systemd-analyze here")
@pytest.mark.parametrize("unit", sorted(p.name for p in UNITS.iterdir()))
def test_every_unit_passes_systemd_analyze_verify(tmp_path, unit):
    root = _system_root(tmp_path / "root")
    checked = subprocess.run(
        ["systemd-analyze", "verify", f"--root={root}", f"/etc/systemd/system/{unit}"],
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stderr
    assert unit not in checked.stderr, checked.stderr  # a warning is a line naming the unit
