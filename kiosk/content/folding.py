"""Text folding for search, so that a visitor typing plain Latin or plain Cyrillic finds the text.

FTS5's own `remove_diacritics` handles most accents but misses letters that are not an accent
on a base letter: Azerbaijani ə and dotless ı, Russian ё (which decomposes, but is kept by some
tokenizers), and ligatures. We fold both the indexed text and the query the same way.
"""

import unicodedata

# Letters with no decomposition to a base letter, mapped to what a visitor would type instead.
_SPECIAL = str.maketrans(
    {
        "ə": "e",
        "Ə": "e",
        "ı": "i",
        "ё": "е",
        "Ё": "е",
        "ß": "ss",
        "ø": "o",
        "Ø": "o",
        "ł": "l",
        "Ł": "l",
        "đ": "d",
        "Đ": "d",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
    }
)


def fold(text: str) -> str:
    """Lower-case `text` and strip its diacritics: "Azərbaycan xalçası" -> "azerbaycan xalcasi"."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    if decomposed.isascii():  # nothing to strip: most of an English text, all of a number
        return decomposed.casefold()
    stripped = decomposed.translate(_COMBINING)
    return unicodedata.normalize("NFC", stripped).casefold()


class _Combining(dict):
    """str.translate's table of the combining marks, filled as they are met: one lookup a
    character in C, not a Python call for each (a large exhibition's index: 7 million)."""

    def __missing__(self, code: int) -> int | None:
        value = None if unicodedata.combining(chr(code)) else code
        self[code] = value
        return value


_COMBINING = _Combining()
