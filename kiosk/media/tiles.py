"""Zoom tiles: a very large picture at full detail, cut into squares at halving scales.

Level 0 is the upright original, level 1 half of it, and so on down to the first level that
the display rendition already covers. A visitor zoomed in on a 10,000 x 10,000 scan is shown
the few tiles on screen, never the whole original. The tiles of a picture live in one folder,
`<level>/<col>_<row>.jpg`, written beside it and renamed into place, so that they arrive or
vanish together. Smaller originals need no tiles: the viewer decodes just the region on
screen (Qt reads a clip rectangle of a JPEG without keeping the rest).
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from math import ceil
from pathlib import Path

from PIL import Image, ImageOps

from kiosk.content.errors import MediaError
from kiosk.media.renditions import MAX_PIXELS, RenditionFile, open_image, to_srgb

TILE = 512
TILES_ABOVE = 4  # tiles for originals over 4x the display edge (a 24-MP photo is 3.1x of 1920)
QUALITY = 85


@dataclass(frozen=True)
class Pyramid:
    """The levels of an upright picture `width` x `height` that the display cannot cover."""

    width: int
    height: int
    display_edge: int

    @property
    def levels(self) -> int:
        count = 1
        while max(self.width, self.height) / 2**count > self.display_edge:
            count += 1
        return count

    def size(self, level: int) -> tuple[int, int]:
        return ceil(self.width / 2**level), ceil(self.height / 2**level)

    def grid(self, level: int) -> tuple[int, int]:
        width, height = self.size(level)
        return ceil(width / TILE), ceil(height / TILE)

    def box(self, level: int, col: int, row: int) -> tuple[int, int, int, int]:
        width, height = self.size(level)
        left, top = col * TILE, row * TILE
        return left, top, min(left + TILE, width), min(top + TILE, height)


def needs_tiles(width: int, height: int, display_edge: int, turned: bool) -> bool:
    """Very large pictures; and any larger than the display that EXIF turns, since the
    viewer's clip-rectangle reading works on the pixels as stored."""
    edge = max(width, height)
    return edge > TILES_ABOVE * display_edge or (turned and edge > display_edge)


def tile_name(level: int, col: int, row: int) -> str:
    return f"{level}/{col}_{row}.jpg"


def make_tiles(
    source: Path, target: Path, display_edge: int, max_pixels: int = MAX_PIXELS
) -> RenditionFile:
    """Every tile of `source` into the folder `target`; the tiles rendition."""
    with open_image(source, max_pixels) as image:
        try:
            picture = to_srgb(ImageOps.exif_transpose(image))
        except (OSError, SyntaxError, ValueError) as error:
            raise MediaError(f"{source}: the image data is damaged ({error})") from error
    pyramid = Pyramid(picture.width, picture.height, display_edge)
    partial = target.with_name(f".{target.name}.partial")
    shutil.rmtree(partial, ignore_errors=True)
    try:
        size = 0
        for level in range(pyramid.levels):
            if level:
                picture = picture.reduce(2)
            size += _cut_level(picture, pyramid, level, partial)
        shutil.rmtree(target, ignore_errors=True)
        partial.rename(target)
    except OSError:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    return RenditionFile("tiles", target, pyramid.width, pyramid.height, size, "image/jpeg")


def _cut_level(picture: Image.Image, pyramid: Pyramid, level: int, folder: Path) -> int:
    cols, rows = pyramid.grid(level)
    (folder / str(level)).mkdir(parents=True)
    size = 0
    for row in range(rows):
        for col in range(cols):
            path = folder / tile_name(level, col, row)
            picture.crop(pyramid.box(level, col, row)).save(path, "JPEG", quality=QUALITY)
            size += path.stat().st_size
    return size
