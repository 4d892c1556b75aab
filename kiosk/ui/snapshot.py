"""`kiosk snapshot`: every screen in every language, rendered offscreen to PNG files.

Staff and translators look at these to check a new exhibition without walking to the kiosk;
the tests use them to see that screens are drawn and that languages differ.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from kiosk.content.errors import KioskError
from kiosk.services.home import KioskHome


def take_snapshots(
    home: KioskHome,
    out: Path,
    size: tuple[int, int],
    report: Callable[[Path], None] = lambda path: None,
    text_size: int | None = None,
) -> list[Path]:
    """Render each screen in each language to `out/<screen>-<lang>.png`.

    `text_size` is a step as in settings.toml (0 is the smallest); None keeps the default.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_QUICK_BACKEND", "software")
    from PySide6.QtGui import QGuiApplication

    from kiosk.ui.app import load
    from kiosk.ui.settle import settle

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    kiosk = load(home, windowed=True)
    window = kiosk.window
    kiosk.engine.singletonInstance("Kiosk", "Theme").setProperty("still", True)
    window.resize(*size)
    window.show()
    settle(window, at_least_s=1.0)  # the first layout and the fonts, before any picture
    out.mkdir(parents=True, exist_ok=True)
    written = []
    try:
        c = kiosk.controllers
        if text_size is not None:
            c.visit.chooseTextSize(text_size)
        for lang in c.visit.languages_codes():
            c.visit.chooseLanguage(lang)
            for name, show in _screens(kiosk):
                show()
                settle(window)
                path = out / f"{name}-{lang}.png"
                if not window.grabWindow().save(str(path)):
                    raise KioskError(f"{path}: could not write the picture")
                written.append(path)
                report(path)
    finally:
        kiosk.close()
        app.processEvents()
    return written


def _screens(kiosk) -> Iterator[tuple[str, Callable[[], None]]]:
    c = kiosk.controllers
    nav, x = c.navigator, c.exhibition.exhibit
    sections = {s.kind: s.slug for s in x.sections("en")}

    def at(*trail: tuple[str, str]) -> Callable[[], None]:
        def go() -> None:
            c.idle.stillHere()
            c.staff.closePad()
            nav.attract() if not trail else nav.home()
            for screen, key in trail[1:]:
                nav.open(screen, key)

        return go

    home = ("home", "")
    yield "attract", at()
    yield "home", at(home)
    first = {
        "chronology": ("event", x.events[0].slug if x.events else ""),
        "media": ("photo", _first_slug(x.media_items(sections.get("media", ""), "en"))),
        "artworks": ("artwork", _first_slug(x.artwork_rows("en"))),
        "programme": ("piece", _first_slug(x.programme_rows("en"))),
    }
    for kind, slug in sections.items():
        section = (kind, slug)
        yield kind, at(home, section)
        if kind == "chronology":
            yield "chronology-end", lambda s=section: _at_end(kiosk, at(home, s), "timeline")
        detail, key = first.get(kind, ("", ""))
        if detail and key:
            yield detail, at(home, section, (detail, key))
        if detail == "photo" and key:
            yield "photo-zoomed", lambda s=section, k=key: _zoomed(kiosk, at(home, s, ("photo", k)))
        film = next((m.slug for m in x.media_items(slug, "en") if m.kind == "video"), "")
        if kind == "media" and film:
            yield "photo-video", lambda s=section, k=film: _video(kiosk, at(home, s, ("photo", k)))
    yield "idle", lambda: (at(home)(), c.idle.warn())
    yield "pin", lambda: (at(home)(), c.staff.openPad())


def _first_slug(rows: list) -> str:
    return rows[0].slug if rows else ""


def _zoomed(kiosk, show: Callable[[], None]) -> None:
    """The viewer's first picture zoomed in 3x at its centre, as after a pinch."""
    from PySide6.QtCore import Q_ARG, QMetaObject

    from kiosk.ui.items import named_item
    from kiosk.ui.settle import settle

    show()
    settle(kiosk.window)
    picture = named_item(kiosk.window.contentItem(), "zoomable-0")
    if picture is not None:
        centre = (Q_ARG("double", picture.width() / 2), Q_ARG("double", picture.height() / 2))
        QMetaObject.invokeMethod(picture, "zoomAt", *centre, Q_ARG("double", 3.0))


def _at_end(kiosk, show: Callable[[], None], name: str) -> None:
    """A flickable screen scrolled to its end (right, or bottom where time runs down)."""
    from PySide6.QtCore import QMetaObject

    from kiosk.ui.items import named_item
    from kiosk.ui.settle import settle

    show()
    settle(kiosk.window)
    view = named_item(kiosk.window.contentItem(), name)
    if view is not None:
        if view.metaObject().indexOfMethod("positionViewAtEnd()") >= 0:
            QMetaObject.invokeMethod(view, "positionViewAtEnd")  # a list: where its rows end
            return
        across = view.property("contentWidth") > view.property("width")
        axis, extent = ("contentX", "Width") if across else ("contentY", "Height")
        view.setProperty(axis, view.property(f"content{extent}") - view.property(extent.lower()))


def _video(kiosk, show: Callable[[], None]) -> None:
    """The viewer's video paused three seconds in, where the demo film has a subtitle."""
    from PySide6.QtCore import Q_ARG, QMetaObject

    from kiosk.ui.items import named_item
    from kiosk.ui.settle import settle

    show()
    settle(kiosk.window)
    pager = named_item(kiosk.window.contentItem(), "photoPager")
    index = pager.property("currentIndex") if pager is not None else -1
    video = named_item(kiosk.window.contentItem(), f"video-{index}")
    if video is not None:
        QMetaObject.invokeMethod(video, "still", Q_ARG("double", 3000.0))


def parse_size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise KioskError(f"--size {text}: give it as WIDTHxHEIGHT, e.g. 1920x1080") from None
    if not (320 <= width <= 8192 and 320 <= height <= 8192):
        raise KioskError(f"--size {text}: each side must be from 320 to 8192 pixels")
    return width, height
