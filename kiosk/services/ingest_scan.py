"""What an import is asked to do: the files under the paths given, each with its verdict.

Folders are walked recursively. What a computer leaves on a USB stick (hidden files, macOS
`._` twins, Thumbs.db, the recycle bin) is skipped without comment; everything else is
either a job or a rejection with its reason. Only regular files are read: a device or a named
pipe (`zero.jpg` linked to /dev/zero) would hang the import. Links to folders inside a folder
are not followed (they may lead anywhere, or round in a circle), nor links to files outside
it; both are reported.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.media.files import not_a_file_reason
from kiosk.media.probe import kind_of
from kiosk.media.subtitles import SUBTITLE_SUFFIXES, subtitle_target

SYSTEM_NAMES = {"thumbs.db", "desktop.ini", "$recycle.bin", "system volume information"}
SYSTEM_FOLDERS = {"__macosx", "$recycle.bin", "system volume information"}
SHEET_SUFFIXES = {".csv", ".tsv", ".xlsx", ".ods"}
SUPPORTED = (
    "images: JPEG, PNG, TIFF, WebP; audio: WAV, FLAC, MP3, OGG; video: MP4, WebM "
    "with .vtt or .srt subtitles; spreadsheets: CSV, .xlsx, .ods"
)


@dataclass(frozen=True)
class Job:
    path: Path
    kind: str
    size: int
    subtitles: tuple[tuple[Path, str], ...] = ()  # (file, language)


@dataclass
class Scan:
    jobs: list[Job] = field(default_factory=list)
    rejected: list[tuple[Path, str]] = field(default_factory=list)
    skipped: int = 0
    # Spreadsheets, read by kiosk.services.sheets, each with the folder imported that holds it
    # (the sheet's own folder when given by itself): the files a sheet names must be in it.
    sheets: list[tuple[Path, Path]] = field(default_factory=list)


def scan(paths: list[Path], languages: list[str], default: str, max_bytes: int, home: Path) -> Scan:
    """`home` is never imported from: a folder given that holds it is walked around it."""
    found = Scan()
    subtitles: list[Path] = []
    for folder, path in _walk(paths, found, home.resolve()):
        try:
            status = path.stat()
        except OSError as error:
            found.rejected.append((path, f"{path}: cannot read ({error.strerror or error})"))
            continue
        given = path in paths  # a file given by itself may be a link to anywhere
        if reason := not_a_file_reason(path, status.st_mode) or (
            not given and _leads_out(path, folder)
        ):
            found.rejected.append((path, reason))
            continue
        size = status.st_size
        kind = kind_of(path)
        if path.suffix.lower() in SUBTITLE_SUFFIXES:
            subtitles.append(path)
        elif path.suffix.lower() in SHEET_SUFFIXES:
            found.sheets.append((path, folder))
        elif kind is None:
            suffix = path.suffix or "(no extension)"
            found.rejected.append((path, f"{path}: unsupported format {suffix!r} ({SUPPORTED})"))
        elif size > max_bytes:
            limit = max_bytes // (1 << 20)
            found.rejected.append(
                (path, f"{path}: too large ({size / (1 << 20):,.0f} MB; the limit is {limit} MB)")
            )
        else:
            found.jobs.append(Job(path, kind, size))
    _attach_subtitles(found, subtitles, languages, default)
    return found


def _walk(paths: list[Path], found: Scan, home: Path):
    for root in paths:
        if not root.exists() and not root.is_symlink():
            found.rejected.append((root, f"{root}: no such file or folder"))
        elif root.resolve().is_relative_to(home):
            found.rejected.append(
                (root, f"{root}: is inside the kiosk home; import from elsewhere")
            )
        elif not root.is_dir():
            yield root.parent, root
        else:
            for folder, dirs, files in os.walk(root, onerror=lambda e: _unreadable(e, found)):
                dirs[:] = _folders_to_walk(Path(folder), dirs, found, home)
                for name in sorted(files):
                    if _is_system(name, SYSTEM_NAMES):
                        found.skipped += 1
                    else:
                        yield root, Path(folder) / name


def _leads_out(path: Path, folder: Path) -> str:
    """Why a link in a folder being imported is not read: it leads out of the folder (to
    /etc/shadow, say). What is imported is what is on the stick, as for the files a
    spreadsheet names."""
    if path.is_symlink() and not path.resolve().is_relative_to(folder.resolve()):
        return f"{path}: a link leading outside {folder}, not followed"
    return ""


def _folders_to_walk(folder: Path, names: list[str], found: Scan, home: Path) -> list[str]:
    """The sub-folders of `folder` to walk into, in order: no system folder, not the kiosk
    home, and no link to a folder (which is reported)."""
    kept = []
    for name in sorted(names):
        path = folder / name
        if _is_system(name, SYSTEM_FOLDERS) or path.resolve() == home:
            continue
        if path.is_symlink():
            found.rejected.append((path, f"{path}: a link to a folder, not followed"))
        else:
            kept.append(name)
    return kept


def _attach_subtitles(found: Scan, files: list[Path], languages: list[str], default: str) -> None:
    videos = {
        (j.path.parent, j.path.stem): i for i, j in enumerate(found.jobs) if j.kind == "video"
    }
    attached: dict[int, list[tuple[Path, str]]] = {}
    for path in files:
        stem, lang = subtitle_target(path, languages, default)
        index = videos.get((path.parent, stem))
        if index is None:
            found.rejected.append(
                (path, f"{path}: subtitles with no video named {stem}.* beside them")
            )
        else:
            attached.setdefault(index, []).append((path, lang))
    for index, subs in attached.items():
        job = found.jobs[index]
        found.jobs[index] = Job(job.path, job.kind, job.size, tuple(subs))


def _is_system(name: str, names: set[str]) -> bool:
    """Hidden files, and the lock file Excel keeps beside an open workbook (~$name.xlsx)."""
    return name.startswith((".", "~$")) or name.lower() in names


def _unreadable(error: OSError, found: Scan) -> None:
    folder = Path(error.filename)
    found.rejected.append((folder, f"{folder}: cannot read the folder ({error.strerror})"))
