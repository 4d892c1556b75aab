"""An exhibition bundle's manifest.json: what a bundle holds (each file's size and SHA-256),
which snapshot it is, and the museum's signature over all of it.

The manifest is written last, so a folder without one is not (yet) a bundle. It is signed
(kiosk.services.signing) over its canonical JSON, every key but the signature itself, so no
byte of it, and so no byte of any file it lists, can change unnoticed. Reading one checks
everything that needs no file read: the format, the signer, the signature, the paths, and
that the folder holds exactly the files listed, at their sizes."""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.content.errors import KioskError
from kiosk.services import signing

MANIFEST = "manifest.json"
ARCHIVE = "content.db"
FORMAT = "museum-kiosk bundle 1"
SNAPSHOT_NAME = re.compile(r"^\d{8}T\d{6}Z-\d{2}$")  # as publishing names them
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


class BundleRefused(KioskError):
    """A bundle that is not installed, and why (one line, naming the bundle)."""


class BundleArriving(BundleRefused):
    """Not installed because not all of it is there yet: files missing, short or still in
    their transfer's temporaries, or no manifest. Looked at again once it changes."""


@dataclass(frozen=True)
class Listed:
    size: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    snapshot: str
    files: dict[str, Listed]  # path in the bundle (posix) -> size and hash
    about: dict[str, Any] = field(default_factory=dict)  # published, counts, fingerprint, ...
    key: str = ""  # the signer's public key
    signature: str = ""

    def payload(self) -> bytes:
        """The bytes the signature is made over: everything but the signature."""
        return json.dumps(
            self._unsigned(), sort_keys=True, separators=(",", ":"), ensure_ascii=False
        ).encode()

    def signed(self, private: Ed25519PrivateKey) -> Manifest:
        unsigned = replace(self, key=signing.public_of(private), signature="")
        return replace(unsigned, signature=signing.signature(private, unsigned.payload()))

    def to_json(self) -> bytes:
        return json.dumps({**self._unsigned(), "signature": self.signature}, indent=1).encode()

    def _unsigned(self) -> dict[str, Any]:
        files = {p: {"size": f.size, "sha256": f.sha256} for p, f in sorted(self.files.items())}
        return {
            **self.about,
            "format": FORMAT,
            "snapshot": self.snapshot,
            "files": files,
            "key": self.key,
        }


def read_checked(folder: Path, trusted: list[str]) -> Manifest:
    """The bundle's manifest, signed by a `trusted` key, listing exactly the files the folder
    holds at their sizes; else BundleRefused with the reason. Hashes are for the reader of
    the files (kiosk.services.bundle_install), which reads each once."""
    manifest = parse_manifest(folder)
    if not manifest.signature:
        raise BundleRefused(f"{folder}: the bundle is not signed")
    if manifest.key not in trusted:
        raise BundleRefused(
            f"{folder}: signed by {manifest.key}, a key this kiosk does not trust "
            "(settings.toml: [fleet] trusted_keys)"
        )
    if not signing.signed_by(manifest.key, manifest.signature, manifest.payload()):
        raise BundleRefused(f"{folder}: {MANIFEST}: the signature does not match (altered?)")
    _same_files(folder, manifest)
    return manifest


def parse_manifest(folder: Path) -> Manifest:
    """The manifest as written, unchecked but for its form."""
    path = folder / MANIFEST
    try:
        data = json.loads(path.read_bytes())
    except FileNotFoundError as error:
        raise BundleArriving(f"{folder}: no {MANIFEST} (not a bundle, or not yet whole)") from error
    except (OSError, ValueError) as error:
        raise BundleRefused(f"{path}: unreadable ({error})") from error
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise BundleRefused(f"{path}: not a bundle's manifest ({FORMAT!r} expected)")
    try:
        files = {_safe(p, path): _listed(entry) for p, entry in data.pop("files").items()}
        snapshot, key = data.pop("snapshot"), data.pop("key", "")
        signature = data.pop("signature", "")
    except (KeyError, AttributeError, TypeError, ValueError) as error:
        raise BundleRefused(f"{path}: damaged ({error!r})") from error
    if not isinstance(snapshot, str) or not SNAPSHOT_NAME.match(snapshot):
        raise BundleRefused(f"{path}: {snapshot!r} is not a snapshot's name")
    if ARCHIVE not in files:
        raise BundleRefused(f"{path}: lists no {ARCHIVE}")
    data.pop("format")
    return Manifest(snapshot, files, data, str(key), str(signature))


def _listed(entry: Any) -> Listed:
    size, sha = entry["size"], entry["sha256"]
    if not isinstance(size, int) or size < 0 or not _SHA256.match(str(sha)):
        raise ValueError(f"size {size!r}, sha256 {sha!r}")
    return Listed(size, sha)


def _safe(text: str, origin: Path) -> str:
    """A path inside the bundle: content.db or under media/, never out of it."""
    parts = text.split("/")
    inside = all(part not in ("", ".", "..") for part in parts) and "\\" not in text
    if not inside or not (text == ARCHIVE or (parts[0] == "media" and len(parts) > 1)):
        raise ValueError(f"{text!r} is not a path inside a bundle")
    return text


def _same_files(folder: Path, manifest: Manifest) -> None:
    found = files_in(folder)
    for path, listed in sorted(manifest.files.items()):
        size = found.pop(path, None)
        if size is None:
            raise BundleArriving(f"{folder}: {path} is missing (not yet copied?)")
        if size != listed.size:
            raise BundleArriving(
                f"{folder}: {path} is {size} bytes, the manifest says {listed.size} (cut short?)"
            )
    for path in sorted(found):
        if in_transfer(path):
            raise BundleArriving(f"{folder}: {path} is still being delivered (a temporary file)")
        if not ignored(path):
            raise BundleRefused(
                f"{folder}: {path} is not in the manifest (a file left from an older copy? "
                "copy the bundle into an empty folder)"
            )


# What operating systems leave on a stick (as `kiosk import` skips them), and what transfers
# leave while they work: Syncthing's and our own temporaries, rsync's partial folders.
JUNK = {".ds_store", "thumbs.db", "desktop.ini", ".trashes", ".spotlight-v100", ".fseventsd"}
JUNK_FOLDERS = {"__macosx", "$recycle.bin", "system volume information"}
TRANSFER_FOLDERS = {".rsync-partial", ".~tmp~"}


def in_transfer(path: str) -> bool:
    parts = PurePosixPath(path).parts
    name = parts[-1]
    temporary = name.startswith(".") and name.endswith(".tmp")
    return temporary or any(part in TRANSFER_FOLDERS for part in parts)


def ignored(path: str) -> bool:
    """Files that are no bundle's, and never copied: the system's, and hidden ones."""
    parts = PurePosixPath(path).parts
    folders = any(part.lower() in JUNK_FOLDERS for part in parts[:-1])
    name = parts[-1].lower()
    return folders or name in JUNK or name.startswith("._") or any(p.startswith(".") for p in parts)


def files_in(folder: Path) -> dict[str, int]:
    """Every file under `folder` but its manifest (posix path -> size); hidden ones too,
    which are transfers in progress (Syncthing's, rsync's) or leftovers. Syncthing's own
    files at the top (.stfolder, .stignore, .stversions) are not the bundle's. A link, a
    device or a pipe is no bundle's file: BundleRefused (reading one could hang a kiosk).
    Strings and os.scandir, not pathlib: a bundle holds tens of thousands of files."""
    sizes: dict[str, int] = {}
    pending = [(str(folder), "")]
    while pending:
        path, prefix = pending.pop()
        with os.scandir(path) as entries:
            for entry in entries:
                relative = prefix + entry.name
                if not prefix and (entry.name == MANIFEST or entry.name.startswith(".st")):
                    continue
                if entry.is_dir(follow_symlinks=False):
                    pending.append((entry.path, relative + "/"))
                elif entry.is_file(follow_symlinks=False):
                    sizes[relative] = entry.stat(follow_symlinks=False).st_size
                elif not ignored(relative):
                    raise BundleRefused(f"{folder}: {relative} is not a regular file (a link?)")
    return sizes
