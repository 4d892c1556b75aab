"""Text folding for search, so that a visitor typing plain Latin or plain Cyrillic finds the text.

FTS5's own `remove_diacritics` handles most accents but misses letters that are not an accent
on a base letter: Azerbaijani ə and dotless ı, Russian ё (which decomposes, but is kept by some
tokenizers), and ligatures. We fold both the indexed text and the query the same way.
"""

import re
import unicodedata

# Letters with no decomposition to a base letter, mapped to what a visitor would type instead.
_SPECIAL = {
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
# Both as regular expressions: one scan in C a text, where str.translate with a table made a
# dictionary lookup for every character (a large exhibition's index: 7 million, a second).
_SPECIALS = re.compile(f"[{''.join(_SPECIAL)}]")
# The blocks of combining diacritical marks: what the accents of Latin and Cyrillic letters
# decompose to (marks of other scripts, such as Arabic vowels, are left as written).
_MARKS = re.compile(
    "[\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+"
)


def fold(text: str) -> str:
    """Lower-case `text` and strip its diacritics: "Azərbaycan xalçası" -> "azerbaycan xalcasi"."""
    decomposed = unicodedata.normalize("NFKD", _SPECIALS.sub(_special, text))
    if decomposed.isascii():  # nothing to strip: most of an English text, all of a number
        return decomposed.casefold()
    return unicodedata.normalize("NFC", _MARKS.sub("", decomposed)).casefold()


def _special(match: re.Match) -> str:
    return _SPECIAL[match[0]]
