"""Publishing: the draft becomes an immutable snapshot, switched to in one atomic rename.

A crash at any point leaves CURRENT naming the previous snapshot: the new one is built in a
hidden folder, renamed whole into place, and only then named in CURRENT (itself replaced
atomically). A snapshot is never modified; rolling back just names an older one. A draft
unchanged since the current snapshot (the same fingerprint in its manifest) makes none.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import stat
from concurrent.futures import ThreadPoolExecutor, wait
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from kiosk.archive import Archive
from kiosk.content.errors import HomeError, KioskError
from kiosk.media.files import atomic_write_bytes, remove_stray_temporaries, sync_folder
from kiosk.services.check import check
from kiosk.services.home import KioskHome
from kiosk.services.snapshots import read_manifest

log = logging.getLogger(__name__)
INCOMING = ".incoming-"
READ_ONLY = stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH


@dataclass(frozen=True)
class Snapshot:
    name: str
    path: Path
    counts: dict[str, int]
    new: bool = True  # False: the draft was unchanged, and this is the current snapshot


def publish(home: KioskHome, force: bool = False) -> Snapshot:
    """Refuses content `kiosk check` finds errors in, unless `force`, and a draft with no
    exhibition even then. A draft unchanged since the current snapshot returns that one."""
    settings = home.settings()
    draft = home.open_draft()
    try:
        if draft.exhibition() is None:
            raise KioskError(
                f"{home.draft_file}: has no exhibition; nothing was published "
                f'(run: kiosk new --home {home.root} --title "TITLE")'
            )
        made_of = draft.digest(settings.languages)
        unchanged = _unchanged_current(home, made_of)
        if unchanged is not None:
            return unchanged
        name, incoming, counts = _copy_draft(home, draft, force, settings.languages)
    finally:
        draft.close()
    manifest = {
        "name": name,
        "published": datetime.now(UTC).isoformat(),
        "counts": counts,
        "fingerprint": made_of,
    }
    final = place_snapshot(home, incoming, manifest, settings.keep_snapshots)
    log.info("published snapshot %s: %s", name, counts)
    return Snapshot(name, final / "content.db", counts)


def incoming_folder(home: KioskHome, name: str) -> Path:
    """A hidden folder to build snapshot `name` in (what a killed build left is discarded)."""
    _discard_incomplete(home)
    incoming = home.snapshots_dir / f"{INCOMING}{name}"
    incoming.mkdir(parents=True)
    return incoming


def place_snapshot(home: KioskHome, incoming: Path, manifest: dict, keep: int) -> Path:
    """The snapshot built in `incoming` (its archive there), with its `manifest`, made
    read-only, renamed whole into place and named in CURRENT; the oldest beyond `keep` go."""
    atomic_write_bytes(incoming / "manifest.json", json.dumps(manifest, indent=2).encode())
    for file in incoming.iterdir():
        file.chmod(READ_ONLY)
    final = home.snapshots_dir / manifest["name"]
    os.replace(incoming, final)
    sync_folder(home.snapshots_dir)
    make_current(home, manifest["name"])
    _prune(home, keep)
    return final


def _copy_draft(
    home: KioskHome, draft: Archive, force: bool, languages: list[str]
) -> tuple[str, Path, dict[str, int]]:
    """The draft, its search index brought up to date, copied into a hidden folder while it
    is checked (the copy and its integrity check run in SQLite, off Python's lock: a large
    exhibition's third of a second, beside the check's): (the name, the folder, the counts)."""
    draft.refresh_search(languages)
    name = _new_name(home)
    incoming = incoming_folder(home, name)
    with ThreadPoolExecutor(max_workers=1) as pool:
        copying = pool.submit(_copy, home, incoming / "content.db")
        try:
            _refuse_errors(home, force, draft.content())
        except KioskError:
            wait([copying])
            remove_tree(incoming)
            raise
        copying.result()
    return name, incoming, draft.counts()


def _copy(home: KioskHome, target: Path) -> None:
    with contextlib.closing(home.read_draft()) as draft:  # a connection of the thread's own
        draft.backup_to(target)


def _unchanged_current(home: KioskHome, made_of: str) -> Snapshot | None:
    """The current snapshot if its manifest has the fingerprint `made_of` (an older snapshot,
    with none, counts as changed)."""
    current = home.current_snapshot()
    if current is None:
        return None
    manifest = read_manifest(current.parent)
    if manifest.get("fingerprint") != made_of:
        return None
    log.info("nothing changed since %s; no new snapshot made", current.parent.name)
    return Snapshot(current.parent.name, current, manifest.get("counts") or {}, new=False)


def _refuse_errors(home: KioskHome, force: bool, content) -> None:
    errors = check(home, content).errors
    if not errors:
        return
    first = f"{errors[0].ref}: {errors[0].message}"
    if not force:
        raise KioskError(
            f"{home.draft_file}: {len(errors)} error(s), the first: {first}; "
            "nothing was published (`kiosk check` lists them; publish --force to publish anyway)"
        )
    log.warning("published with %d error(s) (--force), the first: %s", len(errors), first)


def rollback(home: KioskHome, name: str | None = None) -> str:
    """Make the kept snapshot `name` current, or without it the one published before the
    current one. With CURRENT lost (or naming no snapshot), the current one is the one
    `kiosk run` falls back to."""
    names = snapshot_names(home)
    current = home.current_snapshot()
    shown = current.parent.name if current else home.shown_snapshot()
    if shown not in names:
        raise HomeError(f"{home.root}: nothing is published, so there is nothing to roll back")
    target = _named(home, name, names) if name else _before(home, shown, names)
    make_current(home, target)
    log.info("rolled back from %s to %s", shown, target)
    return target


def _named(home: KioskHome, name: str, names: list[str]) -> str:
    if name not in names:
        raise HomeError(
            f"{home.snapshots_dir}: no snapshot {name!r} is kept (kept: {', '.join(names)})"
        )
    return name


def _before(home: KioskHome, shown: str, names: list[str]) -> str:
    index = names.index(shown)
    if index == 0:
        raise HomeError(f"{home.root}: {names[0]} is the oldest snapshot kept; cannot roll back")
    return names[index - 1]


def snapshot_names(home: KioskHome) -> list[str]:
    """Complete snapshots, oldest first (names sort by time)."""
    return home.snapshot_names()


def _new_name(home: KioskHome) -> str:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    taken = set(snapshot_names(home))
    number = 1
    while f"{stamp}-{number:02d}" in taken:
        number += 1
    return f"{stamp}-{number:02d}"


def make_current(home: KioskHome, name: str) -> None:
    atomic_write_bytes(home.current_file, f"{name}\n".encode())


def _discard_incomplete(home: KioskHome) -> None:
    remove_stray_temporaries(home.snapshots_dir)
    for leftover in home.snapshots_dir.glob(f"{INCOMING}*"):
        log.warning("discarding incomplete snapshot %s", leftover.name)
        remove_tree(leftover)


def _prune(home: KioskHome, keep: int) -> None:
    """Drop the oldest snapshots beyond `keep`, never the current one."""
    current = home.current_snapshot()
    names = snapshot_names(home)
    for name in names[: max(0, len(names) - keep)]:
        if current is None or name != current.parent.name:
            remove_tree(home.snapshots_dir / name)


def remove_tree(path: Path) -> None:
    for file in path.rglob("*"):
        with contextlib.suppress(OSError):
            file.chmod(stat.S_IWUSR | stat.S_IRUSR)
    shutil.rmtree(path, ignore_errors=True)
