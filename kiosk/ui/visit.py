"""The visit: language and text size, chosen by the visitor and reset when the visit ends."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.content.settings import KNOWN_LANGUAGES, Settings
from kiosk.ui import backend

TEXT_SCALES = (0.9, 1.0, 1.3)  # small, normal, large: body 24, 27 and 35 px at 1080


class Visit(QObject):
    languageChanged = Signal()
    textSizeChanged = Signal()
    ending = Signal()  # the visit is about to be reset: what it chose is still as it was
    ended = Signal()  # the visit was reset: back to the attract loop

    def __init__(
        self,
        settings: Settings,
        every_language: Callable[[str, str], list[str]],
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self._settings = settings
        self._every_language = every_language
        self._language = settings.default_language
        self._text_size = settings.default_text_size

    @staticmethod
    def create(engine):
        return backend.of(engine).visit

    def _get_language(self) -> str:
        return self._language

    language = Property(str, _get_language, notify=languageChanged)

    @Slot(result="QVariantList")
    def languageChoices(self) -> list[dict[str, str]]:
        """Each language by its own name: English, Azərbaycanca, Lietuvių, Русский."""
        return [{"code": c, "name": KNOWN_LANGUAGES[c]} for c in self._settings.languages]

    def _get_text_size(self) -> int:
        return self._text_size

    textSize = Property(int, _get_text_size, notify=textSizeChanged)

    def _get_text_sizes(self) -> int:
        return min(self._settings.text_sizes, len(TEXT_SCALES))

    textSizes = Property(int, _get_text_sizes, notify=textSizeChanged)

    def _get_text_scale(self) -> float:
        return TEXT_SCALES[min(self._text_size, len(TEXT_SCALES) - 1)]

    textScale = Property(float, _get_text_scale, notify=textSizeChanged)

    def languages_codes(self) -> list[str]:
        return list(self._settings.languages)

    @Slot(str)
    def chooseLanguage(self, code: str) -> None:
        if code in self._settings.languages and code != self._language:
            self._language = code
            self.languageChanged.emit()

    @Slot(int)
    def chooseTextSize(self, size: int) -> None:
        size = max(0, min(size, self._get_text_sizes() - 1))
        if size != self._text_size:
            self._text_size = size
            self.textSizeChanged.emit()

    @Slot(str, str, result="QStringList")
    def inEveryLanguage(self, context: str, text: str) -> list[str]:
        return self._every_language(context, text)

    @Slot()
    def reset(self) -> None:
        """End the visit: default language and text size, then tell everyone else."""
        self.ending.emit()
        self.chooseLanguage(self._settings.default_language)
        self.chooseTextSize(self._settings.default_text_size)
        self.ended.emit()
