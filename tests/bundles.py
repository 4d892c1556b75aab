"""The offline bundle and a minimal Debian 12 to install it on, for tests/test_bundle.py and
tests/test_boot.py (their fixtures, `bundle` and `minbase`, are in tests/conftest.py)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tarfile
from contextlib import contextmanager
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[1]
_RELEASE = Path("/etc/os-release").read_text() if Path("/etc/os-release").exists() else ""

ON_DEBIAN_12_AS_ROOT = [
    pytest.mark.slow,
    pytest.mark.skipif(os.geteuid() != 0, reason="unshare, chroot and debootstrap need root"),
    pytest.mark.skipif(
        'VERSION_ID="12"' not in _RELEASE or "ID=debian" not in _RELEASE,
        reason="the bundle is made on Debian 12, for Debian 12",
    ),
    pytest.mark.skipif(shutil.which("debootstrap") is None, reason="no debootstrap (make test)"),
    pytest.mark.timeout(1200),
]


def make_bundle(out: Path) -> Path:
    """`make bundle` into `out`; the bundle's folder, unpacked from the tar it writes."""
    if not list(Path("/var/lib/apt/lists").glob("*_Packages")):
        subprocess.run(["apt-get", "update", "-qq"], check=True)
    made = subprocess.run(
        [sys.executable, "packaging/bundle.py", "--out", out, "--work", out / "work"],
        cwd=PROJECT,
        capture_output=True,
        text=True,
    )
    assert made.returncode == 0, made.stderr
    tar = Path(made.stdout.strip())
    assert re.fullmatch(r"museum-kiosk-[\w.+]+-debian12-amd64\.tar", tar.name)
    with tarfile.open(tar) as archive:
        archive.extractall(out / "stick", filter="tar")
    (folder,) = (out / "stick").iterdir()
    return folder


def make_minbase(root: Path) -> Path:
    """A minimal Debian 12, as debootstrap makes it: the least a kiosk PC has."""
    subprocess.run(
        ["debootstrap", "--variant=minbase", "bookworm", root, "http://deb.debian.org/debian"],
        check=True,
        capture_output=True,
    )
    return root


def offline(*command, **options) -> subprocess.CompletedProcess:
    """A command in a network namespace of its own: no network at all."""
    return subprocess.run(["unshare", "--net", *map(str, command)], text=True, **options)


@contextmanager
def proc_mounted(root: Path):
    subprocess.run(["mount", "-t", "proc", "proc", root / "proc"], check=True)
    try:
        yield
    finally:
        subprocess.run(["umount", "--lazy", root / "proc"], check=False)
