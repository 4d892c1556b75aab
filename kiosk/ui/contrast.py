"""The contrast of every text on the screen, measured from the pixels as WCAG defines it.

The window is drawn twice: as it is, and with its texts made transparent (their places kept).
Where a text's letters are, the first picture holds the letters' colour and the second what
lies behind them, photograph, panel or shadow; their contrast ratio, taken over each text's
fully drawn pixels (the antialiased edges left out), is the text's. `kiosk snapshot` writes it
for the high-contrast pictures, and the tests hold every text there to 7:1 (WCAG AAA), the
on-screen keyboard's keys among them (its style takes the Theme's palettes).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PIL import Image, ImageChops
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage
from PySide6.QtQuick import QQuickItem, QQuickWindow

from kiosk.ui.items import open_panel
from kiosk.ui.settle import settle

# A text's letters are the pixels changed by at least this share of its largest change: the
# strokes' cores, not their antialiased edges.
CORE = 0.8
# The worst of a text's letters that is taken as its contrast, leaving out a few stray pixels.
PERCENTILE = 0.1


@dataclass(frozen=True)
class Measured:
    text: str
    ratio: float
    where: str  # objectName, or the type, and the place in the window


def text_contrasts(window: QQuickWindow) -> list[Measured]:
    """Each text shown in `window` and enabled, with its contrast against what lies behind;
    where a panel is open, the panel's (what lies under its scrim is not to be read)."""
    root = window.contentItem()
    texts = [t for t in _texts(open_panel(root) or root) if _on_screen(t, window)]
    drawn = _picture(window)
    kept = [(text, text.opacity()) for text in texts]
    try:
        for text, _ in kept:
            text.setOpacity(0)
        behind = _picture(window)
    finally:
        for text, opacity in kept:
            text.setOpacity(opacity)
        settle(window)
    found = []
    for text in texts:
        ratio = _ratio(drawn, behind, _box(text, window))
        if ratio is not None:
            found.append(Measured(text.property("text"), ratio, _where(text)))
    return found


def contrast(first: Sequence[int], second: Sequence[int]) -> float:
    """WCAG's contrast ratio of two sRGB colours, from 1 to 21."""
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _luminance(rgb: Sequence[int]) -> float:
    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in rgb[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _ratio(drawn: Image.Image, behind: Image.Image, box: tuple[int, int, int, int]):
    if box[2] <= box[0] or box[3] <= box[1]:
        return None
    letters, ground = drawn.crop(box), behind.crop(box)
    change = ImageChops.difference(letters, ground).convert("L").tobytes()
    most = max(change, default=0)
    if most < 24:  # nothing drawn here: covered, or a space
        return None
    a, b = letters.tobytes(), ground.tobytes()  # RGB, three bytes a pixel
    cores = (i for i, c in enumerate(change) if c >= CORE * most)
    ratios = sorted(contrast(a[3 * i : 3 * i + 3], b[3 * i : 3 * i + 3]) for i in cores)
    return ratios[int(PERCENTILE * (len(ratios) - 1))]


def _picture(window: QQuickWindow) -> Image.Image:
    settle(window)
    image = window.grabWindow().convertToFormat(QImage.Format.Format_RGB888)
    size = (image.width(), image.height())
    return Image.frombytes(
        "RGB", size, bytes(image.constBits()), "raw", "RGB", image.bytesPerLine()
    )


def _texts(item: QQuickItem) -> list[QQuickItem]:
    if not item.isVisible() or item.opacity() == 0 or not item.isEnabled():
        return []  # a disabled control's dimmed words are exempt, as WCAG says
    own = [item] if item.inherits("QQuickText") and item.property("text") else []
    return own + [text for child in item.childItems() for text in _texts(child)]


def _box(item: QQuickItem, window: QQuickWindow) -> tuple[int, int, int, int]:
    rect: QRectF = item.mapRectToScene(item.boundingRect())
    rect = rect.intersected(_clip(item)).intersected(QRectF(0, 0, window.width(), window.height()))
    return (int(rect.left()), int(rect.top()), int(rect.right()), int(rect.bottom()))


def _clip(item: QQuickItem) -> QRectF:
    """What the clipping items above `item` let show of the window."""
    shown = QRectF(-1e6, -1e6, 2e6, 2e6)
    parent = item.parentItem()
    while parent is not None:
        if parent.clip():
            shown = shown.intersected(parent.mapRectToScene(parent.boundingRect()))
        parent = parent.parentItem()
    return shown


def _on_screen(item: QQuickItem, window: QQuickWindow) -> bool:
    left, top, right, bottom = _box(item, window)
    return right - left >= 4 and bottom - top >= 4


def _where(item: QQuickItem) -> str:
    centre = item.mapToScene(item.boundingRect().center())
    return f"{item.objectName() or 'Text'} at ({centre.x():.0f}, {centre.y():.0f})"
