"""A contact sheet: many screen pictures on one page, small, each labelled with its number, so
that staff see a whole section at a glance and open the full picture of the one that looks
wrong."""

from __future__ import annotations

from math import ceil
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from kiosk.content.errors import MediaError
from kiosk.content.resources import assets_dir

COLUMNS = 4
THUMB_WIDTH = 400
GAP = 16
LABEL = 34  # the height of a thumbnail's label, below it
HEADING = 56
BACKGROUND = (28, 27, 26)  # the kiosk's own background (Theme.background)
INK = (240, 232, 218)  # Theme.text


def contact_sheet(pictures: list[tuple[int, Path]], heading: str, out: Path) -> Path:
    """Draw `pictures` (each with its number) as a grid under `heading`, to `out` (PNG)."""
    if not pictures:
        raise MediaError(f"{out}: no pictures for a contact sheet")
    thumbs = [(number, _thumbnail(path)) for number, path in pictures]
    height = max(thumb.height for _, thumb in thumbs)
    columns = min(COLUMNS, len(thumbs))
    rows = ceil(len(thumbs) / columns)
    sheet = Image.new(
        "RGB",
        (GAP + columns * (THUMB_WIDTH + GAP), HEADING + rows * (height + LABEL + GAP) + GAP),
        BACKGROUND,
    )
    draw = ImageDraw.Draw(sheet)
    draw.text((GAP, GAP), heading, fill=INK, font=_font(28, bold=True))
    for n, (number, thumb) in enumerate(thumbs):
        x = GAP + (n % columns) * (THUMB_WIDTH + GAP)
        y = HEADING + (n // columns) * (height + LABEL + GAP)
        sheet.paste(thumb, (x, y))
        draw.text((x, y + thumb.height + 4), f"{number:03d}", fill=INK, font=_font(24))
    try:
        sheet.save(out, "PNG")
    except OSError as error:
        raise MediaError(f"{out}: could not write the contact sheet ({error})") from error
    return out


def _thumbnail(path: Path) -> Image.Image:
    try:
        with Image.open(path) as picture:
            picture = picture.convert("RGB")
            height = round(picture.height * THUMB_WIDTH / picture.width)
            return picture.resize((THUMB_WIDTH, height), Image.Resampling.LANCZOS)
    except OSError as error:
        raise MediaError(f"{path}: cannot read the picture ({error})") from error


def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    name = "NotoSans-Bold.ttf" if bold else "NotoSans-Regular.ttf"
    return ImageFont.truetype(str(assets_dir() / "fonts" / name), size)
