"""Kiosk homes the benchmarks run against, built in the run's scratch folder."""

from __future__ import annotations

import shutil
from pathlib import Path

from kiosk.services.demo import build_demo
from kiosk.services.home import KioskHome
from kiosk.services.ingest import import_media
from kiosk.services.publish import publish


def demo_home(scratch: Path) -> KioskHome:
    """The demo exhibition, built and published once per run."""
    home = KioskHome.resolve(scratch / "demo-home")
    if not home.current_file.exists():
        build_demo(home)
        publish(home, force=True)  # generated photos have no alt text; the kiosk shows them anyway
    return home


def copy_of(home: KioskHome, target: Path) -> KioskHome:
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(home.root, target)
    return KioskHome.resolve(target)


def with_photos(scratch: Path, photos: list[Path]) -> KioskHome:
    """A copy of the demo with `photos` imported into its photo section (after the demo's)."""
    home = copy_of(demo_home(scratch), scratch / "photos-home")
    report = import_media(home, photos, "photos")
    if report.rejected:
        raise RuntimeError(f"benchmark photos refused: {report.rejected}")
    publish(home, force=True)  # generated photos have no alt text; the kiosk shows them anyway
    return home
