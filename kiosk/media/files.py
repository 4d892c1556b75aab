"""Writing files so that a crash leaves either the old file or the new one, never half of one;
reading only regular files, so that a device or a named pipe never hangs an import.

Every file the kiosk writes is readable by every account (FILE_MODE), every folder listable:
the kiosk runs as its own user and must read what staff import and publish. The home is
set-group-ID (HOME_FOLDER_MODE), so that all made in it belongs to the home's group, the
kiosk's; settings.toml, which holds the PIN's hash, is readable by that group only
(PRIVATE_FILE_MODE). mkstemp makes its files 0600, so they are opened up before they take
their final name.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from kiosk.content.errors import MediaError

MB = 1 << 20
FILE_MODE = 0o644
PRIVATE_FILE_MODE = 0o640  # a 4-digit PIN's hash, readable by all, falls to a search in minutes
HOME_FOLDER_MODE = 0o2755  # set-group-ID: what is made inside, at any depth, keeps its group
SHARED_FILE_MODE = 0o664  # HOME/logs: written by staff's commands and the kiosk alike
SHARED_FOLDER_MODE = 0o2775  # set-group-ID: files made inside keep the folder's group
_NOT_FILES = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISDIR, "a folder"),
)


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


def sync_folder(path: Path) -> None:
    """Make the names in `path` (a file renamed in, one removed) last through a power cut."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


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


def not_a_file(mode: int) -> str:
    """What a file of `mode` is when it is not a regular file ("a named pipe (FIFO)"), else ""."""
    if stat.S_ISREG(mode):
        return ""
    return next((words for test, words in _NOT_FILES if test(mode)), "not a regular file")


def not_a_file_reason(path: Path, mode: int) -> str:
    """The one-line refusal of a device, pipe or socket, or "" for a regular file."""
    what = not_a_file(mode)
    return f"{path}: {what}, not a regular file; only regular files are read" if what else ""


def open_regular(path: Path) -> BinaryIO:
    """`path` opened for reading if it is a regular file (links followed); else MediaError.

    Checked before opening, so that a device is never opened, and again on what was opened:
    with O_NONBLOCK, a named pipe put in the file's place meanwhile is refused, not waited on.
    """
    if reason := not_a_file_reason(path, os.stat(path).st_mode):
        raise MediaError(reason)
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    try:
        if reason := not_a_file_reason(path, os.fstat(fd).st_mode):
            raise MediaError(reason)
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_regular(path: Path, limit: int, what: str) -> bytes:
    """The bytes of a regular file of at most `limit` bytes; `what` names its kind in the
    refusal of a larger one ("a spreadsheet"). OSError when it cannot be read."""
    with open_regular(path) as handle:
        size = os.fstat(handle.fileno()).st_size
        data = handle.read(limit + 1) if size <= limit else b""
    if size > limit or len(data) > limit:  # the file may grow while it is read
        size = max(size, len(data))
        raise MediaError(
            f"{path}: too large for {what} ({megabytes(size)}; the limit is {megabytes(limit)})"
        )
    return data


def megabytes(size: int) -> str:
    """ "2.4 MB", "200 MB": whole megabytes where a fraction would say nothing."""
    whole = size % MB == 0 or size >= 10 * MB
    return f"{size / MB:,.0f} MB" if whole else f"{size / MB:,.1f} MB"
