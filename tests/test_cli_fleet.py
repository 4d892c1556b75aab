"""`kiosk keys`, `kiosk bundle` and `kiosk fleet`, as staff and installers type them."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kiosk.cli import main
from kiosk.services.fleet import write_status
from tests.fleet import shown_title


@pytest.fixture
def runner():
    return CliRunner()


def _kiosk(runner, *args):
    return runner.invoke(main, [str(a) for a in args])


def test_a_museum_makes_its_key_once_and_kiosks_trust_it(runner, home, tmp_path):
    made = _kiosk(runner, "keys", "new", "--home", home.root)
    assert made.exit_code == 0, made.output
    public = _kiosk(runner, "keys", "show", "--home", home.root).output.strip()
    assert public.startswith("ed25519:") and f"kiosk keys trust {public}" in made.output
    assert (home.root / "keys" / "signing-key.pem").stat().st_mode & 0o077 == 0

    again = _kiosk(runner, "keys", "new", "--home", home.root)
    assert again.exit_code == 1 and "a signing key exists already" in again.output
    assert len(again.output.strip().splitlines()) == 1

    other = tmp_path / "kiosk"
    _kiosk(runner, "init", "--home", other)
    assert _kiosk(runner, "keys", "trust", public, "--home", other).exit_code == 0
    assert "already" in _kiosk(runner, "keys", "trust", public, "--home", other).output
    wrong = _kiosk(runner, "keys", "trust", "ed25519:short", "--home", other)
    assert wrong.exit_code == 1 and "not a public key" in wrong.output
    shown = _kiosk(runner, "keys", "show", "--home", other)
    assert shown.exit_code == 1 and "a kiosk only trusts one" in shown.output


def test_export_then_install_by_hand(runner, staff, kiosk, tmp_path):
    stick = tmp_path / "stick"
    exported = _kiosk(runner, "bundle", "export", "--out", stick, "--home", staff.root)
    assert exported.exit_code == 0 and "7 files, 7 copied" in exported.output, exported.output

    verified = _kiosk(runner, "bundle", "verify", stick, "--home", staff.root)
    assert verified.exit_code == 0 and "a whole bundle of snapshot" in verified.output

    installed = _kiosk(runner, "bundle", "install", stick, "--home", kiosk.root)
    assert installed.exit_code == 0 and "installed" in installed.output
    assert shown_title(kiosk) == "First"


def test_a_tampered_bundle_is_refused_in_one_line(runner, staff, kiosk, tmp_path):
    stick = tmp_path / "stick"
    _kiosk(runner, "bundle", "export", "--out", stick, "--home", staff.root)
    manifest = json.loads((stick / "manifest.json").read_text())
    manifest["snapshot"] = "20991231T000000Z-01"
    (stick / "manifest.json").write_text(json.dumps(manifest))

    assert _kiosk(runner, "bundle", "verify", stick, "--home", staff.root).exit_code == 1
    refused = _kiosk(runner, "bundle", "install", stick, "--home", kiosk.root)

    assert refused.exit_code == 1 and len(refused.output.strip().splitlines()) == 1
    assert "signature does not match" in refused.output and str(stick) in refused.output
    assert kiosk.current_snapshot() is None


def test_fleet_status_exits_1_when_a_kiosk_is_marked(runner, kiosk, tmp_path):
    outbox = tmp_path / "statuses"
    (outbox / "hall-1").mkdir(parents=True)
    status = json.loads(write_status(kiosk, "20261130T100000Z-01", 0).read_text())
    status["free_disk_mb"] = 50_000  # whatever this machine has
    (outbox / "hall-1" / "status.json").write_text(json.dumps(status))
    shown = _kiosk(runner, "fleet", "status", outbox)
    assert shown.exit_code == 0 and shown.output.splitlines()[1].startswith("ok"), shown.output

    status["written"] = "2026-01-01T00:00:00+00:00"
    (outbox / "hall-1" / "status.json").write_text(json.dumps(status))
    late = _kiosk(runner, "fleet", "status", outbox, "--stale-minutes", "1")
    assert late.exit_code == 1 and "STALE" in late.output
