"""What an imported spreadsheet changes, record by record, in words staff can check."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from functools import cache
from pathlib import Path
from typing import Any

from kiosk.content.dates import PartialDate
from kiosk.content.text import LocalText

_UNCOMPARED = {"renditions", "position"}  # made by the kiosk, or only an order
MAX_LINES_TOLD = 10  # of one sheet's errors, or of its notes


@dataclass
class SheetPlan:
    """One spreadsheet's outcome: the records to write and what writing them changes."""

    path: Path
    records: list[Any] = field(default_factory=list)
    changes: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # any one rejects the whole sheet
    notices: list[str] = field(default_factory=list)
    media_files: list[Path] = field(default_factory=list)  # to import before the sheet
    root: Path | None = None  # the folder being imported: the files named must be in it
    group: str = ""  # the workbook or folder written with it in one transaction
    file: Path | None = None  # the file the sheet is in (a workbook's sheet: the workbook)
    refused: bool = False  # another sheet of its group has a problem: nothing is written

    def propose(self, old: Any, new: Any, label: str, moved: bool = False) -> None:
        """Write `new` if it differs from `old` (None: a new record), saying how; a record
        that only `moved` is written without a word (the sheet says it once for all)."""
        lines = differences(old, new, label)
        if lines or moved:
            self.records.append(new)
            self.changes.extend(lines)

    def beside(self, name: str) -> Path:
        return beside(self.path, name)

    def local_file(self, name: str, line: int) -> tuple[Path | None, str]:
        """The file a cell names, or None and why not: a sheet may name only files inside the
        folder being imported, or it could import, or probe for, any file on the computer."""
        root = self.root or self.path.parent
        file = self.beside(name)
        if not inside(root, file):
            return None, f"{self.path}: line {line}: {name.strip()}: outside {root}; not imported"
        return file, ""

    def problem(self, line: int | None, reason: str) -> None:
        where = f"{self.path}: line {line}" if line else f"{self.path}"
        self.problems.append(f"{where}: {reason}")


def at_most(lines: list[str], path: Path, what: str) -> list[str]:
    """The first of one sheet's error (or note) lines and how many more there are: a sheet
    wrong on every row says so in a screenful, not in a line per row."""
    if len(lines) <= MAX_LINES_TOLD:
        return lines
    more = len(lines) - MAX_LINES_TOLD
    return [*lines[:MAX_LINES_TOLD], f"… and {more:,} more {what} in {path}"]


def beside(sheet: Path, name: str) -> Path:
    """A file a sheet names, relative to the sheet; Windows' backslashes work too."""
    return sheet.parent / name.strip().replace("\\", "/")


def inside(folder: Path, file: Path) -> bool:
    """Whether `file` is in `folder`, both with their links resolved."""
    try:
        return file.resolve().is_relative_to(folder.resolve())
    except (OSError, RuntimeError):  # a loop of links
        return False


def differences(old: Any, new: Any, label: str) -> list[str]:
    if old is None:
        return [f"{label}: new"]
    if old == new:  # most rows of a workbook imported again
        return []
    lines = []
    for name in _compared(type(new)):
        before, after = getattr(old, name), getattr(new, name)
        if before == after:
            continue
        if isinstance(after, LocalText):
            for lang in sorted(set(before.values) | set(after.values)):
                was, now = before.values.get(lang, ""), after.values.get(lang, "")
                if was != now:
                    lines.append(f"{label}: {_name(name)} ({lang}): {_short(was)} → {_short(now)}")
        else:
            lines.append(f"{label}: {_name(name)}: {_short(before)} → {_short(after)}")
    return lines


@cache
def _compared(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls) if f.name not in _UNCOMPARED)


def _name(field_name: str) -> str:
    return field_name.replace("_", " ")


def _short(value: Any, limit: int = 60) -> str:
    if isinstance(value, PartialDate):
        value = value.iso()
    elif isinstance(value, tuple):
        value = ", ".join(str(v)[:12] for v in value)
    text = " ".join(str(value if value is not None else "").split())
    if not text:
        return "(empty)"
    return f'"{text[:limit]}…"' if len(text) > limit else f'"{text}"'
