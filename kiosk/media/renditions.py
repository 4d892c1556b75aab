"""Screen-sized renditions of an image: a display image and a thumbnail, never the original.

A 24-megapixel JPEG is decoded at a fraction of its size (JPEG draft mode, scaled by the
decoder in 1/2, 1/4 or 1/8 steps) just large enough for the display rendition; the thumbnail
is made from that, so the full-size pixels are never in memory.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from math import ceil
from pathlib import Path

from PIL import ExifTags, Image, ImageCms, UnidentifiedImageError

from kiosk.content.errors import MediaError
from kiosk.media.files import atomic_write

DISPLAY_EDGE = 1920  # a 1920 x 1080 screen, landscape or portrait; 3840 for 4K
THUMB_EDGE = 480
MAX_PIXELS = 250_000_000  # a 10,000 x 10,000 scan passes; a bomb does not
BACKGROUND = (28, 27, 26)  # the kiosk's charcoal, behind transparent images
_TRANSPOSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
_SRGB = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))


@dataclass(frozen=True)
class RenditionFile:
    kind: str
    path: Path
    width: int
    height: int
    size: int
    mime: str = "image/jpeg"


@dataclass(frozen=True)
class RenditionSizes:
    display_edge: int = DISPLAY_EDGE
    thumb_edge: int = THUMB_EDGE
    max_pixels: int = MAX_PIXELS


def open_image(path: Path, max_pixels: int = MAX_PIXELS) -> Image.Image:
    """Open lazily (header only); refuse files that are not images or would be too large."""
    Image.MAX_IMAGE_PIXELS = max_pixels  # Pillow's own guard; ours below gives the clear message
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(path)
    except Image.DecompressionBombError as error:
        raise MediaError(f"{path}: refused, too many pixels ({error})") from error
    except UnidentifiedImageError as error:
        raise MediaError(
            f"{path}: not a picture (its content is not JPEG, PNG, TIFF or WebP)"
        ) from error
    except (OSError, SyntaxError, ValueError) as error:
        raise MediaError(f"{path}: not a readable image ({error})") from error
    width, height = image.size
    if width * height > max_pixels:
        image.close()
        raise MediaError(
            f"{path}: refused, {width} x {height} pixels is over the limit of "
            f"{max_pixels:,} (a possible decompression bomb)"
        )
    return image


def make_renditions(
    source: Path, targets: dict[str, Path], sizes: RenditionSizes = RenditionSizes()
) -> list[RenditionFile]:
    """Write the display and thumb renditions of `source` to `targets[kind]`."""
    with open_image(source, sizes.max_pixels) as image:
        try:
            display = _decode_for(image, sizes.display_edge)
        except (OSError, SyntaxError, ValueError) as error:
            raise MediaError(f"{source}: the image data is damaged ({error})") from error
    return _write_pair(display, targets, sizes)


def renditions_of(
    picture: Image.Image, targets: dict[str, Path], sizes: RenditionSizes = RenditionSizes()
) -> list[RenditionFile]:
    """Display and thumb renditions of a decoded RGB picture, e.g. a video's poster frame."""
    display = picture if picture.mode in ("RGB", "L") else picture.convert("RGB")
    display.thumbnail((sizes.display_edge, sizes.display_edge), Image.Resampling.LANCZOS)
    return _write_pair(display, targets, sizes)


def _write_pair(
    display: Image.Image, targets: dict[str, Path], sizes: RenditionSizes
) -> list[RenditionFile]:
    thumb = display.copy()
    # Averaged down by whole factors (1920 to 480 is 4: all of it), Lanczos for what is left:
    # a sixth of the cost of Lanczos after halving, and the same at the size of a tile.
    thumb.thumbnail(
        (sizes.thumb_edge, sizes.thumb_edge), Image.Resampling.LANCZOS, reducing_gap=1.0
    )
    return [
        _save(display, "display", targets["display"], 88),
        _save(thumb, "thumb", targets["thumb"], 82),
    ]


def _decode_for(image: Image.Image, edge: int) -> Image.Image:
    """Decode at the smallest scale that still covers `edge`, upright, in sRGB. What is left
    to shrink after the decoder's own scaling is less than half (a 6000 x 4000 photo decodes
    at 3000 x 2000 for 1920): bilinear, which Pillow filters over the whole reduction, does it
    at half the cost of Lanczos, with no difference at the size visitors see it."""
    scale = edge / max(image.size)
    if scale < 1:
        image.draft(None, (ceil(image.width * scale), ceil(image.height * scale)))
    image.load()
    picture = to_srgb(image)
    picture.thumbnail((edge, edge), Image.Resampling.BILINEAR, reducing_gap=3.0)
    # Turned after scaling, which is cheaper; the long edge is the same either way.
    turn = _TRANSPOSE.get(image.getexif().get(ExifTags.Base.Orientation, 1))
    return picture.transpose(turn) if turn is not None else picture


def to_srgb(image: Image.Image) -> Image.Image:
    """RGB or L pixels in sRGB: colour profiles applied, CMYK converted, alpha flattened."""
    if image.mode.startswith("I;16") or image.mode in ("I", "F"):
        image = image.convert("I").point(lambda v: v / 256).convert("L")
    icc = image.info.get("icc_profile")
    if icc and image.mode in ("RGB", "CMYK", "L"):
        try:
            profile = ImageCms.ImageCmsProfile(io.BytesIO(icc))
            mode = "L" if image.mode == "L" else "RGB"
            image = ImageCms.profileToProfile(image, profile, _SRGB, outputMode=mode)
        except (ImageCms.PyCMSError, OSError):
            pass  # a broken profile: fall back to the plain conversion below
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        flat = Image.new("RGB", rgba.size, BACKGROUND)
        flat.paste(rgba, mask=rgba.getchannel("A"))
        return flat
    return image if image.mode in ("RGB", "L") else image.convert("RGB")


def _save(image: Image.Image, kind: str, target: Path, quality: int) -> RenditionFile:
    with atomic_write(target) as handle:
        image.save(handle, "JPEG", quality=quality)
        size = handle.tell()
    return RenditionFile(kind, target, image.width, image.height, size)
