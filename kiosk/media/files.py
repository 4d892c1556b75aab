"""Writing files so that a crash leaves either the old file or the new one, never half of one.

Every file the kiosk writes is readable by every account (FILE_MODE), every folder listable
(FOLDER_MODE): the kiosk runs as its own user and must read what staff import and publish.
mkstemp makes its files 0600, so they are opened up before they take their final name.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

FILE_MODE = 0o644
FOLDER_MODE = 0o755
SHARED_FILE_MODE = 0o664  # HOME/logs: written by staff's commands and the kiosk alike
SHARED_FOLDER_MODE = 0o2775  # set-group-ID: files made inside keep the folder's group


@contextlib.contextmanager
def atomic_write(target: Path, mode: int = FILE_MODE) -> Iterator[BinaryIO]:
    """Yield a temporary file beside `target`; on success it is synced and renamed into place."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
        raise


def atomic_write_bytes(target: Path, data: bytes, mode: int = FILE_MODE) -> None:
    with atomic_write(target, mode) as handle:
        handle.write(data)


def remove_stray_temporaries(root: Path) -> int:
    """Delete temporary files a killed process left behind; returns how many."""
    strays = list(root.rglob(".*.tmp")) if root.exists() else []
    for stray in strays:
        with contextlib.suppress(FileNotFoundError):
            stray.unlink()
    return len(strays)
