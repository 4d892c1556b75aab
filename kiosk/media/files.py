"""Writing files so that a crash leaves either the old file or the new one, never half of one."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO


@contextlib.contextmanager
def atomic_write(target: Path) -> Iterator[BinaryIO]:
    """Yield a temporary file beside `target`; on success it is synced and renamed into place."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
        raise


def atomic_write_bytes(target: Path, data: bytes) -> None:
    with atomic_write(target) as handle:
        handle.write(data)


def remove_stray_temporaries(root: Path) -> int:
    """Delete temporary files a killed process left behind; returns how many."""
    strays = list(root.rglob(".*.tmp")) if root.exists() else []
    for stray in strays:
        with contextlib.suppress(FileNotFoundError):
            stray.unlink()
    return len(strays)
