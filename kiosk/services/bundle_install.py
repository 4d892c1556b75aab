"""`kiosk bundle install` and the kiosk's inbox: a bundle becomes the kiosk's current snapshot
only when all of it verifies; otherwise nothing the kiosk shows changes.

First what needs no file read (kiosk.services.bundle_manifest: the signature of a trusted key,
exactly the files listed, at their sizes); then each file is read once, hashed as it is copied
into the home, and a file whose hash differs stops the install before anything is shown;
last the archive must pass SQLite's quick check. Media land in the home's store under the
names the bundle gives them (named by their original's hash: an unchanged one is not
copied again); the snapshot is built in a hidden folder and named in CURRENT only at the
end, as publishing does, so a kiosk killed half-way shows what it showed. The running kiosk
shows the new snapshot at its next attract loop (kiosk.ui.new_snapshots)."""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from kiosk.archive import snapshot_problems
from kiosk.content.errors import KioskError
from kiosk.media.files import (
    FILE_MODE,
    SHARED_FILE_MODE,
    atomic_write,
    atomic_write_bytes,
    open_regular,
)
from kiosk.media.store import CHUNK, sha256_of
from kiosk.services.bundle_manifest import (
    ARCHIVE,
    BundleRefused,
    Listed,
    Manifest,
    parse_manifest,
    read_checked,
)
from kiosk.services.home import KioskHome
from kiosk.services.publish import incoming_folder, make_current, place_snapshot, remove_tree
from kiosk.services.snapshots import read_manifest

log = logging.getLogger(__name__)
REMEMBERED = 100  # bundles installed, remembered; older ones are long gone from any inbox
MISMATCH = (
    "does not match its SHA-256 (damaged or altered; on the staff PC, "
    "`kiosk bundle export --checksum` into the same folder rewrites it)"
)


@dataclass(frozen=True)
class Installed:
    snapshot: str
    new: bool  # False: the snapshot was kept already, and is now current again


def install_bundle(
    home: KioskHome,
    folder: Path,
    progress: Callable[[int, int], None] = lambda done, total: None,
) -> Installed:
    """Verify the bundle in `folder` and make its snapshot the current one; BundleRefused
    (one line: the bundle and the reason) leaves the kiosk as it was."""
    settings = home.settings()
    if not settings.trusted_keys:
        raise BundleRefused(
            f"{home.settings_file}: trusts no key yet, so installs no bundle; on the staff PC, "
            f"`kiosk keys show` prints the museum's key; here, `kiosk keys trust KEY --home "
            f"{home.root}` trusts it"
        )
    manifest = read_checked(folder, settings.trusted_keys)
    if manifest.snapshot in home.snapshot_names():
        return _remember(home, folder, _kept_already(home, folder, manifest))
    media = {p: f for p, f in manifest.files.items() if p != ARCHIVE}
    for done, (path, listed) in enumerate(sorted(media.items()), 1):
        _take(folder / path, home.root / path, listed, folder, path)
        progress(done, len(manifest.files))
    incoming = incoming_folder(home, manifest.snapshot)
    try:
        archive = incoming / ARCHIVE
        _take(folder / ARCHIVE, archive, manifest.files[ARCHIVE], folder, ARCHIVE)
        problems = snapshot_problems(archive)
        if problems:
            raise BundleRefused(f"{folder}: {ARCHIVE} fails SQLite's check: {problems[0]}")
        place_snapshot(home, incoming, _snapshot_manifest(manifest), settings.keep_snapshots)
    except BaseException:
        remove_tree(incoming)
        raise
    progress(len(manifest.files), len(manifest.files))
    log.info("installed snapshot %s from the bundle %s", manifest.snapshot, folder)
    return _remember(home, folder, Installed(manifest.snapshot, True))


def installed_before(home: KioskHome, folder: Path) -> bool:
    """Whether the snapshot of the bundle in `folder` was installed here before (exported
    again, its manifest is new; its snapshot is not)."""
    try:
        return parse_manifest(folder).snapshot in _record(home)
    except BundleRefused:
        return False  # the install says why


def _remember(home: KioskHome, folder: Path, installed: Installed) -> Installed:
    record = _record(home)
    record[installed.snapshot] = {
        "folder": str(folder),
        "installed": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    kept = dict(list(record.items())[-REMEMBERED:])
    try:
        data = json.dumps(kept, indent=1).encode()
        atomic_write_bytes(_record_file(home), data, SHARED_FILE_MODE)
    except OSError as error:  # installed all the same; the inbox may look at it once more
        log.warning("%s not written: %s", _record_file(home), error)
    return installed


def _record(home: KioskHome) -> dict[str, dict]:
    try:
        data = json.loads(_record_file(home).read_bytes())
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _record_file(home: KioskHome) -> Path:
    return home.logs_dir / "bundles.json"


def verify_bundle(folder: Path, trusted: list[str]) -> Manifest:
    """Every check an install makes, copying nothing: a bundle on a stick, checked on the staff
    PC before it is carried to the kiosks."""
    manifest = read_checked(folder, trusted)  # every file regular, none a link
    for path, listed in sorted(manifest.files.items()):
        with open(os.path.join(folder, path), "rb", buffering=0) as handle:
            if hashlib.file_digest(handle, "sha256").hexdigest() != listed.sha256:
                raise BundleRefused(f"{folder}: {path} {MISMATCH}")
    problems = snapshot_problems(folder / ARCHIVE)
    if problems:
        raise BundleRefused(f"{folder}: {ARCHIVE} fails SQLite's check: {problems[0]}")
    return manifest


def _kept_already(home: KioskHome, folder: Path, manifest: Manifest) -> Installed:
    """A snapshot kept here (installed before): the same one again is made current, without
    a copy; another of the same name is refused."""
    kept = read_manifest(home.snapshots_dir / manifest.snapshot)
    if kept.get("fingerprint") != manifest.about.get("fingerprint"):
        raise BundleRefused(
            f"{folder}: a different snapshot named {manifest.snapshot} is kept on this kiosk"
        )
    make_current(home, manifest.snapshot)
    log.info("snapshot %s (kept already) is current again, from %s", manifest.snapshot, folder)
    return Installed(manifest.snapshot, False)


def _take(source: Path, target: Path, listed: Listed, folder: Path, path: str) -> None:
    """The bundle's file at `target`, hashed as it is copied, unless the home holds those
    very bytes already (media named by their original's hash mostly do)."""
    try:
        there = target.is_file() and target.stat().st_size == listed.size
        if there and sha256_of(target) == listed.sha256:
            return
        digest = hashlib.sha256()
        with open_regular(source) as reader, atomic_write(target, FILE_MODE) as writer:
            while chunk := reader.read(CHUNK):
                digest.update(chunk)
                writer.write(chunk)
            if digest.hexdigest() != listed.sha256:  # inside: a wrong file is never renamed in
                raise BundleRefused(f"{folder}: {path} {MISMATCH}")
    except OSError as error:
        raise KioskError(f"{source}: cannot copy ({error.strerror or error})") from error


def _snapshot_manifest(manifest: Manifest) -> dict:
    """The snapshot's own manifest.json, as publishing writes it, and where it came from."""
    about = manifest.about
    return {
        "name": manifest.snapshot,
        "published": about.get("published"),
        "counts": about.get("counts") or {},
        "fingerprint": about.get("fingerprint"),
        "bundle": {k: about.get(k) for k in ("exported", "kiosk_version")} | {"key": manifest.key},
    }
