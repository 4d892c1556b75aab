"""The media store: each original kept untouched, named by the SHA-256 of its bytes."""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from kiosk.content.errors import MediaError
from kiosk.media.files import atomic_write, open_regular

CHUNK = 1 << 20
COPY_CHUNK = 1 << 30
_NO_KERNEL_COPY = {errno.EXDEV, errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP, errno.EPERM}


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    try:
        with open_regular(path) as handle:
            while chunk := handle.read(CHUNK):
                digest.update(chunk)
    except OSError as error:
        raise MediaError(f"{path}: cannot read ({error.strerror or error})") from error
    return digest.hexdigest()


def _copy(reader: BinaryIO, writer: BinaryIO) -> None:
    """The kernel copies (no trip through Python's buffers; a clone where the file system
    can); elsewhere, or across file systems that refuse it, a plain copy."""
    try:
        while os.copy_file_range(reader.fileno(), writer.fileno(), COPY_CHUNK):
            pass
    except (AttributeError, OSError) as error:
        if isinstance(error, OSError) and error.errno not in _NO_KERNEL_COPY:
            raise
        reader.seek(0)
        writer.seek(0)
        writer.truncate()
        shutil.copyfileobj(reader, writer, CHUNK)


@dataclass(frozen=True)
class MediaStore:
    """Files under `home`: originals/ab/<sha>.<ext> and renditions/ab/<sha>-<kind>.jpg."""

    home: Path

    def original_path(self, sha256: str, suffix: str) -> Path:
        return self.home / "media" / "originals" / sha256[:2] / f"{sha256}{suffix.lower()}"

    def rendition_path(self, sha256: str, kind: str, suffix: str = ".jpg") -> Path:
        return self.home / "media" / "renditions" / sha256[:2] / f"{sha256}-{kind}{suffix}"

    def relative(self, path: Path) -> str:
        return path.relative_to(self.home).as_posix()

    def absolute(self, relative: str) -> Path:
        return self.home / relative

    def add(self, source: Path, sha: str | None = None) -> tuple[str, Path]:
        """Copy `source` into the store (a no-op if its bytes are there); return (sha, path).
        `sha` saves reading the file twice when the caller has hashed it already."""
        sha = sha or sha256_of(source)
        target = self.original_path(sha, source.suffix)
        if not target.exists():
            try:
                with open_regular(source) as reader, atomic_write(target) as writer:
                    _copy(reader, writer)
            except OSError as error:
                raise MediaError(f"{source}: cannot store ({error.strerror or error})") from error
        return sha, target
