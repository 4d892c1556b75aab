"""What a visitor is told of a text in another language than theirs: "(in English)" on a
Russian screen. For the languages a source is most likely written in; any other is named by
its code."""

from __future__ import annotations

# The language of a text -> how each visitor's language says "in <that language>".
IN_LANGUAGE: dict[str, dict[str, str]] = {
    "en": {"en": "in English", "az": "ingilis dilində", "lt": "anglų kalba", "ru": "на английском"},
    "az": {
        "en": "in Azerbaijani",
        "az": "azərbaycan dilində",
        "lt": "azerbaidžanietiškai",
        "ru": "на азербайджанском",
    },
    "lt": {"en": "in Lithuanian", "az": "litva dilində", "lt": "lietuviškai", "ru": "на литовском"},
    "ru": {"en": "in Russian", "az": "rus dilində", "lt": "rusų kalba", "ru": "на русском"},
    "sr": {"en": "in Serbian", "az": "serb dilində", "lt": "serbų kalba", "ru": "на сербском"},
}


def language_note(text_language: str | None, visitor_language: str) -> str:
    """ "in English" when the text's language is not the visitor's, else ""."""
    if not text_language or text_language == visitor_language:
        return ""
    said = IN_LANGUAGE.get(text_language, {})
    return said.get(visitor_language) or said.get("en") or text_language
