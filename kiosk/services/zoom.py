"""Zooming into a picture to its full detail: what the viewer needs to draw it.

A picture with zoom tiles (made at import for very large or turned originals) is drawn from
them; any other picture larger than its display rendition is drawn, once zoomed past the
rendition's detail, from the region of its original that is on screen.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kiosk.content import model as m
from kiosk.media.tiles import TILE, Pyramid


class Zoom:
    def __init__(self, media: dict[str, m.Media], root: Path):
        self._media = media
        self._root = root

    def pyramid(self, sha: str) -> Pyramid | None:
        """The picture's full-detail levels, upright; None when there is nothing to zoom into
        (not a picture, or no larger than its display rendition)."""
        item = self._media.get(sha)
        if item is None or item.kind != "image":
            return None
        display = item.rendition("display")
        if display is None or not display.width:
            return None
        shown = max(display.width, display.height)
        tiles = item.rendition("tiles")
        if tiles is not None:
            return Pyramid(tiles.width, tiles.height, shown)
        if max(item.width or 0, item.height or 0) <= shown:
            return None
        return Pyramid(item.width or 0, item.height or 0, shown)

    def levels(self, sha: str) -> dict[str, Any]:
        """For the viewer: the full size, and either the tiles' folder (with the number of
        levels and the tile edge) or the original to read regions of; {} if no zoom."""
        pyramid = self.pyramid(sha)
        if pyramid is None:
            return {}
        item = self._media[sha]
        found: dict[str, Any] = {"width": pyramid.width, "height": pyramid.height}
        tiles = item.rendition("tiles")
        if tiles is not None:  # drawn from its tiles, or (folder gone) not zoomed at all
            folder = self._root / tiles.path
            if not folder.is_dir():
                return {}
            return {**found, "tiles": str(folder), "levels": pyramid.levels, "tile": TILE}
        original = self._root / item.path
        return {**found, "original": str(original)} if original.is_file() else {}
