"""A museum's own exhibition at full size, built through a workbook: 10,000 photos, 1,000
events and 500 artworks.

The photos (small generated JPEGs) are imported once into a home made with `kiosk new`, and
that home is kept in build/bench/ for later runs. A workbook with the columns `kiosk export`
writes then describes every photo (caption, alt text, credit and rights in four languages),
adds 1,000 events naming photos and 500 artists with an artwork each. Measured on fresh
copies of the home: the workbook's import, a second import of the same workbook, publishing,
tap latency and resident memory in a kiosk of its own, the media grid scrolled end to end,
and the import of a folder of real-sized photos against vipsthumbnail.
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageOps

from benchmarks.bench_import import noisy_photo
from benchmarks.figures import Figure, median, p95, wall_times
from kiosk.content import workbook
from kiosk.services import sheet_metadata
from kiosk.services.home import KioskHome
from kiosk.services.ingest import import_media
from kiosk.services.new import new_exhibition
from kiosk.services.publish import publish

PROJECT = Path(__file__).resolve().parent.parent
CACHE = PROJECT / "build" / "bench" / "authoring"
PHOTOS = int(os.environ.get("BENCH_AUTHORING_PHOTOS", "10000"))
EVENTS = int(os.environ.get("BENCH_AUTHORING_EVENTS", "1000"))
ARTWORKS = int(os.environ.get("BENCH_AUTHORING_ARTWORKS", "500"))
RUNS = int(os.environ.get("BENCH_AUTHORING_RUNS", "3"))
PHOTO_SIZE = (640, 480)
LANGUAGES = ("en", "az", "lt", "ru")
WORDS = {
    "en": "the square at dawn crowd candles street river bridge winter",
    "az": "meydan səhər izdiham şamlar küçə çay körpü qış",
    "lt": "aikštė aušra minia žvakės gatvė upė tiltas žiema",
    "ru": "площадь рассвет толпа свечи улица река мост зима",
}


# -- the photos and the home they are imported into, made once


def make_photos(folder: Path, count: int = PHOTOS) -> list[Path]:
    """Small photos of distinct colours (distinct bytes: one record each), made once."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / f"photo-{n:05d}.jpg" for n in range(count)]
    light = Image.linear_gradient("L").resize(PHOTO_SIZE)
    for n, path in enumerate(paths):
        if path.exists():
            continue
        colour = (30 + 2 * (n % 100), 30 + 2 * (n // 100 % 100), 30 + (37 * n) % 200)
        dark = tuple(c // 4 for c in colour)
        ImageOps.colorize(light, dark, colour).save(path, quality=85)
    return paths


def photo_home() -> KioskHome:
    """A home made with `kiosk new`, the photos imported into its media section; kept."""
    home = KioskHome.resolve(CACHE / f"home-{PHOTOS}")
    if (home.root / "complete").exists():
        return home
    photos = make_photos(CACHE / "photos")[:PHOTOS]
    shutil.rmtree(home.root, ignore_errors=True)
    new_exhibition(home, "A city in photographs")
    report = import_media(home, photos)
    if report.rejected or len(report.imported) != len(photos):
        raise RuntimeError(f"benchmark photos refused: {report.rejected[:3]}")
    (home.root / "complete").write_text("")
    return home


# -- the workbook


def write_book(home: KioskHome, target: Path) -> Path:
    """The workbook `kiosk export --format xlsx` writes of `home`, filled in as a curator
    would: every photo described in four languages, events naming photos, artists and their
    artworks. In a folder of its own: files are named as export names them, by file name."""
    content, languages = home.draft_content(), home.settings().languages
    sheets = {
        name: sheet_metadata.sheet_rows(kind, content, languages)
        for name, kind in sheet_metadata.KINDS.items()
    }
    names = [row[1] for row in sheets["media"][1]]  # "file", after the media id
    _fill(sheets, "media", [_media_texts(n) for n in range(len(names))], update=True)
    _fill(sheets, "events", [_event(n, names) for n in range(EVENTS)])
    _fill(sheets, "artists", [_artist(n) for n in range(ARTWORKS)])
    _fill(sheets, "artworks", [_artwork(n, names) for n in range(ARTWORKS)])
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(workbook.write(sheets))
    return target


def _fill(sheets, name: str, rows: list[dict[str, str]], update: bool = False) -> None:
    """Rows (cells by header) added to a sheet, or, with `update`, written over its rows."""
    header, existing = sheets[name]
    unknown = {c for row in rows for c in row} - set(header)
    if unknown:
        raise RuntimeError(f"sheet {name}: no columns {sorted(unknown)}")
    if update:
        for cells, row in zip(existing, rows, strict=True):
            for column, text in row.items():
                cells[header.index(column)] = text
    else:
        existing += [[row.get(column, "") for column in header] for row in rows]


def _words(lang: str, n: int, count: int) -> str:
    words = WORDS[lang].split()
    return " ".join(words[(n * 7 + k * 3) % len(words)] for k in range(count))


def _texts(field: str, n: int, count: int, prefix: str = "") -> dict[str, str]:
    return {
        f"{field} ({lang})": f"{prefix}{_words(lang, n, count)} {n}".strip() for lang in LANGUAGES
    }


def _media_texts(n: int) -> dict[str, str]:
    return {
        **_texts("caption", n, 6),
        **_texts("alt", n + 1, 10),
        **_texts("credit", n + 2, 2, "© "),
        **_texts("rights", n + 3, 3),
    }


def _event(n: int, names: list[str]) -> dict[str, str]:
    photos = [names[(3 * n + k) % len(names)] for k in range(3)]
    return {
        "event id": f"event-{n:04d}",
        "start": f"{1900 + n // 12:04d}-{n % 12 + 1:02d}-{n % 28 + 1:02d}",
        "media": "; ".join(photos),
        **_texts("title", n, 4),
        **_texts("place", n + 5, 2),
        **_texts("body", n + 9, 60),
    }


def _artist(n: int) -> dict[str, str]:
    return {"artist id": f"artist-{n:03d}", **_texts("full name", n, 2)}


def _artwork(n: int, names: list[str]) -> dict[str, str]:
    return {
        "artwork id": f"artwork-{n:03d}",
        "artist": f"artist-{n:03d}",
        "year": str(1950 + n % 70),
        "image": names[(3 * EVENTS + n) % len(names)],
        **_texts("title", n + 11, 3),
        **_texts("medium", n + 13, 2),
        **_texts("description", n + 17, 40),
    }


def authoring_book(home: KioskHome) -> Path:
    """The workbook, written once per home kept (openpyxl takes some 20 s for it)."""
    target = CACHE / f"book-{PHOTOS}-{EVENTS}-{ARTWORKS}" / "exhibition.xlsx"
    if not target.exists():
        write_book(home, target.with_suffix(".part"))
        target.with_suffix(".part").rename(target)
    return target


def fresh_copy(home: KioskHome, target: Path) -> KioskHome:
    """A copy of `home` to change: its media files linked (nothing changes one in place, a
    new file replaces it), the archive and the rest copied."""
    shutil.rmtree(target, ignore_errors=True)
    media = home.root / "media"

    def copy(source: str, destination: str) -> None:
        if Path(source).is_relative_to(media):
            os.link(source, destination)
        else:
            shutil.copy2(source, destination)

    shutil.copytree(home.root, target, copy_function=copy)
    return KioskHome.resolve(target)


# -- the figures


def run(scratch: Path) -> list[Figure]:
    base = photo_home()
    book = authoring_book(base)
    homes = [fresh_copy(base, scratch / f"authoring-{n}") for n in range(RUNS)]
    first, again, changes = [], [], 0
    for home in homes:
        first.append(_timed_import(home, book))
        changes = sum(len(plan.changes) for plan in first[-1][1].sheets)
        again.append(_timed_import(home, book))
        if any(plan.changes for plan in again[-1][1].sheets):
            raise RuntimeError("the second import of the same workbook changed something")
    figures = [
        _import_figure(
            f"workbook import ({PHOTOS:,} photos, {EVENTS:,} events, {ARTWORKS} artworks)",
            [s for s, _ in first],
            "<= 10",
            f"{changes:,} changes",
        ),
        _import_figure(
            "workbook import again, nothing changed", [s for s, _ in again], "", "the same book"
        ),
    ]
    published = [wall_times(lambda h=h: _publish(h), 1)[0] for h in homes]
    figures.append(
        Figure(
            "publish, the workbook's exhibition",
            median(published),
            "s",
            "<= 3",
            median(published) <= 3,
            f"median of {len(published)} ({', '.join(f'{s:.2f}' for s in published)} s)",
        )
    )
    for extra in homes[1:]:
        shutil.rmtree(extra.root, ignore_errors=True)
    figures += kiosk_figures(homes[0])
    figures += mixed_import(scratch)
    return figures


def _timed_import(home: KioskHome, book: Path):
    start = time.perf_counter()
    report = import_media(home, [book])
    seconds = time.perf_counter() - start
    if report.rejected or report.stopped:
        raise RuntimeError(f"the workbook was refused: {report.rejected[:3]} {report.stopped}")
    return seconds, report


def _import_figure(name: str, times: list[float], target: str, what: str) -> Figure:
    value = median(times)
    limit = float(target.removeprefix("<= ")) if target else None
    return Figure(
        name,
        value,
        "s",
        target,
        value <= limit if limit is not None else None,
        f"median of {len(times)} ({', '.join(f'{s:.1f}' for s in times)} s), {what}",
    )


def _publish(home: KioskHome) -> None:
    snapshot = publish(home)  # no --force: the workbook leaves nothing for `kiosk check` to refuse
    if not snapshot.new:
        raise RuntimeError("publish made no snapshot")


# -- the kiosk showing it: in a process of its own, so that its memory is the kiosk's alone

SCROLL_SPEED = int(os.environ.get("BENCH_SCROLL_SPEED", "10000"))  # px/s: a fast flick's


def kiosk_figures(home: KioskHome) -> list[Figure]:
    from benchmarks.bench_screens import latency

    command = [sys.executable, "-m", "benchmarks.bench_authoring", "kiosk", str(home.root)]
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    found = json.loads(done.stdout.strip().splitlines()[-1])
    taps = found["taps"]
    figures = [latency(f"{kind} ({PHOTOS:,} photos)", times) for kind, times in taps.items()]
    every = [t for times in taps.values() for t in times]
    figures.append(latency(f"every kind ({PHOTOS:,} photos)", every))
    frames, grid = found["frames"], found["grid"]
    worst = p95(frames)
    figures.append(
        Figure(
            f"media grid of {grid['count']:,} scrolled end to end, frame time",
            worst,
            "ms p95",
            "<= 20",
            worst <= 20,
            f"median {median(frames):.1f} ms, longest {max(frames):.0f} ms, {len(frames)} frames; "
            f"{grid['rows']:,} rows of {grid['columns']}, {grid['pixels']:,} px at "
            f"{SCROLL_SPEED:,} px/s; reached the end: {grid['at_end']}",
        )
    )
    memory = found["memory"]
    figures.append(
        Figure(
            f"resident memory ({PHOTOS:,} photos)",
            memory["peak"],
            "MB",
            "< 300",
            memory["peak"] < 300,
            "highest resident size of the kiosk's process (VmHWM), taps and scrolling included; "
            + ", ".join(f"{k} {v:.0f}" for k, v in memory.items() if k != "peak"),
        )
    )
    return figures


def _in_kiosk(root: Path) -> dict:
    """Taps over every section as bench_screens does for the demo, then the media grid
    scrolled from top to bottom; memory sampled between."""
    from benchmarks.bench_screens import tap_latencies
    from benchmarks.driver import Driver, peak_mb, resident_mb

    home = KioskHome.resolve(root)
    driver = Driver(home)
    memory = {"started": resident_mb()}
    try:
        sections = ("chronology", "media", "artworks", "programme")
        taps = tap_latencies(home, sections, "media", driver)
        memory["after taps"] = resident_mb()
        frames, grid = _scroll_grid(driver)
        memory["after scrolling"] = resident_mb()
    finally:
        driver.close()
    memory["peak"] = peak_mb()
    return {"taps": taps, "frames": frames, "grid": grid, "memory": memory}


def _scroll_grid(driver) -> tuple[list[float], dict]:
    """The media grid moved from its top to its end at SCROLL_SPEED by the animation timer
    that moves a flick; the interval between one frame drawn and the next, in ms."""
    from PySide6.QtCore import QEasingCurve, QEventLoop, QPropertyAnimation

    driver.controllers.navigator.home()
    driver.settle()
    driver.tap(driver.find("sectionTile-media"))
    driver.settle()
    grid = driver.find("mediaGrid")
    driver.wait_for(lambda: grid.property("count") >= PHOTOS)
    top = grid.property("originY")
    end = top + grid.property("contentHeight") - grid.height()
    columns = round(grid.width() / grid.property("cellWidth"))
    swaps: list[float] = []

    def swapped() -> None:
        swaps.append(time.perf_counter())

    animation = QPropertyAnimation(grid, b"contentY")
    animation.setStartValue(top)
    animation.setEndValue(end)
    animation.setDuration(int((end - top) / SCROLL_SPEED * 1000))
    animation.setEasingCurve(QEasingCurve.Type.Linear)
    loop = QEventLoop()
    animation.finished.connect(loop.quit)
    driver.window.frameSwapped.connect(swapped)
    try:
        animation.start()
        loop.exec()
    finally:
        driver.window.frameSwapped.disconnect(swapped)
    frames = [(b - a) * 1000 for a, b in itertools.pairwise(swaps)]
    grid_facts = {
        "count": grid.property("count"),
        "columns": columns,
        "rows": -(-grid.property("count") // columns),
        "pixels": round(end - top),
        "at_end": bool(grid.property("atYEnd")),
    }
    return frames, grid_facts


# -- a mixed folder of real-sized photos against vipsthumbnail making the same two sizes

MIXED_MP = (1, 2, 5, 8, 12, 24)
MIXED_EACH = int(os.environ.get("BENCH_MIXED_EACH", "4"))
MIXED_RUNS = int(os.environ.get("BENCH_RUNS", "5"))


def make_mixed(folder: Path = CACHE / "mixed") -> list[Path]:
    """Camera-like 3:2 photos of 1 to 24 megapixels (grain over smooth light), made once."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for mp in MIXED_MP:
        width = round((mp * 1_500_000) ** 0.5)
        size = (width, width * 2 // 3)
        for n in range(MIXED_EACH):
            path = folder / f"photo-{mp:02d}mp-{n}.jpg"
            paths.append(path)
            if not path.exists():
                noisy_photo(path, size, 24 + n)
    return paths


def mixed_import(scratch: Path) -> list[Figure]:
    """Pairs as bench_import's: a `kiosk import` of the folder into a fresh home on all
    cores, then at once vipsthumbnail making the thumbnail and the display rendition."""
    from benchmarks.bench_import import KIOSK, _quietly
    from kiosk.content.settings import Settings

    photos = make_mixed()
    folder = photos[0].parent
    home, out = scratch / "mixed-home", scratch / "mixed-vips"
    edges = (Settings().thumb_edge, Settings().display_edge)
    name = f"import of {len(photos)} photos of {'-'.join(map(str, MIXED_MP))} MP / vipsthumbnail"
    if not shutil.which("vipsthumbnail"):
        return [Figure(name, None, "×", "<= 0.8", None, "vipsthumbnail missing")]
    pairs = []
    for _ in range(MIXED_RUNS):
        shutil.rmtree(home, ignore_errors=True)
        _quietly([*KIOSK, "init", "--home", str(home)])
        shutil.rmtree(out, ignore_errors=True)
        out.mkdir()
        command = [*KIOSK, "import", "--home", str(home), str(folder)]
        kiosk = wall_times(lambda c=command: _quietly(c), 1)
        vips = wall_times(lambda: _vips(photos, out, edges), 1)
        pairs.append((kiosk[0], vips[0]))
    ratios = sorted(k / v for k, v in pairs)
    ratio = median(ratios)
    return [
        Figure(
            name,
            ratio,
            "×",
            "<= 0.8",
            ratio <= 0.8,
            f"median of {len(pairs)} pairs ({ratios[0]:.2f}–{ratios[-1]:.2f}); kiosk "
            f"{median([k for k, _ in pairs]):.2f} s, vipsthumbnail -s {edges[0]} and -s "
            f"{edges[1]} {median([v for _, v in pairs]):.2f} s (medians)",
        )
    ]


def _vips(photos: list[Path], out: Path, edges: tuple[int, ...]) -> None:
    """Both sizes, each only ever smaller than the original, as the kiosk makes them."""
    for edge in edges:
        target = f"{out}/%s-{edge}.jpg"
        subprocess.run(
            ["vipsthumbnail", "-s", f"{edge}x{edge}>", "-o", target, *map(str, photos)],
            check=True,
            capture_output=True,
        )


if __name__ == "__main__":
    if sys.argv[1:2] == ["kiosk"]:
        print(json.dumps(_in_kiosk(Path(sys.argv[2]))))
    else:
        with tempfile.TemporaryDirectory() as scratch:
            for figure in run(Path(scratch)):
                print(figure.line())
