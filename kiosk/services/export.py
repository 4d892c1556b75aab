"""`kiosk export`: the whole exhibition as one JSON document, or as spreadsheets to edit."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

from kiosk.content import spreadsheet, workbook
from kiosk.content.dates import PartialDate
from kiosk.content.errors import KioskError
from kiosk.content.model import ExhibitionContent
from kiosk.content.text import LocalText
from kiosk.media.files import atomic_write_bytes
from kiosk.services.home import KioskHome
from kiosk.services.sheet_export import sheet_rows
from kiosk.services.sheet_kinds import KINDS

FORMAT = "museum-kiosk/1"


def export_json(home: KioskHome) -> str:
    document = content_document(home.draft_content())
    return json.dumps(document, ensure_ascii=False, indent=2)


def export_csv(home: KioskHome, folder: Path) -> list[Path]:
    """One spreadsheet per kind (sections.csv, events.csv, media.csv, ...) in `folder`."""
    written = []
    for name, (header, rows) in _sheets(home).items():
        target = folder / f"{name}.csv"
        _write(target, spreadsheet.write(header, rows))
        written.append(target)
    return written


def export_xlsx(home: KioskHome, target: Path) -> Path:
    """The same sheets, as one workbook."""
    _write(target, workbook.write(_sheets(home)))
    return target


def _sheets(home: KioskHome) -> dict[str, tuple[list[str], list[list[str]]]]:
    languages, content = home.settings().languages, home.draft_content()
    return {name: sheet_rows(kind, content, languages) for name, kind in KINDS.items()}


def _write(target: Path, data: bytes) -> None:
    try:
        atomic_write_bytes(target, data)
    except OSError as error:
        raise KioskError(f"{target}: cannot write ({error.strerror or error})") from error


def write_text_atomically(target: Path, text: str) -> None:
    _write(target, text.encode("utf-8"))


def content_document(content: ExhibitionContent) -> dict[str, Any]:
    """Facts are nested under their events, where a reader looks for them."""
    facts: dict[str, list] = {}
    for fact in content.facts:
        facts.setdefault(fact.event, []).append(_plain(fact))
    document: dict[str, Any] = {"format": FORMAT, "exhibition": _plain(content.exhibition)}
    for field in dataclasses.fields(content):
        if field.name in ("exhibition", "facts"):
            continue
        document[field.name] = [_plain(item) for item in getattr(content, field.name)]
    for event in document["events"]:
        event["facts"] = facts.get(event["slug"], [])
    return document


def _plain(value: Any) -> Any:
    if isinstance(value, LocalText):
        return dict(value.values)
    if isinstance(value, PartialDate):
        return {"date": value.iso(), "precision": value.precision}
    if dataclasses.is_dataclass(value):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value
