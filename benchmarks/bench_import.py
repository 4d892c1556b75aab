"""Import of 24-megapixel JPEGs against `vipsthumbnail` making thumbnails of the same files.

The design's target: `kiosk import` (thumbnail, display rendition, archive rows) takes no more
than 0.8× the wall time of vipsthumbnail making thumbnails alone, both on the same machine in
the same run. Also measured: one worker against all cores, the speed-up that says the import
uses both.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

import PIL
from PIL import Image

from benchmarks.figures import Figure, median, wall_times

PROJECT = Path(__file__).resolve().parent.parent
DATA = PROJECT / "build" / "bench" / "jpegs-24mp"
SIZE = (6000, 4000)
# A stick's worth: with a handful, the kiosk's start (Python, the archive: some 0.2 s) would
# weigh as much as a file's work does on each core; staff bring dozens.
FILES = int(os.environ.get("BENCH_IMPORT_FILES", "32"))
RUNS = int(os.environ.get("BENCH_RUNS", "5"))
VIPS_FIGURE = "import / vipsthumbnail wall time"
KIOSK = [sys.executable, "-m", "kiosk"]


def make_photos(folder: Path = DATA, count: int = FILES) -> list[Path]:
    """Camera-like files (about 9 MB each): smooth light with sensor grain, made once."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / f"photo-{n:02d}.jpg" for n in range(count)]
    for n, path in enumerate(paths):
        if not path.exists():
            noisy_photo(path, SIZE, 24 + n)
    return paths


def noisy_photo(path: Path, size: tuple[int, int], seed: int) -> None:
    """A JPEG as costly to decode as a photograph: noise does not compress away."""
    grain = Image.effect_noise(size, seed)
    light = Image.linear_gradient("L").resize(size)
    picture = Image.merge("RGB", (grain, light, Image.blend(grain, light, 0.5)))
    picture.save(path, quality=92)


def run(scratch: Path) -> list[Figure]:
    photos = make_photos()
    home = scratch / "import-home"
    vips_out = scratch / "vips"
    cores = os.cpu_count() or 1

    def fresh_home() -> None:
        shutil.rmtree(home, ignore_errors=True)
        subprocess.run([*KIOSK, "init", "--home", str(home)], check=True, capture_output=True)
        shutil.rmtree(vips_out, ignore_errors=True)
        vips_out.mkdir()

    def import_with(workers: int) -> Callable[[], None]:
        command = [*KIOSK, "import", "--home", str(home), "--workers", str(workers), str(DATA)]
        return lambda: _quietly(command)

    def thumbnails() -> None:
        _quietly(["vipsthumbnail", "-s", "480", "-o", f"{vips_out}/%s.jpg", *map(str, photos)])

    # Each kiosk run is followed at once by a vipsthumbnail run: a pair sees the same machine
    # (a shared host's speed drifts by a third over minutes), and its ratio is one sample.
    vips_run = thumbnails if shutil.which("vipsthumbnail") else None
    pairs = [_pair(import_with(cores), vips_run, fresh_home) for _ in range(RUNS)]
    all_cores = median([kiosk for kiosk, _ in pairs])
    one_core = median(wall_times(import_with(1), RUNS, fresh_home))
    return [
        Figure(
            f"import {len(photos)} 24-MP JPEGs, {cores} workers",
            all_cores,
            "s",
            "",
            None,
            f"1 worker: {one_core:.2f} s, speed-up {one_core / all_cores:.2f}× on {cores} cores; "
            f"{imaging_library()}",
        ),
        _against_vips(pairs) if vips_run else _vips_missing(),
    ]


def imaging_library() -> str:
    """Pillow or Pillow-SIMD (scripts/pillow-simd.sh), whichever `PIL` is: the display
    rendition's resize is 5× faster with the second, and the figure depends on it."""
    for name in ("Pillow-SIMD", "Pillow"):
        with contextlib.suppress(metadata.PackageNotFoundError):
            if metadata.version(name) == PIL.__version__:
                return f"{name} {PIL.__version__}"
    return f"PIL {PIL.__version__}"


def _pair(
    kiosk: Callable[[], None], vips: Callable[[], None] | None, before: Callable[[], None]
) -> tuple[float, float | None]:
    """Seconds of one kiosk import and of vipsthumbnail (None without it) right after it."""
    before()
    kiosk_seconds = wall_times(kiosk, 1)[0]
    return kiosk_seconds, wall_times(vips, 1)[0] if vips else None


def _against_vips(pairs: list[tuple[float, float]]) -> Figure:
    ratios = sorted(kiosk / vips for kiosk, vips in pairs)
    ratio = median(ratios)
    kiosk, vips = median([k for k, _ in pairs]), median([v for _, v in pairs])
    return Figure(
        VIPS_FIGURE,
        ratio,
        "×",
        "<= 0.8",
        ratio <= 0.8,
        f"median of {len(pairs)} pairs ({ratios[0]:.2f}–{ratios[-1]:.2f}); "
        f"kiosk {kiosk:.2f} s, vipsthumbnail {vips:.2f} s (medians)",
    )


def _vips_missing() -> Figure:
    note = "vipsthumbnail missing: apt-get install libvips-tools"
    return Figure(VIPS_FIGURE, None, "×", "<= 0.8", None, note)


def _quietly(command: list[str]) -> None:
    subprocess.run(command, check=True, capture_output=True)


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as scratch:
        for figure in run(Path(scratch)):
            print(figure.line())
