"""HOME/inbox: where exhibition bundles arrive, copied from a USB stick, rsync'd or delivered
by Syncthing. The running kiosk looks now and then (kiosk.ui.inbox) and installs each bundle
that is whole and verifies (kiosk.services.bundle_install); the new snapshot is shown at the
next attract loop.

A bundle is a folder with a manifest.json: the inbox itself (Syncthing delivering the staff
PC's export folder into it) or any folder in it. One still arriving is looked at again only
once something in it changed, and what stops it is logged once for each state it is seen in;
one installed, here or by hand, is never installed again (kiosk.services.bundle_install
remembers it), so a snapshot staff roll back from stays rolled back."""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import time
from collections.abc import Callable
from pathlib import Path

from kiosk.content.errors import KioskError
from kiosk.services.bundle_install import Installed, install_bundle, installed_before
from kiosk.services.bundle_manifest import MANIFEST, BundleArriving, BundleRefused
from kiosk.services.home import KioskHome

log = logging.getLogger(__name__)
RETRY_S = 600  # a bundle that could not be installed for the kiosk's sake (a full disk)


class Inbox:
    def __init__(self, home: KioskHome, clock: Callable[[], float] = time.monotonic):
        self.home = home
        self.folder = home.inbox_dir
        self._clock = clock
        self._tried: dict[Path, str] = {}  # bundle -> the state it was last tried in
        self._retry: dict[Path, float] = {}  # bundle -> when to try again, unchanged

    def check(self) -> list[Installed]:
        """Install what arrived since the last look; what was installed."""
        installed = []
        for bundle in self.bundles():
            state = _state(bundle, self.home.settings_file)
            if self._tried.get(bundle) == state and self._clock() < self._retry.get(bundle, 1e300):
                continue
            self._tried[bundle] = state
            self._retry.pop(bundle, None)
            done = self._install(bundle)
            if done is not None:
                installed.append(done)
        return installed

    def bundles(self) -> list[Path]:
        """The inbox if it is a bundle, and every folder in it that is one, by name."""
        if not self.folder.is_dir():
            return []
        inside = sorted(
            p for p in self.folder.iterdir() if p.is_dir() and not p.name.startswith(".")
        )
        return [p for p in [self.folder, *inside] if (p / MANIFEST).is_file()]

    def _install(self, bundle: Path) -> Installed | None:
        if installed_before(self.home, bundle):
            return None
        try:
            return install_bundle(self.home, bundle)
        except BundleArriving as arriving:
            log.info("bundle not yet whole: %s", arriving)
        except BundleRefused as refused:
            log.warning("bundle refused, the kiosk shows what it showed: %s", refused)
        except KioskError as failed:  # the kiosk's side: its disk full, its home unwritable
            log.warning("bundle not installed, tried again in %d min: %s", RETRY_S // 60, failed)
            self._retry[bundle] = self._clock() + RETRY_S
        return None


def _state(bundle: Path, settings: Path) -> str:
    """What changes when anything in the bundle does (every file's path, size and time), or
    the kiosk's settings (a key trusted since)."""
    digest = hashlib.sha256()
    with contextlib.suppress(OSError):
        status = settings.stat()
        digest.update(f"{status.st_size}\0{status.st_mtime_ns}\n".encode())
    for root, folders, names in os.walk(bundle):
        folders.sort()
        for name in sorted(names):
            path = os.path.join(root, name)
            try:
                status = os.stat(path)
            except OSError:
                continue  # gone meanwhile: the next look sees the new state
            digest.update(f"{path}\0{status.st_size}\0{status.st_mtime_ns}\n".encode())
    return digest.hexdigest()
