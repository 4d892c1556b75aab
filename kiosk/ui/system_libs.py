"""The system libraries Qt's platforms need, and the Debian package of each.

Qt aborts (exit 134) when its platform plugin cannot load, and names the wrong library
(xcb-cursor0 whatever is missing); locked down, even that reaches only the log. So `kiosk run`
asks first, and says in one line what is missing. `scripts/system-deps.sh` reads the same table
(`python -m kiosk.ui.system_libs`) to check and install them.
"""

from __future__ import annotations

import ctypes
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

# soname -> Debian package (bookworm names).
PACKAGE_OF = {
    "libpulse.so.0": "libpulse0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
    "libX11.so.6": "libx11-6",
    "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
}
# Loaded with dlopen by the plugin when it starts, so the linker's view does not show it.
LOADED_LATER = {"xcb": ["libxcb-cursor.so.0"], "wayland": []}
_NOT_FOUND = re.compile(r"^\s*(\S+) => not found", re.MULTILINE)


def qt_dir() -> Path:
    import PySide6  # the wheel's own Qt, found without starting it

    return Path(PySide6.__file__).parent / "Qt"


def chosen_platform(environ: os._Environ | dict[str, str]) -> str:
    """The platform Qt will start on, as Qt chooses it on Linux."""
    asked = environ.get("QT_QPA_PLATFORM", "")
    if asked:
        return re.split(r"[;:]", asked)[0]
    if environ.get("WAYLAND_DISPLAY") and not environ.get("DISPLAY"):
        return "wayland"
    return "xcb"


def missing_for(platform: str) -> list[str]:
    """The sonames that keep Qt's `platform` plugin from loading (none for one Qt lacks)."""
    plugin = qt_dir() / "plugins" / "platforms" / f"libq{platform}.so"
    if platform not in LOADED_LATER or not plugin.exists():
        return []
    missing = _unresolved(plugin)
    missing += [s for s in LOADED_LATER[platform] if not _loadable(s) and s not in missing]
    return missing


def packages(sonames: list[str]) -> list[str]:
    return [PACKAGE_OF.get(s, f"(the package holding {s})") for s in sonames]


def _unresolved(binary: Path) -> list[str]:
    """None if `binary` loads (the quick, usual case: the libraries Qt loads next anyway),
    else every library it cannot find (ldd lists them all; the loader names the first)."""
    try:
        ctypes.CDLL(str(binary), mode=os.RTLD_LAZY)
        return []
    except OSError as error:
        first = re.findall(r"(\S+\.so[.\d]*): cannot open", str(error))[:1]
    if shutil.which("ldd"):
        listed = subprocess.run(["ldd", str(binary)], capture_output=True, text=True).stdout
        return sorted(set(_NOT_FOUND.findall(listed))) or first
    return first


def _loadable(soname: str) -> bool:
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


if __name__ == "__main__":
    # For scripts/system-deps.sh: the table, one "soname package" a line; with "qt", Qt's folder.
    if sys.argv[1:] == ["qt"]:
        print(qt_dir())
    else:
        print("\n".join(f"{soname} {package}" for soname, package in PACKAGE_OF.items()))
