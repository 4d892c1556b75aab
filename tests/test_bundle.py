"""The offline bundle (`make bundle`) and its installer, as a technician uses them on a kiosk
PC with no network: built here, installed with the network cut (`unshare -n`), into a
scratch prefix and into a minimal Debian 12 made by debootstrap.

Slow, and as root only (unshare, chroot, debootstrap); skipped with the reason otherwise.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import replace
from pathlib import Path

import pytest

from tests.bundles import ON_DEBIAN_12_AS_ROOT, offline, proc_mounted
from tests.cage import smoke_under_cage, why_not

PROJECT = Path(__file__).resolve().parents[1]

pytestmark = ON_DEBIAN_12_AS_ROOT
# What a kiosk needs beyond the libraries the linker shows (tests below find those).
NAMED = ("cage", "xwayland", "seatd", "python3-venv", "pipewire-pulse", "libgl1-mesa-dri")


@pytest.fixture(scope="module")
def installed(bundle) -> Path:
    """The bundle's Python part installed with the network cut, as install.sh does: a venv of
    Debian's own Python (a kiosk PC's), in a folder the unprivileged user cage runs as reaches."""
    python = Path("/usr/bin/python3")
    if subprocess.run([python, "-c", "import ensurepip"], capture_output=True).returncode:
        pytest.skip("no Debian python3 with venv here (make test installs python3-venv as root)")
    scratch = Path(tempfile.mkdtemp(prefix="kiosk-bundle-"))
    scratch.chmod(0o755)
    prefix = scratch / "prefix"
    offline(python, "-m", "venv", prefix, check=True)
    pip = (prefix / "bin" / "python", "-m", "pip", "--disable-pip-version-check")
    done = offline(
        *pip, "install", "--quiet", "--no-index", "--require-hashes",
        "--find-links", bundle / "wheels", "--requirement", bundle / "requirements.txt",
        capture_output=True,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    checked = offline(*pip, "check", capture_output=True)
    assert checked.returncode == 0, checked.stdout
    yield prefix
    shutil.rmtree(scratch)


def test_the_installed_kiosk_draws_in_azerbaijani_offline(installed, demo_home, tmp_path):
    demo_home.save_settings(replace(demo_home.settings(), languages=["az"], default_language="az"))
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_QUICK_BACKEND": "software"}
    kiosk = installed / "bin" / "kiosk"
    smoke = offline(kiosk, "run", "--smoke", "--home", demo_home.root, env=environment,
                    capture_output=True)  # fmt: skip
    assert smoke.returncode == 0, smoke.stderr
    shots = tmp_path / "shots"
    drawn = offline(kiosk, "snapshot", "--out", shots, "--home", demo_home.root,
                    env=environment, capture_output=True)  # fmt: skip
    assert drawn.returncode == 0, drawn.stderr
    assert (shots / "home-az.png").stat().st_size > 10_000
    # The interface's own words come from the wheel's compiled translations; without them the
    # kiosk says so and shows English.
    assert ".qm is missing" not in drawn.stderr + smoke.stderr
    site = next((installed / "lib").glob("python3.*/site-packages"))
    assert (site / "kiosk" / "ui" / "i18n" / "kiosk_az.qm").stat().st_size > 1000


def test_the_installed_kiosk_draws_its_first_frame_under_cage(installed, built_demo):
    why = why_not(str(installed / "bin" / "python"), installed)
    if why:
        pytest.skip(why)
    done = smoke_under_cage([str(installed / "bin" / "kiosk")], built_demo.root, installed)
    # cage exits 0 whatever its client did: the kiosk's own line is the proof.
    assert "first frame after" in done.stdout, done.stdout + done.stderr


def test_the_debian_part_holds_every_package_the_kiosk_needs(bundle, minbase):
    debs = sorted((bundle / "debs").glob("*.deb"))
    in_bundle = set()
    for deb in debs:
        info = subprocess.run(["dpkg-deb", "--info", deb], capture_output=True, text=True)
        assert info.returncode == 0, f"{deb.name}: {info.stderr}"
        in_bundle.add(re.search(r"^ Package: (\S+)$", info.stdout, re.MULTILINE)[1])
    on_minbase = set(_packages_installed(minbase))
    needed = set(NAMED) | _packages_of(_linked_libraries())
    assert needed - in_bundle - on_minbase == set()
    assert (bundle / "licences" / "debian" / "cage.copyright").is_file()
    assert (bundle / "licences" / "python" / "pyside6-essentials").is_dir()


def test_install_sh_installs_upgrades_and_rolls_back_a_minimal_debian_offline(bundle, minbase):
    """install.sh for real, in a chroot of a minimal Debian 12 with the network cut. The
    upgrade is this bundle again under another version: install.sh's releases, links and
    rollback are what is tested."""
    root = minbase.parent / "kiosk-pc"
    subprocess.run(["cp", "-a", minbase, root], check=True)  # its devices as devices
    stick = root / "media" / "stick"
    shutil.copytree(bundle, stick / "first", symlinks=True)
    version = (bundle / "VERSION").read_text().strip()
    with proc_mounted(root):
        first = _install(root, "first")
        assert first.returncode == 0, first.stdout + first.stderr
        assert "install: kiosk doctor:" in first.stdout
        assert re.search(r"^ok +snapshot +\S+ is whole", first.stdout, re.MULTILINE)
        assert re.search(r"^ok +first frame", first.stdout, re.MULTILINE)
        assert _link(root, "current") == f"releases/{version}"
        assert _in(root, "/opt/museum-kiosk/current/bin/pip", "check").returncode == 0
        assert "kiosk:" in (root / "etc/passwd").read_text()
        wants = root / "etc/systemd/system"
        assert (wants / "graphical.target.wants/museum-kiosk.service").is_symlink()
        assert (wants / "timers.target.wants/museum-kiosk-restart.timer").is_symlink()
        assert (wants / "museum-kiosk-restart.timer.d/closing.conf").is_file()
        home = root / "var/lib/museum-kiosk"
        assert home.stat().st_uid == _uid(root, "kiosk")
        published = sorted(p.name for p in (home / "snapshots").iterdir())

        # A damaged copy changes nothing.
        shutil.copytree(bundle, stick / "next", symlinks=True)
        (stick / "next" / "VERSION").write_text("9.9.9\n")
        damaged = _install(root, "next")
        assert damaged.returncode == 1 and "is damaged" in damaged.stderr
        assert _link(root, "current") == f"releases/{version}"

        _reseal(stick / "next", "VERSION")
        upgrade = _install(root, "next")
        assert upgrade.returncode == 0, upgrade.stdout + upgrade.stderr
        assert (_link(root, "current"), _link(root, "previous")) == (
            "releases/9.9.9",
            f"releases/{version}",
        )
        assert sorted(p.name for p in (home / "snapshots").iterdir()) == published

        back = _install(root, "next", "--rollback")
        assert back.returncode == 0, back.stderr
        assert (_link(root, "current"), _link(root, "previous")) == (
            f"releases/{version}",
            "releases/9.9.9",
        )
        again = _install(root, "first")  # the same release again: nothing to redo
        assert "already installed" in again.stdout and again.returncode == 0


def _install(root: Path, folder: str, *options: str) -> subprocess.CompletedProcess:
    script = f"/media/stick/{folder}/install.sh"
    return offline("chroot", root, script, *options, capture_output=True)


def _in(root: Path, *command: str) -> subprocess.CompletedProcess:
    return offline("chroot", root, *command, capture_output=True)


def _link(root: Path, name: str) -> str:
    return os.readlink(root / "opt/museum-kiosk" / name)


def _uid(root: Path, user: str) -> int:
    line = next(x for x in (root / "etc/passwd").read_text().splitlines() if x.startswith(user))
    return int(line.split(":")[2])


def _reseal(folder: Path, changed: str) -> None:
    """SHA256SUMS again for a file the test changed on purpose."""
    sums = folder / "SHA256SUMS"
    digest = subprocess.run(
        ["sha256sum", changed], cwd=folder, capture_output=True, text=True, check=True
    ).stdout
    lines = [x for x in sums.read_text().splitlines() if not x.endswith(f"  {changed}")]
    sums.write_text("\n".join([*lines, digest.strip()]) + "\n")


def _packages_installed(root: Path) -> list[str]:
    status = (root / "var/lib/dpkg/status").read_text()
    return re.findall(r"^Package: (\S+)$", status, re.MULTILINE)


def _linked_libraries() -> list[str]:
    """The system libraries Qt's Wayland platform, Quick, Multimedia and PIL link to."""
    import PIL

    from kiosk.ui.system_libs import qt_dir

    qt = qt_dir()
    binaries = [
        qt / "lib/libQt6Quick.so.6",
        qt / "lib/libQt6Multimedia.so.6",
        qt / "plugins/platforms/libqwayland.so",
        qt / "plugins/multimedia/libffmpegmediaplugin.so",
        *Path(PIL.__file__).parent.glob("*.so"),
    ]
    linked = subprocess.run(["ldd", *binaries], capture_output=True, text=True).stdout
    return sorted({p for p in re.findall(r"=> (/\S+)", linked) if "site-packages" not in p})


def _packages_of(libraries: list[str]) -> set[str]:
    found = set()
    for library in libraries:
        for path in {library, library.replace("/usr/lib/", "/lib/"), "/usr" + library}:
            owner = subprocess.run(["dpkg", "-S", path], capture_output=True, text=True)
            found |= {line.split(":")[0] for line in owner.stdout.splitlines()}
    return found
