"""The kiosk under cage, the Wayland compositor of a kiosk PC (packaging/systemd), for real:
cage's headless output, Qt's Wayland platform, `kiosk run --smoke` drawing its first frame.

cage refuses to run as root, and a kiosk PC runs it as the `kiosk` user: the test, run as
root by `make test`, runs it as `nobody`, with a home and a runtime folder of its own."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[2]
AS_NOBODY = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", "--"]


def _why_not() -> str | None:
    if os.geteuid() != 0:
        return "runs cage as another user, which needs root (make test in CI is root)"
    missing = [p for p in ("cage", "Xwayland", "setpriv") if shutil.which(p) is None]
    if missing:
        return f"{', '.join(missing)} not installed (scripts/system-deps.sh installs them as root)"
    # Through a shell, as cage starts its client: setpriv's own exec reaches further.
    probe = f"exec {shlex.quote(sys.executable)} -c 'import kiosk'"
    if subprocess.run([*AS_NOBODY, "/bin/sh", "-c", probe], cwd=PROJECT).returncode != 0:
        return f"{sys.executable} or the project cannot be read by an unprivileged user"
    return None


@pytest.mark.slow
def test_the_kiosk_draws_its_first_frame_under_cage(built_demo):
    why = _why_not()
    if why:
        pytest.skip(why)
    with tempfile.TemporaryDirectory(prefix="kiosk-cage-") as scratch:
        root = Path(scratch)
        root.chmod(0o755)
        home, runtime = root / "home", root / "runtime"
        shutil.copytree(built_demo.root, home)
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
        command = [sys.executable, "-m", "kiosk", "run", "--smoke", "--home", str(home)]
        done = subprocess.run(
            [*AS_NOBODY, "cage", "--", *command],
            env=environment,
            cwd=PROJECT,
            capture_output=True,
            text=True,
            timeout=120,
        )
    # cage exits 0 whatever its client did: the kiosk's own line is the proof.
    assert "first frame after" in done.stdout, done.stdout + done.stderr
