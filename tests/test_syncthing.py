"""Syncthing as the fleet's transport, for real: two daemons on 127.0.0.1, the staff PC's
export folder shared send-only, the kiosk's inbox folder receive-only. The kiosk looks in its
inbox all the while Syncthing delivers, and installs each bundle once, whole: never while a
file is still on its way, though Syncthing writes the files one by one, in any order.

Slow; Syncthing (Debian's syncthing) is installed by `make test` as root."""

from __future__ import annotations

import logging
import random
import shutil
import socket
import time
from pathlib import Path

import pytest
from PIL import Image

from kiosk.services.bundle_export import export_bundle
from kiosk.services.fleet import fleet_table, write_status
from kiosk.services.inbox import Inbox
from tests.fleet import publish_titled, shown_title
from tests.syncthing import Syncthing

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        shutil.which("syncthing") is None,
        reason="Syncthing is not installed (make test installs Debian's syncthing as root)",
    ),
]
FOLDER = "exhibition"
DELIVERY_S = 180


@pytest.fixture
def transport(tmp_path):
    """(the staff PC's Syncthing, the kiosk's), introduced; the kiosk's receiving slowly
    (2 MB/s: Syncthing's kbps are KiB), so that the kiosk looks in on half-delivered states."""
    staff = Syncthing(tmp_path / "st-staff", "staff-pc")
    kiosk = Syncthing(tmp_path / "st-kiosk", "kiosk-1", receive_kbps=2000)
    try:
        staff.introduce(kiosk)
        kiosk.introduce(staff)
        yield staff, kiosk
    finally:
        staff.stop()
        kiosk.stop()


def _noise(path: Path, seed: int) -> Path:
    """A photo of a megabyte or so that no compression shrinks."""
    pixels = random.Random(seed).randbytes(900 * 600 * 3)
    Image.frombytes("RGB", (900, 600), pixels).save(path, quality=95)
    return path


def test_syncthing_delivers_and_the_kiosk_installs_each_bundle_whole_once(
    staff, kiosk, transport, tmp_path, caplog
):
    sender, receiver = transport
    photos = [_noise(tmp_path / f"noise-{n}.jpg", n) for n in range(8)]
    publish_titled(staff, "Second", *photos)
    outgoing = tmp_path / "to-the-kiosks"
    export_bundle(staff, outgoing)
    sender.share(FOLDER, outgoing, "sendonly", receiver)
    receiver.share(FOLDER, kiosk.root / "inbox" / FOLDER, "receiveonly", sender)
    inbox = Inbox(kiosk)
    caplog.set_level(logging.INFO, logger="kiosk.services.inbox")

    _deliver(inbox, receiver)
    assert shown_title(kiosk) == "Second"
    assert "not yet whole" in caplog.text  # the kiosk did look in while files were arriving

    publish_titled(staff, "Third", _noise(tmp_path / "one-more.jpg", 99))
    again = export_bundle(staff, outgoing)
    assert again.copied == 4  # the new photo, its two renditions, the archive
    sender.scan(FOLDER)
    _deliver(inbox, receiver)
    assert shown_title(kiosk) == "Third"
    assert len(kiosk.snapshot_names()) == 2  # the one before kept, for a rollback


def test_the_kiosks_status_comes_back_to_the_staff_pc(kiosk, transport, tmp_path):
    sender, receiver = transport
    write_status(kiosk, "20261130T100000Z-01", time.time() - 60)
    receiver.share("status-kiosk-1", kiosk.root / "outbox", "sendonly", sender)
    gathered = tmp_path / "kiosk-status"
    sender.share("status-kiosk-1", gathered / "kiosk-1", "receiveonly", receiver)

    deadline = time.monotonic() + DELIVERY_S
    while not (gathered / "kiosk-1" / "status.json").exists():
        assert time.monotonic() < deadline, "the status did not come back"
        time.sleep(0.2)
    lines, _ = fleet_table(gathered, stale_minutes=60)
    assert "20261130T100000Z-01" in lines[1] and lines[1].split()[1] == socket.gethostname()


def _deliver(inbox: Inbox, receiver: Syncthing) -> None:
    """Look in the inbox as the running kiosk does, until one bundle is installed; it must
    not be installed while Syncthing still has a file of it to bring."""
    deadline = time.monotonic() + DELIVERY_S
    while time.monotonic() < deadline:
        installed = inbox.check()
        if installed:
            assert receiver.needed(FOLDER) == 0, "installed before Syncthing had brought it all"
            assert len(installed) == 1
            assert inbox.check() == []
            return
        time.sleep(0.05)
    raise AssertionError(
        f"no bundle installed in {DELIVERY_S} s; Syncthing: {receiver.needed(FOLDER)} files to go"
    )
