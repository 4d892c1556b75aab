"""Where the files shipped with the kiosk are: in a checkout, or inside an installed wheel."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent
_CANDIDATES = (_PACKAGE / "_data", _PACKAGE.parent)  # wheel install, then source checkout


def _shipped(name: str) -> Path:
    for root in _CANDIDATES:
        if (root / name).exists():
            return root / name
    return _CANDIDATES[-1] / name


def assets_dir() -> Path:
    return _shipped("assets")


def demo_source_dir() -> Path:
    wheel = _CANDIDATES[0] / "demo"
    return wheel if wheel.exists() else _PACKAGE.parent / "db" / "demo"


def font_path(name: str = "NotoSans-Regular.ttf") -> Path:
    return assets_dir() / "fonts" / name
