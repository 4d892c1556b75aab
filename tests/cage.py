"""cage, the Wayland compositor of a kiosk PC (packaging/systemd), run for real by tests: its
headless output, Qt's Wayland platform, a kiosk drawing its first frame in it.

cage refuses to run as root, and a kiosk PC runs it as the `kiosk` user: tests, run as root by
`make test`, run it as `nobody`, with a home and a runtime folder of their own."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import tempfile
from pathlib import Path

AS_NOBODY = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", "--"]


def why_not(python: str, cwd: Path) -> str | None:
    """Why cage cannot run `python`'s kiosk here, or None."""
    if os.geteuid() != 0:
        return "runs cage as another user, which needs root (make test in CI is root)"
    missing = [p for p in ("cage", "Xwayland", "setpriv") if shutil.which(p) is None]
    if missing:
        return f"{', '.join(missing)} not installed (scripts/system-deps.sh installs them as root)"
    # Through a shell, as cage starts its client: setpriv's own exec reaches further.
    probe = f"exec {shlex.quote(python)} -c 'import kiosk'"
    if subprocess.run([*AS_NOBODY, "/bin/sh", "-c", probe], cwd=cwd).returncode != 0:
        return f"{python} or the project cannot be read by an unprivileged user"
    return None


def smoke_under_cage(kiosk: list[str], home_source: Path, cwd: Path) -> subprocess.CompletedProcess:
    """`kiosk run --smoke` (the command `kiosk` starts with) under cage, as nobody, on a copy
    of the home `home_source`."""
    with tempfile.TemporaryDirectory(prefix="kiosk-cage-") as scratch:
        root = Path(scratch)
        root.chmod(0o755)
        home, runtime = root / "home", root / "runtime"
        shutil.copytree(home_source, home)
        runtime.mkdir(mode=0o700)
        for path in (runtime, home, *home.rglob("*")):
            shutil.chown(path, "nobody", "nogroup")
        environment = {
            **os.environ,
            "HOME": str(home),
            "XDG_RUNTIME_DIR": str(runtime),
            "WLR_BACKENDS": "headless",  # no screen here; on a kiosk PC, its DRM output
            "WLR_RENDERER": "pixman",
            "WLR_LIBINPUT_NO_DEVICES": "1",
            "QT_QPA_PLATFORM": "wayland",
        }
        environment.pop("DISPLAY", None)
        command = [*kiosk, "run", "--smoke", "--home", str(home)]
        return subprocess.run(
            [*AS_NOBODY, "cage", "--", *command],
            env=environment,
            cwd=cwd,
            capture_output=True,
            text=True,
            timeout=120,
        )
