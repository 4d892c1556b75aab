"""Sample pictures for the demo exhibition, drawn by code so nothing is borrowed.

Each is a quiet composition in the kiosk's palette, the same every time for the same recipe
(seeded random numbers, no clock, no system fonts). The demo leaves them unmarked: the kiosk
marks sample content itself, with a badge in the visitor's language; `mark` draws a label into
the picture for a sample that will be seen elsewhere.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from kiosk.content.resources import font_path
from kiosk.media.files import atomic_write

Scene = Callable[[Image.Image, random.Random, tuple], None]
PALETTES = {
    "dusk": ((18, 22, 38), (92, 58, 70), (214, 150, 104)),
    "night": ((8, 12, 24), (26, 36, 66), (180, 190, 220)),
    "carnation": ((22, 18, 18), (70, 20, 28), (196, 36, 52)),
    "candle": ((14, 12, 10), (60, 40, 20), (250, 200, 120)),
    "paper": ((206, 196, 176), (150, 140, 120), (70, 60, 50)),
    "spring": ((30, 44, 40), (90, 130, 110), (230, 210, 160)),
}


def draw_sample(
    target: Path, scene: str, seed: int, size: tuple[int, int], palette: str, mark: str = ""
) -> None:
    """Render `scene` to the JPEG `target`, with `mark` in its corner if given."""
    image = scene_image(scene, seed, size, palette)
    if mark:
        draw_mark(image, mark)
    with atomic_write(target) as handle:
        image.save(handle, "JPEG", quality=90)


def scene_image(scene: str, seed: int, size: tuple[int, int], palette: str) -> Image.Image:
    """The scene alone, unmarked (a sample film pans across it and marks every frame)."""
    colours = PALETTES[palette]
    image = _gradient(size, colours[0], colours[1])
    SCENES[scene](image, random.Random(seed), colours)
    _vignette(image)
    return image


def _gradient(size: tuple[int, int], top: tuple, bottom: tuple) -> Image.Image:
    ramp = Image.linear_gradient("L").resize(size)
    return Image.composite(Image.new("RGB", size, bottom), Image.new("RGB", size, top), ramp)


def _glow(image: Image.Image, shapes: Callable[[ImageDraw.ImageDraw], None], blur: float) -> None:
    layer = Image.new("RGB", image.size, (0, 0, 0))
    shapes(ImageDraw.Draw(layer))
    from PIL import ImageChops  # local: only the glowing scenes need it

    image.paste(ImageChops.screen(image, layer.filter(ImageFilter.GaussianBlur(blur))))
    shapes(ImageDraw.Draw(image))


def _carnations(image: Image.Image, rng: random.Random, colours: tuple) -> None:
    w, h = image.size
    draw = ImageDraw.Draw(image)
    for i in range(4):  # stone steps
        y = int(h * (0.62 + i * 0.1))
        draw.rectangle((0, y, w, y + h // 10), fill=tuple(30 + i * 8 for _ in range(3)))
    for _ in range(38):
        cx, cy = rng.uniform(0.08, 0.92) * w, rng.uniform(0.6, 0.95) * h
        r = rng.uniform(0.018, 0.03) * w
        stem_end = (cx + rng.uniform(-1, 1) * r * 4, cy + r * 3)
        draw.line((cx, cy, *stem_end), fill=(40, 80, 50), width=max(2, int(r / 5)))
        for k in range(7):
            dx, dy = rng.uniform(-0.5, 0.5) * r, rng.uniform(-0.5, 0.5) * r
            shade = tuple(max(0, min(255, c + rng.randint(-30, 20) - k * 4)) for c in colours[2])
            draw.ellipse(
                (cx + dx - r, cy + dy - r * 0.8, cx + dx + r, cy + dy + r * 0.8), fill=shade
            )


def _candles(image: Image.Image, rng: random.Random, colours: tuple) -> None:
    w, h = image.size
    count = rng.randint(5, 9)

    def shapes(draw: ImageDraw.ImageDraw) -> None:
        for i in range(count):
            x = w * (i + 1) / (count + 1)
            top = h * rng.uniform(0.45, 0.6)
            cw = w * 0.018
            draw.rectangle((x - cw, top, x + cw, h * 0.92), fill=(200, 190, 170))
            draw.ellipse(
                (x - cw * 0.7, top - cw * 3.2, x + cw * 0.7, top - cw * 0.3), fill=colours[2]
            )

    state = rng.getstate()
    _glow(image, lambda d: (rng.setstate(state), shapes(d)), blur=w * 0.02)


def _tower(image: Image.Image, rng: random.Random, colours: tuple) -> None:
    w, h = image.size
    draw = ImageDraw.Draw(image)
    for _ in range(160):  # stars
        x, y, s = rng.uniform(0, w), rng.uniform(0, h * 0.5), rng.uniform(1, 3)
        draw.ellipse((x, y, x + s, y + s), fill=colours[2])
    cx, base = w * 0.62, h * 0.82
    draw.polygon(
        [
            (cx - w * 0.035, base),
            (cx - w * 0.008, h * 0.28),
            (cx + w * 0.008, h * 0.28),
            (cx + w * 0.035, base),
        ],
        fill=(12, 14, 20),
    )
    draw.ellipse((cx - w * 0.03, h * 0.33, cx + w * 0.03, h * 0.38), fill=(12, 14, 20))
    draw.line((cx, h * 0.28, cx, h * 0.08), fill=(12, 14, 20), width=max(3, w // 400))
    for _ in range(260):  # people holding the square, shoulder to shoulder
        x, r = rng.uniform(0, w), rng.uniform(0.008, 0.014) * w
        y = h * rng.uniform(0.84, 0.98)
        draw.ellipse((x - r, y - r * 3.2, x + r, y - r * 1.2), fill=(6, 8, 12))
        draw.rounded_rectangle((x - r * 1.6, y - r * 1.3, x + r * 1.6, h), r, fill=(6, 8, 12))


def _sea(image: Image.Image, rng: random.Random, colours: tuple) -> None:
    w, h = image.size
    draw = ImageDraw.Draw(image)
    horizon = h * 0.58
    draw.rectangle((0, horizon, w, h), fill=tuple(c // 2 for c in colours[1]))
    for _ in range(220):
        y = rng.uniform(horizon, h)
        x, length = rng.uniform(0, w), rng.uniform(0.02, 0.12) * w
        light = int(60 + 120 * (1 - (y - horizon) / (h - horizon)))
        draw.line((x, y, x + length, y), fill=(light, light * 3 // 4, light // 2), width=2)
    hills = (
        [(0, horizon)]
        + [(x, horizon - rng.uniform(0.01, 0.05) * h) for x in range(0, w + 1, w // 12)]
        + [(w, horizon)]
    )
    draw.polygon(hills, fill=tuple(c // 3 for c in colours[0]))


def _document(image: Image.Image, rng: random.Random, colours: tuple) -> None:
    w, h = image.size
    draw = ImageDraw.Draw(image)
    margin, y = w * 0.12, h * 0.14
    while y < h * 0.86:
        length = rng.uniform(0.45, 0.76) * w
        draw.rectangle((margin, y, margin + length, y + h * 0.012), fill=colours[1])
        y += h * rng.choice((0.035, 0.035, 0.06))
    cx, cy, r = w * 0.72, h * 0.78, w * 0.08
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=(120, 40, 50), width=max(4, w // 250))


def _abstract(image: Image.Image, rng: random.Random, colours: tuple) -> None:
    w, h = image.size
    layer = Image.new("RGB", image.size, colours[0])
    draw = ImageDraw.Draw(layer)
    for _ in range(90):
        x, y = rng.uniform(0, w), rng.uniform(0, h)
        rw, rh = rng.uniform(0.03, 0.25) * w, rng.uniform(0.01, 0.06) * h
        tint = colours[rng.randint(1, 2)]
        shade = tuple(max(0, min(255, c + rng.randint(-40, 40))) for c in tint)
        draw.rounded_rectangle((x, y, x + rw, y + rh), radius=int(rh / 2), fill=shade)
    image.paste(Image.blend(image, layer.filter(ImageFilter.GaussianBlur(w * 0.004)), 0.75))


def _vignette(image: Image.Image) -> None:
    w, h = image.size
    mask = Image.radial_gradient("L").resize((w, h)).point(lambda v: min(255, int(v * 0.9)))
    image.paste(Image.composite(Image.new("RGB", (w, h), (0, 0, 0)), image, mask))


def draw_mark(image: Image.Image, text: str) -> None:
    """A quiet but unmistakable label in the lower left corner."""
    w, h = image.size
    font = ImageFont.truetype(str(font_path("NotoSans-Bold.ttf")), max(14, h // 28))
    draw = ImageDraw.Draw(image)
    left, top, right, bottom = draw.textbbox((0, 0), text, font=font)
    pad = (bottom - top) // 2
    x, y = w // 40, h - h // 40 - (bottom - top) - 2 * pad
    draw.rectangle(
        (x, y, x + right - left + 2 * pad, y + bottom - top + 2 * pad), fill=(240, 232, 218)
    )
    draw.text((x + pad - left, y + pad - top), text, font=font, fill=(28, 27, 26))


SCENES: dict[str, Scene] = {
    "carnations": _carnations,
    "candles": _candles,
    "tower": _tower,
    "sea": _sea,
    "document": _document,
    "abstract": _abstract,
}
