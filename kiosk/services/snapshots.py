"""The kept snapshots, for `kiosk snapshots` and for publishing: each one's manifest (which
holds the fingerprint of the content it was made of: kiosk.archive.digest)."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from kiosk.services.home import KioskHome

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class KeptSnapshot:
    name: str
    published: datetime | None  # None when its manifest is missing or unreadable
    counts: dict[str, int]
    current: bool  # named in CURRENT
    shown: bool  # what `kiosk run` shows (another one when CURRENT's cannot be)


def kept_snapshots(home: KioskHome) -> list[KeptSnapshot]:
    """Every complete snapshot, oldest first."""
    home.require_settings()
    names = home.snapshot_names()
    if not names:
        return []
    current, shown = home.current_snapshot(), home.shown_snapshot()
    return [
        _kept(home, name, current is not None and current.parent.name == name, shown)
        for name in names
    ]


def _kept(home: KioskHome, name: str, current: bool, shown: str | None) -> KeptSnapshot:
    manifest = read_manifest(home.snapshots_dir / name)
    return KeptSnapshot(
        name, _time(manifest.get("published")), manifest.get("counts") or {}, current, name == shown
    )


def _time(text: Any) -> datetime | None:
    try:
        return datetime.fromisoformat(text)
    except (TypeError, ValueError):
        return None


def read_manifest(folder: Path) -> dict[str, Any]:
    """A snapshot's manifest.json; {} when it is missing or unreadable."""
    try:
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        log.warning("%s: no readable manifest.json (%s)", folder, error)
        return {}
    return manifest if isinstance(manifest, dict) else {}
