"""The bundle's wheelhouse: the kiosk's wheel and every dependency at the version this venv
runs (the one the kiosk was measured with), each pinned by SHA-256 in requirements.txt, so
that `pip install --no-index --require-hashes` installs exactly these files."""

from __future__ import annotations

import base64
import hashlib
import importlib.metadata as metadata
import re
import sys
import zipfile
from pathlib import Path

from common import BundleError, run
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name, parse_wheel_filename

# Pillow-SIMD (scripts/pillow-simd.sh) is Pillow with faster resizing, under another name.
SIMD = "pillow-simd"
SIMD_WHEELS = Path("build/wheels")
ABOUT_LICENCE = ("Name", "Version", "License", "Classifier: License", "Home-page", "Project-URL")
LICENCE_FILE = re.compile(r"(^|/)(LICEN[CS]E|COPYING|NOTICE|AUTHORS)[^/]*$", re.IGNORECASE)


def wheelhouse(project: Path, distribution: str, out: Path, licences: Path) -> str:
    """Fill `out` with wheels and `licences` with their licence files; the pinned
    requirements, one line per wheel."""
    out.mkdir(parents=True)
    pip = (sys.executable, "-m", "pip")
    run(*pip, "wheel", "--no-deps", "--quiet", "--wheel-dir", out, project)
    pins = runtime_closure(distribution)
    if pins.pop("pillow", None) is None:  # Pillow-SIMD stands in for it in this venv
        as_pillow(_simd_wheel(project, pins.pop(SIMD)), out)
    wanted = [f"{name}=={version}" for name, version in sorted(pins.items())]
    run(*pip, "download", "--no-deps", "--only-binary=:all:", "--quiet", "--dest", out, *wanted)
    lines = []
    for wheel in sorted(out.glob("*.whl")):
        name, version, _, _ = parse_wheel_filename(wheel.name)
        digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
        lines.append(f"{name}=={version} --hash=sha256:{digest}\n")
        _licences(wheel, licences / "python" / name)
    return "".join(lines)


def runtime_closure(distribution: str) -> dict[str, str]:
    """Every distribution `distribution` needs to run (no extras), with the version
    installed here; the imaging library under the name installed (pillow or pillow-simd)."""
    found: dict[str, str] = {}
    todo = [distribution]
    while todo:
        name = canonicalize_name(todo.pop())
        if name in found:
            continue
        if name == "pillow" and _installed(name) is None and _installed(SIMD):
            name = SIMD
        version = _installed(name)
        if version is None:
            raise BundleError(f"{name} is needed but not installed in {sys.prefix}")
        found[name] = version
        for line in metadata.requires(name) or []:
            requirement = Requirement(line)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                todo.append(requirement.name)
    found.pop(canonicalize_name(distribution))
    return found


def _installed(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def _simd_wheel(project: Path, version: str) -> Path:
    found = sorted((project / SIMD_WHEELS).glob(f"pillow_simd-{version}-*.whl"))
    if not found:
        raise BundleError(f"Pillow-SIMD {version} is installed, its wheel not in build/wheels")
    return found[-1]


def as_pillow(simd: Path, out: Path) -> Path:
    """Pillow-SIMD's wheel under the name pillow, version <its version>+simd: the kiosk asks
    for Pillow, and `pip check` is clean only when a distribution of that name is there."""
    _, version, _, _ = parse_wheel_filename(simd.name)
    tag = simd.name.removesuffix(".whl").split("-", 2)[2]
    new_version = f"{version}+simd"
    old_info, new_info = f"pillow_simd-{version}.dist-info/", f"pillow-{new_version}.dist-info/"
    target = out / f"pillow-{new_version}-{tag}.whl"
    records = []
    with zipfile.ZipFile(simd) as source, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as to:
        for item in source.infolist():
            name = item.filename.replace(old_info, new_info, 1)
            if name == new_info + "RECORD":
                continue
            data = source.read(item)
            if name == new_info + "METADATA":
                data = _renamed(data.decode("utf-8"), new_version).encode("utf-8")
            to.writestr(name, data)
            records.append(f"{name},sha256={_urlsafe_digest(data)},{len(data)}\n")
        records.append(f"{new_info}RECORD,,\n")
        to.writestr(new_info + "RECORD", "".join(records))
    return target


def _renamed(metadata_text: str, version: str) -> str:
    text = re.sub(r"^Name: .*$", "Name: pillow", metadata_text, count=1, flags=re.MULTILINE)
    return re.sub(r"^Version: .*$", f"Version: {version}", text, count=1, flags=re.MULTILINE)


def _urlsafe_digest(data: bytes) -> str:
    return base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()


def _licences(wheel: Path, folder: Path) -> None:
    """The wheel's licence files; where it carries none, what its metadata says."""
    folder.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(wheel) as archive:
        names = [n for n in archive.namelist() if LICENCE_FILE.search(n) and not n.endswith("/")]
        for name in names:
            (folder / name.replace("/", "__")).write_bytes(archive.read(name))
        if names:
            return
        meta = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        said = archive.read(meta).decode("utf-8", "replace").split("\n\n", 1)[0]
        kept = [line for line in said.splitlines() if line.startswith(ABOUT_LICENCE)]
        (folder / "LICENCE-from-metadata.txt").write_text("\n".join(kept) + "\n", encoding="utf-8")
