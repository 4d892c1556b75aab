"""`kiosk bundle export`: the published snapshot as one folder a USB stick, rsync or Syncthing
carries to the kiosks: its archive, every media file it refers to, and a signed manifest.

The folder mirrors the home (content.db, media/originals/ab/<sha>.jpg, media/renditions/...),
whose media are named by their original's SHA-256, so exporting again into the same folder
copies only what changed: a file already there at the same size and time is kept (rsync's
quick check; --checksum reads them all instead), and a file the earlier export listed and
this one does not is removed. A file no export listed is someone else's: the export refuses
the folder rather than delete it. The manifest steps aside first (manifest.json.previous,
which a kiosk refuses as a file it does not list) and comes back last: a folder caught
half-written is no bundle."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import kiosk
from kiosk.archive import Archive
from kiosk.content.errors import KioskError
from kiosk.media.files import FILE_MODE, atomic_write, atomic_write_bytes, open_regular, sync_folder
from kiosk.media.store import CHUNK, sha256_of
from kiosk.services.bundle_manifest import (
    ARCHIVE,
    MANIFEST,
    Listed,
    Manifest,
    files_in,
    ignored,
    in_transfer,
)
from kiosk.services.home import KioskHome
from kiosk.services.signing import signing_key
from kiosk.services.snapshots import read_manifest

MTIME_SLACK_NS = 2_000_000_000  # FAT file systems (most USB sticks) keep times to 2 s
ABOUT = ("published", "counts", "fingerprint")  # from the snapshot's own manifest
PREVIOUS = MANIFEST + ".previous"  # the earlier export's, while this one is under way


@dataclass(frozen=True)
class Exported:
    snapshot: str
    files: int
    copied: int  # files written this time
    copied_bytes: int
    removed: int  # files of an earlier export no longer needed


def export_bundle(
    home: KioskHome,
    out: Path,
    checksum: bool = False,
    progress: Callable[[int, int], None] = lambda done, total: None,
) -> Exported:
    """The snapshot CURRENT names, signed with the home's key, into `out`."""
    private = signing_key(home)  # before anything is written: no key, no bundle
    current = home.current_snapshot()
    if current is None:
        raise KioskError(
            f"{home.root}: nothing is published; run: kiosk publish --home {home.root}"
        )
    snapshot = current.parent
    sources = {ARCHIVE: current, **_media(home, current)}
    earlier = _earlier_export(out, set(sources))  # before anything is written
    out.mkdir(parents=True, exist_ok=True)
    if (out / MANIFEST).exists():  # from here until the end, the folder is no bundle
        os.replace(out / MANIFEST, out / PREVIOUS)
    sync_folder(out)
    files, copied, copied_bytes = {}, 0, 0
    for done, (path, source) in enumerate(sorted(sources.items()), 1):
        # The archive is always compared by its hash: two snapshots can share its size and
        # second, which the quick check of size and time would take for the same file.
        listed, wrote = _place(source, out / path, _named_sha(path), checksum or path == ARCHIVE)
        files[path] = listed
        copied, copied_bytes = copied + wrote, copied_bytes + (listed.size if wrote else 0)
        progress(done, len(sources))
    removed = _remove_others(out, earlier - set(files))
    about = {k: v for k, v in read_manifest(snapshot).items() if k in ABOUT}
    about |= {"kiosk_version": kiosk.__version__, "exported": datetime.now(UTC).isoformat()}
    if _same_as_before(out / PREVIOUS, snapshot.name, files):
        os.replace(out / PREVIOUS, out / MANIFEST)  # nothing new for the kiosks to fetch
    else:
        manifest = Manifest(snapshot.name, files, about).signed(private)
        atomic_write_bytes(out / MANIFEST, manifest.to_json())
        with contextlib.suppress(FileNotFoundError):
            (out / PREVIOUS).unlink()
    sync_folder(out)
    return Exported(snapshot.name, len(files), copied, copied_bytes, removed)


def _media(home: KioskHome, archive_file: Path) -> dict[str, Path]:
    """Every file the snapshot refers to (a zoomable picture's tiles are a folder of them)."""
    archive = Archive.open_snapshot(archive_file)
    try:
        stored = archive.stored_paths()
    finally:
        archive.close()
    found: dict[str, Path] = {}
    for relative in stored:
        path = home.root / relative
        if path.is_dir():
            found |= {p.relative_to(home.root).as_posix(): p for p in _files_under(path)}
        elif path.is_file():
            found[relative] = path
        else:
            raise KioskError(f"{path}: missing from the home, and the snapshot shows it")
    return found


def _files_under(folder: Path) -> Iterator[Path]:
    return (p for p in sorted(folder.rglob("*")) if p.is_file())


def _named_sha(path: str) -> str | None:
    """An original's SHA-256, which is its name (checked when it was imported)."""
    if not path.startswith("media/originals/"):
        return None
    stem = Path(path).name.split(".", 1)[0]
    return stem if len(stem) == 64 else None


def _place(source: Path, target: Path, sha: str | None, checksum: bool) -> tuple[Listed, bool]:
    """`source` at `target` unless the same file is there; (its size and hash, copied?)."""
    status = source.stat()
    try:
        there = target.stat()
        same = there.st_size == status.st_size and (
            abs(there.st_mtime_ns - status.st_mtime_ns) <= MTIME_SLACK_NS
        )
    except FileNotFoundError:
        same = False
    sha = sha or sha256_of(source)
    if same and (not checksum or sha256_of(target) == sha):
        return Listed(status.st_size, sha), False
    written = _copy(source, target)
    if written != sha:
        raise KioskError(
            f"{source}: the bytes read do not match its SHA-256 (changed while copied, or damaged)"
        )
    os.utime(target, ns=(status.st_atime_ns, status.st_mtime_ns))
    return Listed(status.st_size, sha), True


def _copy(source: Path, target: Path) -> str:
    """Copy, returning the SHA-256 of the bytes copied."""
    digest = hashlib.sha256()
    with open_regular(source) as reader, atomic_write(target, FILE_MODE) as writer:
        while chunk := reader.read(CHUNK):
            digest.update(chunk)
            writer.write(chunk)
    return digest.hexdigest()


def _same_as_before(previous: Path, snapshot: str, files: dict[str, Listed]) -> bool:
    """Whether the earlier export's manifest lists this very snapshot and files."""
    try:
        data = json.loads(previous.read_bytes())
        listed = {p: Listed(f["size"], f["sha256"]) for p, f in data["files"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return False
    return data.get("snapshot") == snapshot and listed == files


def _earlier_export(out: Path, sources: set[str]) -> set[str]:
    """What an earlier export into `out` listed, to be removed if no longer needed. A file
    neither it nor this export lists is someone else's: refused, never deleted."""
    earlier: set[str] = set()
    for name in (MANIFEST, PREVIOUS):  # PREVIOUS: an export stopped half-way
        with contextlib.suppress(OSError, ValueError, AttributeError):
            earlier |= set(json.loads((out / name).read_bytes())["files"])
    if not out.exists():
        return earlier
    ours = earlier | sources | {PREVIOUS}
    strays = [p for p in files_in(out) if p not in ours and not ignored(p)]
    if strays:
        raise KioskError(
            f"{out / strays[0]}: not part of an exhibition bundle ({len(strays)} such file(s) "
            "in the folder); export into an empty folder, or one an earlier export made"
        )
    return earlier


def _remove_others(out: Path, unneeded: set[str]) -> int:
    """Remove what an earlier export listed and this one does not, and temporaries of an
    export that was stopped; then the folders left empty."""
    removed = 0
    for path in files_in(out):
        if path in unneeded or in_transfer(path):
            (out / path).unlink()
            removed += path in unneeded
    for folder in sorted((p for p in out.rglob("*") if p.is_dir()), reverse=True):
        if not folder.name.startswith(".st"):
            with contextlib.suppress(OSError):
                folder.rmdir()  # only when empty
    return removed
