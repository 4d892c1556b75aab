"""Import of 24-megapixel JPEGs against `vipsthumbnail` making thumbnails of the same files.

The design's target: `kiosk import` (thumbnail, display rendition, archive rows) takes no more
than 0.8× the wall time of vipsthumbnail making thumbnails alone, both on the same machine in
the same run. Also measured: one worker against all cores, the speed-up that says the import
uses both.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image

from benchmarks.figures import Figure, median, wall_times

PROJECT = Path(__file__).resolve().parent.parent
DATA = PROJECT / "build" / "bench" / "jpegs-24mp"
SIZE = (6000, 4000)
# A stick's worth: with a handful, the kiosk's start (Python, the archive: some 0.2 s) would
# weigh as much as a file's work does on each core; staff bring dozens.
FILES = int(os.environ.get("BENCH_IMPORT_FILES", "32"))
RUNS = int(os.environ.get("BENCH_RUNS", "3"))
KIOSK = [sys.executable, "-m", "kiosk"]


def make_photos(folder: Path = DATA, count: int = FILES) -> list[Path]:
    """Camera-like files (about 9 MB each): smooth light with sensor grain, made once."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / f"photo-{n:02d}.jpg" for n in range(count)]
    for n, path in enumerate(paths):
        if path.exists():
            continue
        grain = Image.effect_noise(SIZE, 24 + n)
        light = Image.linear_gradient("L").resize(SIZE)
        picture = Image.merge("RGB", (grain, light, Image.blend(grain, light, 0.5)))
        picture.save(path, quality=92)
    return paths


def run(scratch: Path) -> list[Figure]:
    photos = make_photos()
    home = scratch / "import-home"

    def fresh_home() -> None:
        shutil.rmtree(home, ignore_errors=True)
        subprocess.run([*KIOSK, "init", "--home", str(home)], check=True, capture_output=True)

    def import_with(workers: int):
        command = [*KIOSK, "import", "--home", str(home), "--workers", str(workers), str(DATA)]
        return lambda: subprocess.run(command, check=True, capture_output=True)

    cores = os.cpu_count() or 1
    all_cores = median(wall_times(import_with(cores), RUNS, fresh_home))
    one_core = median(wall_times(import_with(1), RUNS, fresh_home))
    figures = [
        Figure(
            f"import {len(photos)} 24-MP JPEGs, {cores} workers",
            all_cores,
            "s",
            "",
            None,
            f"1 worker: {one_core:.2f} s, speed-up {one_core / all_cores:.2f}× on {cores} cores",
        )
    ]
    figures.append(_against_vips(photos, all_cores, scratch))
    return figures


def _against_vips(photos: list[Path], kiosk_seconds: float, scratch: Path) -> Figure:
    name = "import / vipsthumbnail wall time"
    if shutil.which("vipsthumbnail") is None:
        return Figure(
            name, None, "×", "<= 0.8", None, "vipsthumbnail missing: apt-get install libvips-tools"
        )
    out = scratch / "vips"

    def thumbnails() -> None:
        command = ["vipsthumbnail", "-s", "480", "-o", f"{out}/%s.jpg", *map(str, photos)]
        subprocess.run(command, check=True, capture_output=True)

    def clear() -> None:
        shutil.rmtree(out, ignore_errors=True)
        out.mkdir()

    vips = median(wall_times(thumbnails, RUNS, clear))
    ratio = kiosk_seconds / vips
    return Figure(
        name,
        ratio,
        "×",
        "<= 0.8",
        ratio <= 0.8,
        f"kiosk {kiosk_seconds:.2f} s, vipsthumbnail {vips:.2f} s",
    )


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as scratch:
        for figure in run(Path(scratch)):
            print(figure.line())
