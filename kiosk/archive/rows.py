"""Dataclass <-> row conversion: LocalText as JSON, PartialDate as ISO text, bool as 0/1."""

from __future__ import annotations

import json
import typing
from collections.abc import Callable
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
    for name, convert in _readers(cls):
        if name not in linked:
            raw = row.get(name)
            values[name] = convert(raw) if convert is not None else raw
    return cls(**values)


@cache
def _readers(cls: type) -> tuple[tuple[str, Callable[[Any], Any] | None], ...]:
    """(field, how its column becomes its value; None: as it is), worked out once a class: a
    large exhibition's 40,000 records are read at every publish."""
    return tuple((name, _READ.get(kind)) for name, kind in _plan(cls))


def _date(raw: str | None) -> PartialDate | None:
    return PartialDate.parse(raw) if raw else None


_READ: dict[Any, Callable[[Any], Any]] = {
    LocalText: LocalText.from_json,
    PartialDate: _date,
    bool: bool,
}


def json_list(values: tuple[str, ...] | list[str]) -> str:
    return json.dumps(list(values), ensure_ascii=False)


def json_values(raw: str | None) -> list:
    return json.loads(raw) if raw else []
