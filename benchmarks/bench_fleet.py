"""Exhibition bundles at full size: the authoring suite's 10,000-photo home (kept in
build/bench/), published, exported, one photo added, exported again into the same folder;
and a bundle verified against `sha256sum` reading the same files."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

from benchmarks.bench_authoring import fresh_copy, photo_home
from benchmarks.bench_import import noisy_photo
from benchmarks.figures import Figure, median, wall_times
from kiosk.services.bundle_export import export_bundle
from kiosk.services.bundle_install import verify_bundle
from kiosk.services.bundle_manifest import MANIFEST
from kiosk.services.ingest import import_media
from kiosk.services.publish import publish
from kiosk.services.signing import new_key, public_key

RUNS = int(os.environ.get("BENCH_RUNS", "5"))


def run(scratch: Path) -> list[Figure]:
    staff = fresh_copy(photo_home(), scratch / "fleet-staff")
    new_key(staff)
    publish(staff, force=True)
    bundle = scratch / "fleet-stick"
    first = export_bundle(staff, bundle)
    one_more = scratch / "one-more.jpg"
    noisy_photo(one_more, (1600, 1200), seed=1991)
    import_media(staff, [one_more])
    publish(staff, force=True)
    before = _stamps(bundle)
    started = time.perf_counter()
    second = export_bundle(staff, bundle)
    took = time.perf_counter() - started
    written = sorted(p for p, stamp in _stamps(bundle).items() if before.get(p) != stamp)
    return [
        _second_bundle(first.files, second.copied, written, took),
        _verification(bundle, public_key(staff), second.files),
    ]


def _stamps(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        p.relative_to(folder).as_posix(): (p.stat().st_ino, p.stat().st_mtime_ns)
        for p in folder.rglob("*")
        if p.is_file()
    }


def _second_bundle(files: int, copied: int, written: list[str], took: float) -> Figure:
    """Files written by the second export: the photo's original and two renditions, the
    archive, and the manifest (written last, not counted among `copied`)."""
    media = [p for p in written if p.startswith("media/")]
    met = copied == 4 and len(media) == 3 and set(written) - set(media) == {"content.db", MANIFEST}
    return Figure(
        "fleet: files copied by a second bundle (one photo added)",
        copied,
        "files",
        "== 4 (the photo's 3 files and the archive; then the manifest)",
        met,
        f"of {files} in the first bundle, in {took:.1f} s; written: {', '.join(written)}",
    )


def _verification(bundle: Path, key: str, count: int) -> Figure:
    """`kiosk bundle verify` (signature, sizes, every file's SHA-256, the archive's quick check)
    against `sha256sum` over the same files, alternated, the page cache warm for both."""
    files = [str(p) for p in sorted(bundle.rglob("*")) if p.is_file()]
    size = sum(os.path.getsize(f) for f in files)

    def sha256sum() -> None:
        subprocess.run(
            ["xargs", "-0", "sha256sum"],
            input="\0".join(files).encode(),
            stdout=subprocess.DEVNULL,
            check=True,
        )

    sha256sum()  # the page cache warmed
    ratios, ours = [], []
    for _ in range(RUNS):
        theirs = wall_times(sha256sum, 1)[0]
        mine = wall_times(lambda: verify_bundle(bundle, [key]), 1)[0]
        ratios.append(theirs / mine)
        ours.append(mine)
    return Figure(
        "fleet: bundle verification / sha256sum throughput",
        median(ratios),
        "x",
        ">= 0.8",
        median(ratios) >= 0.8,
        f"{count} files, {size / 1e6:.0f} MB; verified in {median(ours):.2f} s (median of {RUNS})",
    )
