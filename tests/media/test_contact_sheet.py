"""A contact sheet shows each picture small, in order, with its number under it."""

from __future__ import annotations

import pytest
from PIL import Image

from kiosk.content.errors import MediaError
from kiosk.media.contact_sheet import (
    BACKGROUND,
    COLUMNS,
    GAP,
    HEADING,
    LABEL,
    THUMB_WIDTH,
    contact_sheet,
)

COLOURS = [(200, 30, 30), (30, 200, 30), (30, 30, 200), (200, 200, 30), (30, 200, 200)]


def test_each_picture_is_in_its_place_in_order_with_a_label_under_it(tmp_path):
    pictures = []
    for n, colour in enumerate(COLOURS, 1):
        path = tmp_path / f"item-{n:03d}.png"
        Image.new("RGB", (1280, 800), colour).save(path)
        pictures.append((n, path))
    sheet = Image.open(contact_sheet(pictures, "photos (en)", tmp_path / "contact.png"))
    thumb_height = 800 * THUMB_WIDTH // 1280
    assert sheet.width == GAP + COLUMNS * (THUMB_WIDTH + GAP)  # four across, two rows
    assert sheet.height == HEADING + 2 * (thumb_height + LABEL + GAP) + GAP
    for n, colour in enumerate(COLOURS):
        x = GAP + (n % COLUMNS) * (THUMB_WIDTH + GAP)
        y = HEADING + (n // COLUMNS) * (thumb_height + LABEL + GAP)
        assert sheet.getpixel((x + THUMB_WIDTH // 2, y + thumb_height // 2)) == colour
        label = sheet.crop((x, y + thumb_height, x + THUMB_WIDTH, y + thumb_height + LABEL))
        assert not _blank(label), f"no label under {n + 1}"
    assert not _blank(sheet.crop((0, 0, sheet.width, HEADING)))


def test_no_pictures_or_an_unreadable_one_is_one_line_naming_the_file(tmp_path):
    with pytest.raises(MediaError, match="contact.png: no pictures"):
        contact_sheet([], "photos (en)", tmp_path / "contact.png")
    broken = tmp_path / "item-001.png"
    broken.write_bytes(b"not a picture")
    with pytest.raises(MediaError, match="item-001.png: cannot read the picture"):
        contact_sheet([(1, broken)], "photos (en)", tmp_path / "contact.png")


def _blank(region: Image.Image) -> bool:
    return region.getextrema() == tuple((value, value) for value in BACKGROUND)
