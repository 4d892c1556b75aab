"""One entry of an exhibition's TOML file checked against the record it becomes: every key
known, every required one there, every value of the right type. Each problem is one line
naming the file, the entry and the reason, so that all of a folder's problems are told at once.
"""

from __future__ import annotations

import dataclasses
import datetime
import types
import typing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.content.dates import PartialDate
from kiosk.content.errors import KioskError
from kiosk.content.text import LocalText
from kiosk.services import demo_source as src


@dataclass(frozen=True)
class Where:
    """An entry's place, as a problem names it: `chronology.toml: event 3 ('baku-curfew')`."""

    path: Path
    entry: str = ""

    def of(self, kind: str, number: int, data: Any) -> Where:
        slug = data.get("slug") if isinstance(data, dict) else None
        named = f" ({slug!r})" if isinstance(slug, str) else ""
        return Where(self.path, f"{kind} {number}{named}")

    def told(self, reason: str) -> str:
        return f"{self.path}: {self.entry}: {reason}" if self.entry else f"{self.path}: {reason}"


class Checker:
    """Collects the problems of a folder's entries, in the kiosk's languages."""

    def __init__(self, languages: list[str]):
        self.languages = languages
        self.problems: list[str] = []

    def problem(self, where: Where, reason: str) -> None:
        self.problems.append(where.told(reason))

    def table(self, where: Where, data: Any) -> dict[str, Any]:
        """`data` if it is a table, else {} and a problem."""
        if isinstance(data, dict):
            return data
        self.problem(where, f"must be a table of keys and values, not {_shown(data)}")
        return {}

    def tables(self, doc: dict, key: str, where: Where) -> list[dict[str, Any]]:
        """doc[key] as a list of tables (`[[key]]`), else [] and a problem."""
        value = doc.get(key, [])
        if isinstance(value, list) and all(isinstance(item, dict) for item in value):
            return value
        self.problem(where, f"{key} must be a list of tables ([[{key}]]), not {_shown(value)}")
        return []

    def record(
        self, cls: type, data: Any, where: Where, given: tuple[str, ...] = (), **extra: Any
    ) -> Any:
        """The record `data` describes, or None with its problems told. `given` keys are the
        caller's to supply (from `extra`, or read by the caller itself and left out)."""
        data = self.table(where, data)
        hints = typing.get_type_hints(cls)
        fields = {f.name: f for f in dataclasses.fields(cls)}
        before = len(self.problems)
        for key, value in data.items():
            if key in given:
                continue
            if key not in fields or key == "position":
                self.problem(where, f"unknown key {key!r}")
            elif reason := self.type_problem(hints[key], value):
                self.problem(where, f"{key} {reason}")
        for name, f in fields.items():
            if _required(f) and name not in data and name not in extra:
                self.problem(where, f"has no {name!r}")
        if len(self.problems) > before:
            return None
        values = {  # a plain text is in the fallback language (a name: in every script)
            k: LocalText.of(v) if hints[k] is LocalText and isinstance(v, str) else v
            for k, v in data.items()
            if k not in given
        }
        try:
            return src.build(cls, values, str(where.path), **extra)
        except KioskError as error:  # what only the record itself refuses
            self.problem(where, str(error).split(": ", 2)[-1])
            return None

    def type_problem(self, hint: Any, value: Any) -> str:
        """Why `value` cannot be a `hint`, or ""."""
        kinds = [k for k in typing.get_args(hint) if k is not type(None)]
        if typing.get_origin(hint) in (typing.Union, types.UnionType):
            hint = kinds[0]
        if hint is LocalText:
            return self._text_problem(value)
        if hint is PartialDate:
            return _date_problem(value)
        if typing.get_origin(hint) is tuple:
            ok = isinstance(value, list) and all(isinstance(v, str) for v in value)
            return "" if ok else f"must be a list of slugs, not {_shown(value)}"
        return _plain_problem(hint, value)

    def _text_problem(self, value: Any) -> str:
        if isinstance(value, str):
            return ""
        if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
            return f"must be a text, or a table of texts by language, not {_shown(value)}"
        unknown = [lang for lang in value if lang not in self.languages]
        if unknown:
            known = ", ".join(self.languages)
            return f"has a text in {unknown[0]!r}, not one of the kiosk's languages ({known})"
        return ""


def defaults(doc: dict) -> dict[str, Any]:
    """A file's [defaults] table: values every entry takes unless it gives its own."""
    found = doc.get("defaults", {})
    return found if isinstance(found, dict) else {}


_PLAIN = {bool: "true or false", int: "a whole number", float: "a number", str: "a text"}


def _plain_problem(hint: Any, value: Any) -> str:
    if isinstance(value, bool) and hint is not bool:
        ok = False
    elif hint is float:
        ok = isinstance(value, int | float)
    else:
        ok = isinstance(value, hint)
    return "" if ok else f"must be {_PLAIN.get(hint, hint.__name__)}, not {_shown(value)}"


def _date_problem(value: Any) -> str:
    if isinstance(value, datetime.datetime | datetime.time):
        return f"must be a date (YYYY, YYYY-MM or YYYY-MM-DD), not {value}"
    if isinstance(value, bool) or not isinstance(value, str | int | datetime.date):
        return f"must be a date (YYYY, YYYY-MM or YYYY-MM-DD), not {_shown(value)}"
    try:
        PartialDate.parse(str(value))
    except KioskError as error:
        return f"is {error}"
    return ""


def _required(f: dataclasses.Field) -> bool:
    return f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING


def _shown(value: Any) -> str:
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "a list"
    text = repr(value)
    return text if len(text) <= 40 else f"{text[:40]}…"
