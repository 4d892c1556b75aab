"""Dataclass <-> row conversion: LocalText as JSON, PartialDate as ISO text, bool as 0/1."""

from __future__ import annotations

import json
import typing
from dataclasses import fields
from functools import cache
from typing import Any

from kiosk.content.dates import PartialDate
from kiosk.content.model import Consent, Rendition
from kiosk.content.text import LocalText

# Fields stored in their own tables (links, renditions, consent), never as a column.
_LINKED = (tuple, Consent, Rendition)


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _base(hint: Any) -> Any:
    """`PartialDate | None` -> PartialDate; `tuple[str, ...]` -> tuple."""
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    origin = typing.get_origin(hint)
    if origin is tuple:
        return tuple
    return args[0] if args and origin is not None else hint


def to_row(item: Any) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for f in fields(item):
        value, kind = getattr(item, f.name), _base(_hints(type(item))[f.name])
        if kind in _LINKED:
            continue
        if kind is LocalText:
            value = value.to_json()
        elif kind is PartialDate:
            row[f"{f.name}_precision"] = value.precision if value else None
            value = value.iso() if value else None
        elif kind is bool:
            value = int(value)
        row[f.name] = value
    return row


def from_row(cls: type, row: dict[str, Any], **linked: Any) -> Any:
    values: dict[str, Any] = {}
    for f in fields(cls):
        if f.name in linked:
            values[f.name] = linked[f.name]
            continue
        kind, raw = _base(_hints(cls)[f.name]), row.get(f.name)
        if kind in _LINKED:
            continue
        if kind is LocalText:
            raw = LocalText.from_json(raw)
        elif kind is PartialDate:
            raw = PartialDate.parse(raw) if raw else None
        elif kind is bool:
            raw = bool(raw)
        values[f.name] = raw
    return cls(**values)


def json_list(values: tuple[str, ...] | list[str]) -> str:
    return json.dumps(list(values), ensure_ascii=False)


def json_values(raw: str | None) -> list:
    return json.loads(raw) if raw else []
