"""The bundle's Debian packages: those of packaging/debian-packages.txt, the libraries Qt and
the imaging library load, and everything they depend on that a minimal Debian 12 lacks,
resolved by apt itself against a stand-in for a minimal install's package list."""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

from common import BundleError, run

HERE = Path(__file__).resolve().parent
LISTED = HERE / "debian-packages.txt"
QT_LIBRARIES = ("Quick", "Multimedia", "MultimediaQuick", "WaylandClient", "Svg")
QT_PLUGINS = ("multimedia", "imageformats", "wayland-*", "iconengines")
STATUS_FIELDS = re.compile(
    r"^(Package|Version|Architecture|Multi-Arch|Provides|Depends|Pre-Depends|Essential):"
)


def platform_name() -> str:
    """debian12-amd64: the system the packages are for, which must be this one's."""
    release = dict(
        line.split("=", 1)
        for line in Path("/etc/os-release").read_text().splitlines()
        if "=" in line
    )
    name, version = release.get("ID", "?"), release.get("VERSION_ID", "?").strip('"')
    if (name, version) != ("debian", "12"):
        raise BundleError(f"the bundle is made on Debian 12 for Debian 12, not {name} {version}")
    return f"debian12-{run('dpkg', '--print-architecture').stdout.strip()}"


def wanted() -> list[str]:
    """The packages asked for by name: the list, Qt's libraries, those the binaries link."""
    listed = [w for line in LISTED.read_text().splitlines() for w in line.split("#")[0].split()]
    table = run(sys.executable, "-m", "kiosk.ui.system_libs").stdout.split()
    return sorted({*listed, *table[1::2], *packages_of(linked_libraries())})


def linked_libraries() -> list[Path]:
    """The system libraries that Qt's parts the kiosk loads (Quick, Multimedia and its FFmpeg,
    the Wayland platform, image formats) and the installed PIL's extensions link to."""
    import PIL
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    binaries = [qt / "lib" / f"libQt6{name}.so.6" for name in QT_LIBRARIES]
    binaries += [
        qt / "plugins" / "platforms" / f"libq{name}.so" for name in ("wayland", "offscreen")
    ]
    for folder in QT_PLUGINS:
        binaries += sorted((qt / "plugins").glob(f"{folder}/*.so"))
    binaries += sorted(Path(PIL.__file__).parent.glob("*.so"))
    linked = run("ldd", *[b for b in binaries if b.exists()]).stdout
    return sorted({Path(p) for p in re.findall(r"=> (/\S+)", linked) if "-packages/" not in p})


def packages_of(libraries: list[Path]) -> set[str]:
    """The Debian package of each library (by its path, /lib or /usr/lib alike)."""
    found = set()
    for library in libraries:
        names = {str(library), str(library).replace("/usr/lib/", "/lib/", 1)}
        names.add(str(library).replace("/lib/", "/usr/lib/", 1))
        done = subprocess.run(["dpkg", "-S", *sorted(names)], capture_output=True, text=True)
        found |= {line.split(":")[0] for line in done.stdout.splitlines()}
    return found


def download(out: Path, licences: Path) -> list[Path]:
    """The .deb of every package wanted and of what it needs beyond a minimal Debian 12."""
    out.mkdir(parents=True)
    with tempfile.TemporaryDirectory() as scratch:
        status = Path(scratch) / "status"
        status.write_text(minimal_status(), encoding="utf-8")
        (Path(scratch) / "partial").mkdir()
        run(
            "apt-get", "--download-only", "--yes", "--quiet", "--quiet",
            "-o", f"Dir::State::status={status}", "-o", f"Dir::Cache::archives={scratch}",
            "-o", "APT::Install-Recommends=false", "-o", "Debug::NoLocking=1",
            "install", *wanted(),
        )  # fmt: skip
        for deb in Path(scratch).glob("*.deb"):
            deb.rename(out / deb.name)
    debs = sorted(out.glob("*.deb"))
    if not debs:
        raise BundleError("apt-get downloaded no packages")
    for deb in debs:
        _copyright(deb, licences)
    return debs


def minimal_status() -> str:
    """A dpkg status file as on a minimal Debian 12 (debootstrap's minbase): every package of
    priority required, apt, and what they depend on (of alternatives, one already there, or
    else the first)."""
    stanzas = _available()
    base = {n for n, f in stanzas.items() if f.get("Priority") == "required"}
    base |= {n for n, f in stanzas.items() if f.get("Essential") == "yes"}
    base |= {"apt", "usr-is-merged"}  # as debootstrap: bookworm has /usr merged, not usrmerge
    providers: dict[str, list[str]] = {}
    for name, fields in stanzas.items():
        for provided in re.findall(r"([a-z0-9.+-]+)(?:\s*\([^)]*\))?", fields.get("Provides", "")):
            providers.setdefault(provided, []).append(name)

    def resolve(wanted: str) -> list[str]:  # the real packages that satisfy `wanted`
        return ([wanted] if wanted in stanzas else []) + providers.get(wanted, [])

    kept: set[str] = set()
    todo = sorted(base)
    while todo:
        name = todo.pop()
        if name in kept:
            continue
        kept.add(name)
        for field in ("Depends", "Pre-Depends"):
            for group in stanzas[name].get(field, "").split(","):
                names = [
                    c
                    for w in re.findall(
                        r"([a-z0-9.+-]+)(?::\w+)?\s*(?:\([^)]*\))?\s*(?:\||$)", group.strip()
                    )
                    for c in resolve(w)
                ]
                if names and not any(n in kept or n in base for n in names):
                    todo.append(names[0])
    return "".join(_installed_stanza(stanzas[name]) for name in sorted(kept))


def _available() -> dict[str, dict[str, str]]:
    stanzas: dict[str, dict[str, str]] = {}
    for text in run("apt-cache", "dumpavail").stdout.split("\n\n"):
        fields = dict(re.findall(r"^([A-Za-z-]+): (.*)$", text, re.MULTILINE))
        if "Package" in fields:
            fields["_text"] = text
            stanzas.setdefault(fields["Package"], fields)
    if not stanzas:
        raise BundleError("apt knows no packages: run apt-get update first")
    return stanzas


def _installed_stanza(fields: dict[str, str]) -> str:
    lines = [line for line in fields["_text"].splitlines() if STATUS_FIELDS.match(line)]
    return "\n".join([*lines, "Status: install ok installed"]) + "\n\n"


def _copyright(deb: Path, licences: Path) -> None:
    """The package's copyright file (Debian keeps every licence there)."""
    package = run("dpkg-deb", "--field", deb, "Package").stdout.strip()
    inside = f"./usr/share/doc/{package}/copyright"
    tar = subprocess.run(["dpkg-deb", "--fsys-tarfile", str(deb)], capture_output=True)
    text = subprocess.run(["tar", "-xO", inside], input=tar.stdout, capture_output=True).stdout
    licences.mkdir(parents=True, exist_ok=True)
    if text:
        (licences / f"{package}.copyright").write_bytes(text)
