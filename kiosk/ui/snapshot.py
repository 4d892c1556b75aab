"""`kiosk snapshot`: every screen in every language, rendered offscreen to PNG files.

Staff and translators look at these to check a new exhibition without walking to the kiosk;
the tests use them to see that screens are drawn and that languages differ.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from kiosk.content.errors import KioskError, MediaError
from kiosk.media.contact_sheet import contact_sheet
from kiosk.media.subtitles import read_cues
from kiosk.services.exhibit import Exhibit
from kiosk.services.home import KioskHome
from kiosk.services.rows import MediaRow
from kiosk.ui.navigator import SECTION_SCREENS, Screen
from kiosk.ui.staff_panel import PAGES


def take_snapshots(
    home: KioskHome,
    out: Path,
    size: tuple[int, int],
    report: Callable[[Path], None] = lambda path: None,
    text_size: int | None = None,
    draft: bool = False,
    every_item: bool = False,
) -> list[Path]:
    """Render each screen in each language to `out/<screen>-<lang>.png`, again in high
    contrast to `out/contrast/` and with low reach to `out/reach/`; with `every_item`,
    each item of each section too, to `out/<section>/<screen>-<nnn>-<lang>.png` (numbered from
    1 in the section's order), and a contact sheet of them per section and language.

    `text_size` is a step as in settings.toml (0 is the smallest); None keeps the default.
    `draft` draws the draft (as `kiosk preview` shows it) instead of the published snapshot.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_QUICK_BACKEND", "software")
    from PySide6.QtGui import QGuiApplication

    from kiosk.ui import keyboard
    from kiosk.ui.app import load
    from kiosk.ui.settle import settle

    keyboard.prepare()
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    kiosk = load(home, windowed=True, draft=draft, counted=False)
    window = kiosk.window
    kiosk.engine.singletonInstance("Kiosk", "Theme").setProperty("still", True)
    window.resize(*size)
    window.show()
    settle(window, at_least_s=1.0)  # the first layout and the fonts, before any picture
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    items: dict[tuple[str, str], list[tuple[int, Path]]] = {}  # (section, lang): its pictures

    contrasts: list[str] = []  # each text of the high-contrast pictures, measured

    def shoot(name: str, show: Callable[[], None]) -> Path:
        show()
        settle(window)
        path = out / f"{name}.png"
        path.parent.mkdir(exist_ok=True)
        if not window.grabWindow().save(str(path)):
            raise KioskError(f"{path}: could not write the picture")
        written.append(path)
        report(path)
        if name.startswith("contrast/"):
            contrasts.extend(_measured(window, path))
        return path

    try:
        c = kiosk.controllers
        if text_size is not None:
            c.visit.chooseTextSize(text_size)
        for lang in c.visit.languages_codes():
            c.visit.chooseLanguage(lang)
            for folder, choice, names in VARIANTS:
                c.access.reset()
                if choice:
                    c.access.choose(choice, True)
                for name, show in _screens(kiosk):
                    if names is None or name in names:
                        shoot(f"{folder}{name}-{lang}", show)
            c.access.reset()
            for section, name, number, show in _items(kiosk) if every_item else ():
                path = shoot(f"{section}/{name}-{number:03d}-{lang}", show)
                items.setdefault((section, lang), []).append((number, path))
        written += _contrast_table(out, contrasts, report)
        written += _report_charts(kiosk, home, out, report)
    finally:
        kiosk.close()
        app.processEvents()
    return written + _contact_sheets(out, items, report)


def _measured(window, picture: Path) -> list[str]:
    """Each text of the window now shown, with its contrast (kiosk.ui.contrast): a row each."""
    from kiosk.ui.contrast import text_contrasts

    return [
        f"{picture.name}\t{m.ratio:.2f}\t{m.where}\t{' '.join(m.text.split())}"
        for m in text_contrasts(window)
    ]


def _report_charts(kiosk, home: KioskHome, out: Path, report: Callable) -> list[Path]:
    """report/<chart>.png: the charts of `kiosk stats --report` over the home's last 30 days."""
    from datetime import date, timedelta

    from kiosk.archive.stats import open_read_only
    from kiosk.services.stats_summary import summarise, titles
    from kiosk.ui.charts import charts_in

    today = date.today()
    summary = summarise(
        open_read_only(home.stats_file),
        today - timedelta(days=29),
        today,
        titles(kiosk.controllers.exhibition.exhibit.content),
    )
    written = []
    for name, png in charts_in(kiosk.engine, summary).items():
        path = out / "report" / f"{name}.png"
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(png)
        written.append(path)
        report(path)
    return written


def _contrast_table(out: Path, rows: list[str], report: Callable) -> list[Path]:
    """contrast/contrast.tsv: the high-contrast pictures' texts, the lowest contrast first."""
    if not rows:
        return []
    table = out / "contrast" / "contrast.tsv"
    rows.sort(key=lambda row: float(row.split("\t")[1]))
    table.write_text("picture\tcontrast\twhere\ttext\n" + "\n".join(rows) + "\n", "utf-8")
    report(table)
    return [table]


def _contact_sheets(
    out: Path, items: dict[tuple[str, str], list[tuple[int, Path]]], report: Callable
) -> list[Path]:
    """One sheet per section and language, made from the item pictures just written."""
    sheets = []
    for (section, lang), pictures in items.items():
        sheet = contact_sheet(
            pictures, f"{section} ({lang})", out / section / f"contact-{lang}.png"
        )
        sheets.append(sheet)
        report(sheet)
    return sheets


HOME = (Screen.Home, "")

# The screens drawn again with an access choice on, each set in a folder of its own: every
# screen in high contrast (its text is measured from these pictures); with low reach, those a
# visitor moves through.
REACH_SCREENS = {
    "home",
    "chronology",
    "event",
    "media",
    "artworks",
    "programme",
    "search",
    "access",
}
VARIANTS = (
    ("", "", None),
    ("contrast/", "highContrast", None),
    ("reach/", "lowReach", REACH_SCREENS),
)

# Each section's screen, the detail its items open to, and those items' keys in the order the
# section shows them.
DETAILS: dict[Screen, tuple[Screen, Callable[[Exhibit, str], list[str]]]] = {
    Screen.Chronology: (Screen.Event, lambda x, section: [e.slug for e in x.events]),
    Screen.Media: (Screen.Photo, lambda x, section: _slugs(x.media_items(section, "en"))),
    Screen.Artworks: (Screen.Artwork, lambda x, section: _slugs(x.artwork_rows("en"))),
    Screen.Programme: (Screen.Piece, lambda x, section: _slugs(x.programme_rows("en"))),
}


def _screens(kiosk) -> Iterator[tuple[str, Callable[[], None]]]:
    """Each screen's picture's name, and how to show it: the first section of each kind, the
    first item of each section, whatever the exhibition holds."""
    c = kiosk.controllers
    at = _way(kiosk)
    yield _name(Screen.Attract), at()
    yield _name(Screen.Home), at(HOME)
    for screen, slug in _first_sections(c.exhibition.exhibit).items():
        yield from _section_screens(kiosk, screen, slug)
    yield "search", lambda: _searching(kiosk, at(HOME, (Screen.Search, "")))
    yield "access", lambda: (at(HOME)(), c.access.showPanel(True))
    yield "idle", lambda: (at(HOME)(), c.idle.warn())
    yield "pin", lambda: (at(HOME)(), c.staff.openPad())
    for page in PAGES:  # the staff panel, as the right PIN opens it
        yield f"staff-{page}", lambda page=page: (at(HOME)(), _staff_page(c.panel, page))


def _staff_page(panel, page: str) -> None:
    if not panel.open:
        panel.show_unlogged()
    panel.choosePage(page)


def _section_screens(kiosk, screen: Screen, slug: str) -> Iterator[tuple[str, Callable]]:
    x, at = kiosk.controllers.exhibition.exhibit, _way(kiosk)
    home, section = HOME, (screen, slug)
    yield _name(screen), at(home, section)
    if screen == Screen.Chronology:
        yield "chronology-end", lambda: _at_end(kiosk, at(home, section), "timeline")
    detail, keys = DETAILS[screen]
    key = next(iter(keys(x, slug)), "")
    if key:
        yield _name(detail), at(home, section, (detail, key))
    if detail == Screen.Photo and key:
        yield "photo-zoomed", lambda: _zoomed(kiosk, at(home, section, (detail, key)))
    film = next((m for m in x.media_items(slug, "en") if m.kind == "video"), None)
    if screen == Screen.Media and film:
        shown = at(home, section, (Screen.Photo, film.slug))
        yield "photo-video", lambda: _video(kiosk, shown, film)


def _items(kiosk) -> Iterator[tuple[str, str, int, Callable[[], None]]]:
    """Every item of every section: the section's slug, the detail screen's name, the item's
    number (from 1) and how to show it; a film paused as in "photo-video"."""
    x, at = kiosk.controllers.exhibition.exhibit, _way(kiosk)
    for section in x.sections("en"):
        screen = SECTION_SCREENS.get(section.kind)
        if screen is None:
            continue
        detail, keys = DETAILS[screen]
        films = {m.slug: m for m in x.media_items(section.slug, "en") if m.kind == "video"}
        for number, key in enumerate(keys(x, section.slug), 1):
            shown = at(HOME, (screen, section.slug), (detail, key))
            film = films.get(key) if detail == Screen.Photo else None
            show = (lambda s=shown, f=film: _video(kiosk, s, f)) if film else shown
            yield section.slug, _name(detail), number, show


def _way(kiosk) -> Callable[..., Callable[[], None]]:
    """`at(*trail)`: a way to the last screen of `trail` (from Home; no trail is the attract
    loop), with no warning or PIN pad left open over it."""
    c = kiosk.controllers

    def at(*trail: tuple[Screen, str]) -> Callable[[], None]:
        def go() -> None:
            c.idle.stillHere()
            c.staff.closePad()
            c.panel.hide()
            c.access.showPanel(False)
            c.navigator.attract() if not trail else c.navigator.home()
            for screen, key in trail[1:]:
                c.navigator.open(screen, key)

        return go

    return at


def _first_sections(x: Exhibit) -> dict[Screen, str]:
    """The first section of each kind that a screen shows, by that screen."""
    first: dict[Screen, str] = {}
    for section in x.sections("en"):
        screen = SECTION_SCREENS.get(section.kind)
        if screen is not None:
            first.setdefault(screen, section.slug)
    return first


def _slugs(rows: list) -> list[str]:
    return [row.slug for row in rows]


def _name(screen: Screen) -> str:
    return screen.name.lower()


def _searching(kiosk, show: Callable[[], None]) -> None:
    """The search screen with its keyboard open, as a visitor has typed the exhibition's first
    suggested word in their language ("Baku", "Bakı", "Баку")."""
    show()
    search = kiosk.controllers.search
    search.setQuery(next(iter(search.suggestions), ""))


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


def _video(kiosk, show: Callable[[], None], film: MediaRow) -> None:
    """The viewer's video paused where its first subtitle shows (in the visitor's language),
    or a third of the way in if it has none: a film being watched, not a black first frame."""
    from PySide6.QtCore import Q_ARG, QMetaObject

    from kiosk.ui.items import named_item
    from kiosk.ui.settle import settle

    show()
    settle(kiosk.window)
    pager = named_item(kiosk.window.contentItem(), "photoPager")
    index = pager.property("currentIndex") if pager is not None else -1
    video = named_item(kiosk.window.contentItem(), f"video-{index}")
    if video is not None:
        c = kiosk.controllers
        ms = still_ms(c.exhibition.exhibit, film, c.visit.language)
        QMetaObject.invokeMethod(video, "still", Q_ARG("double", float(ms)))


def still_ms(x: Exhibit, film: MediaRow, language: str) -> int:
    """The middle of the film's first cue in `language` (or the language it falls back to);
    a third of its length if it has no cues."""
    path = x.subtitle_file(film.slug, language)
    try:
        cues = read_cues(path) if path is not None else []
    except MediaError:
        cues = []
    if cues:
        return (cues[0].start_ms + cues[0].end_ms) // 2
    return round(film.duration * 1000 / 3)


def parse_size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise KioskError(f"--size {text}: give it as WIDTHxHEIGHT, e.g. 1920x1080") from None
    if not (320 <= width <= 8192 and 320 <= height <= 8192):
        raise KioskError(f"--size {text}: each side must be from 320 to 8192 pixels")
    return width, height
