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


@cache
def _plan(cls: type) -> tuple[tuple[str, Any], ...]:
    """(field, its kind) for every field of `cls` stored in a column, worked out once."""
    kinds = ((f.name, _base(_hints(cls)[f.name])) for f in fields(cls))
    return tuple((name, kind) for name, kind in kinds if kind not in _LINKED)


def to_row(item: Any) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for name, kind in _plan(type(item)):
        value = getattr(item, name)
        if kind is LocalText:
            value = value.to_json()
        elif kind is PartialDate:
            row[f"{name}_precision"] = value.precision if value else None
            value = value.iso() if value else None
        elif kind is bool:
            value = int(value)
        row[name] = value
    return row


def from_row(cls: type, row: dict[str, Any], **linked: Any) -> Any:
    values: dict[str, Any] = dict(linked)
    for name, kind in _plan(cls):
        if name in linked:
            continue
        raw = row.get(name)
        if kind is LocalText:
            raw = LocalText.from_json(raw)
        elif kind is PartialDate:
            raw = PartialDate.parse(raw) if raw else None
        elif kind is bool:
            raw = bool(raw)
        values[name] = raw
    return cls(**values)


def json_list(values: tuple[str, ...] | list[str]) -> str:
    return json.dumps(list(values), ensure_ascii=False)


def json_values(raw: str | None) -> list:
    return json.loads(raw) if raw else []
