"""`make bundle`: all a Debian 12 kiosk PC needs to install the kiosk with no network, in one
tar for a USB stick (run on a Debian 12 machine that reaches PyPI and Debian's mirror).

dist/museum-kiosk-<version>-debian12-amd64.tar holds museum-kiosk-<version>/ with:
  install.sh, systemd/      the installer (packaging/install.sh) and the units it enables
  wheels/, requirements.txt the kiosk's wheel (translations compiled in) and every dependency
                            at the version this venv runs, pinned by SHA-256
  debs/                     the Debian packages a minimal Debian 12 lacks: cage, the libraries
                            Qt and Pillow load, Mesa, PipeWire for sound, Python's venv
  licences/                 the third-party licences, Python's and Debian's
  SHA256SUMS                every file's hash, checked by install.sh before it changes anything
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.metadata as metadata
import os
import shutil
import sys
import tarfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import debs  # noqa: E402  (packaging/debs.py, beside this file)
import wheels  # noqa: E402
from common import BundleError, step  # noqa: E402

PROJECT = HERE.parent
DISTRIBUTION = "museum-kiosk"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=PROJECT / "dist")
    parser.add_argument("--work", type=Path, default=PROJECT / "build" / "bundle")
    parser.add_argument("--no-debs", action="store_true", help="the Python part only")
    arguments = parser.parse_args()
    try:
        print(build(arguments.out, arguments.work, with_debs=not arguments.no_debs))
    except BundleError as error:
        sys.exit(f"bundle: {error}")


def build(out: Path, work: Path, with_debs: bool = True) -> Path:
    """The bundle's tar, made afresh in `out`; `work` holds the staged folder."""
    version = metadata.version(DISTRIBUTION)
    platform = debs.platform_name()
    name = f"{DISTRIBUTION}-{version}"
    stage = work / name
    shutil.rmtree(stage, ignore_errors=True)
    stage.mkdir(parents=True)
    step(f"wheels for Python {sys.version_info[0]}.{sys.version_info[1]}")
    pinned = wheels.wheelhouse(PROJECT, DISTRIBUTION, stage / "wheels", stage / "licences")
    (stage / "requirements.txt").write_text(pinned, encoding="utf-8")
    if with_debs:
        step("Debian packages beyond a minimal Debian 12")
        debs.download(stage / "debs", stage / "licences" / "debian")
    _installer(stage, version)
    _sums(stage)
    out.mkdir(parents=True, exist_ok=True)
    tar = out / f"{name}-{platform}.tar"
    partial = tar.with_suffix(".tar.partial")
    with tarfile.open(partial, "w") as archive:
        archive.add(stage, arcname=name)
    os.replace(partial, tar)  # never a half tar under the final name
    return tar


def _installer(stage: Path, version: str) -> None:
    shutil.copy2(HERE / "install.sh", stage / "install.sh")
    shutil.copytree(HERE / "systemd", stage / "systemd")
    (stage / "VERSION").write_text(version + "\n", encoding="utf-8")
    shutil.copy2(PROJECT / "LICENSE", stage / "LICENSE")
    shutil.copy2(PROJECT / "README.md", stage / "README.md")


def _sums(stage: Path) -> None:
    lines = []
    for path in sorted(p for p in stage.rglob("*") if p.is_file()):
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        lines.append(f"{digest}  {path.relative_to(stage)}\n")
    (stage / "SHA256SUMS").write_text("".join(lines), encoding="utf-8")


if __name__ == "__main__":
    main()
