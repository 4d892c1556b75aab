"""Multilingual text: one value per language, English as the fallback."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

FALLBACK_LANGUAGE = "en"


@dataclass(frozen=True)
class LocalText:
    """A text in several languages. `get` never returns "" while any language has a value."""

    values: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, value: str | Mapping[str, str] | LocalText | None) -> LocalText:
        if value is None:
            return cls({})
        if isinstance(value, LocalText):
            return value
        if isinstance(value, str):
            return cls({FALLBACK_LANGUAGE: value})
        return cls({lang: text for lang, text in value.items() if text and text.strip()})

    @classmethod
    def from_json(cls, raw: str | None) -> LocalText:
        """From its JSON object; a plain text (a field that held one name for every language
        before it took one per language) stays that text."""
        if not raw or raw == "{}":  # most of a large exhibition's texts in some languages
            return cls({})
        if not raw.lstrip().startswith("{"):
            return cls.of(raw)
        return cls.of(json.loads(raw))

    def to_json(self) -> str:
        return json.dumps(dict(self.values), ensure_ascii=False, sort_keys=True)

    def get(self, lang: str) -> str:
        """The text in `lang`, else English, else any language that has one, else ""."""
        for candidate in (lang, FALLBACK_LANGUAGE):
            if self.values.get(candidate):
                return self.values[candidate]
        return next(iter(self.values.values()), "")

    def shown(self, lang: str) -> str:
        """`get`, as a screen shows it: see `unbroken`."""
        return unbroken(self.get(lang))

    def has(self, lang: str) -> bool:
        return bool(self.values.get(lang))

    def __bool__(self) -> bool:
        return bool(self.values)


# A hyphen between a number and the letters after it: "1990-cı", "9-cu", "1990-х".
_NUMBER_SUFFIX = re.compile(r"(?<=\d)-(?=[^\W\d_])")


def unbroken(text: str) -> str:
    """`text` with a number's suffix held to it by a non-breaking hyphen (U+2011), so that a
    line never ends in "1990-" and starts the next with "cı". For screens only: what is
    stored, searched and exported keeps the plain hyphen."""
    return _NUMBER_SUFFIX.sub("\u2011", text)
