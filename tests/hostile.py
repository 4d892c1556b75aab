"""Hostile input for the importer, made by the tests themselves: files that are not files,
names that forge lines, paths that lead out of the folder, sheets and subtitles too large.

Each function makes one thing at the path it is given (its folders too) and returns the path.
"""

from __future__ import annotations

import os
import socket
from pathlib import Path

FORGED_LINE = "rejected: forged.jpg: this line was written by a file name"


def _parent(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def make_fifo(path: Path) -> Path:
    """A named pipe: opening it for reading waits for a writer that never comes."""
    os.mkfifo(_parent(path))
    return path


def make_dev_zero_link(path: Path) -> Path:
    """A link to /dev/zero: reading it never ends."""
    _parent(path).symlink_to("/dev/zero")
    return path


def make_socket(path: Path) -> Path:
    """A Unix socket, left bound (it is a file system entry once bound)."""
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(_parent(path)))
    server.close()
    return path


def make_sparse_file(path: Path, size: int) -> Path:
    """A file of `size` bytes of zeros that takes no room on disk, but is all read to be hashed:
    a huge file is real, slow work for the worker that gets it."""
    with _parent(path).open("wb") as handle:
        handle.truncate(size)
    return path


def make_folder_link(path: Path, target: Path) -> Path:
    """A link to a folder (which may be outside the folder imported)."""
    target.mkdir(parents=True, exist_ok=True)
    _parent(path).symlink_to(target, target_is_directory=True)
    return path


def name_with_a_newline(folder: Path, suffix: str = ".jpg") -> Path:
    """A file name with a line break in it, the second line forging a message of its own."""
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"evil\n{FORGED_LINE}\x1b[2K{suffix}"


def large_csv(path: Path, size: int, header: str = "Year,Headline") -> Path:
    """A spreadsheet of at least `size` bytes: the header, then rows until it is that large."""
    row = b"1990,An event that repeats itself\n"
    with _parent(path).open("wb") as handle:
        handle.write(header.encode() + b"\n")
        handle.write(row * (size // len(row) + 1))
    return path


def subtitles_with_cues(path: Path, cues: int) -> Path:
    """A WebVTT file of `cues` cues, a tenth of a second each."""
    lines = ["WEBVTT", ""]
    for n in range(cues):
        start, end = n * 100, n * 100 + 90
        lines += [f"{_clock(start)} --> {_clock(end)}", f"cue {n}", ""]
    _parent(path).write_text("\n".join(lines), encoding="utf-8")
    return path


def _clock(ms: int) -> str:
    return f"{ms // 3_600_000:02d}:{ms // 60_000 % 60:02d}:{ms // 1000 % 60:02d}.{ms % 1000:03d}"
