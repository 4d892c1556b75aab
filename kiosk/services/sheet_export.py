"""The exhibition's sheets as `kiosk export` writes them: a row per record, in screen order."""

from __future__ import annotations

from typing import Any

from kiosk.content import model as m
from kiosk.content.text import LocalText
from kiosk.services.sheet_kinds import Column, SheetKind, cell
from kiosk.services.sheet_media import MediaNames
from kiosk.services.sheet_ops import key
from kiosk.services.sheet_state import PARTS


def sheet_rows(kind: SheetKind, content: m.ExhibitionContent, languages: list[str]):
    """The header and rows of `kind`'s sheet: texts in `languages`, then any other found."""
    records = kind.records(content)
    langs = [*languages, *sorted(_languages(records, kind) - set(languages))]
    names = MediaNames(content)
    sections = _sections_of(content)
    header = [kind.id_column, *(c.name for c in kind.values)]
    header += [f"{c.name} ({lang})" for c in kind.texts for lang in langs]
    rows = []
    for record in records:
        row = [_id_of(record)]
        row += [cell(_value(record, c, sections), c.kind, names.name) for c in kind.values]
        for column in kind.texts:
            text = _value(record, column, sections)
            row += [text.values.get(lang, "") if text else "" for lang in langs]
        rows.append(row)
    return header, rows


def _id_of(record: Any) -> str:
    return record.event if isinstance(record, m.Fact) else key(record)


def _languages(records: list[Any], kind: SheetKind) -> set[str]:
    return {
        lang
        for record in records
        for column in kind.texts
        if isinstance(value := getattr(record, column.field, None), LocalText)
        for lang in value.values
    }


def _value(record: Any, column: Column, sections: dict[str, tuple[str, ...]]) -> Any:
    if column.part is not None and not isinstance(record, column.part):
        return None
    if column.field == "part":
        return PARTS.get(type(record), "")
    if column.field == "sections":
        return sections.get(record.sha256, ())
    head, _, tail = column.field.partition(".")
    value = getattr(record, head, None)
    return getattr(value, tail, None) if tail else value


def _sections_of(content: m.ExhibitionContent) -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for link in sorted(content.section_media, key=lambda s: s.position):
        found.setdefault(link.media, []).append(link.section)
    return {sha: tuple(slugs) for sha, slugs in found.items()}
