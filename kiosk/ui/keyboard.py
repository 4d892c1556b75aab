"""The visitor's on-screen keyboard: Qt Virtual Keyboard's InputPanel inside the kiosk's own
window (components/Keyboard.qml), never a keyboard of the system's, with the layouts the
kiosk ships in keyboard_layouts/: Qt's English and Russian, and Azerbaijani and Lithuanian
written for it. Qt reads where they are from the environment, once, when the application is
made, so `prepare()` comes before QGuiApplication; and that path replaces Qt's own layouts,
so every layout the kiosk offers is in that folder.
"""

from __future__ import annotations

import os
from collections.abc import MutableMapping
from pathlib import Path

LAYOUTS = Path(__file__).resolve().parent / "keyboard_layouts"
# An import path holding the kiosk's keyboard style (QtQuick/VirtualKeyboard/Styles/kiosk):
# Qt's default style in the Theme's palettes, the high-contrast one among them.
STYLES = Path(__file__).resolve().parent / "keyboard_style"
STYLE = "kiosk"
# A visitor's language and the keyboard layout (a folder of LAYOUTS) that types it.
LOCALES = {"en": "en_GB", "ru": "ru_RU", "az": "az_AZ", "lt": "lt_LT"}


def prepare(environ: MutableMapping[str, str] = os.environ) -> None:
    """Ask Qt for the virtual keyboard, the kiosk's layouts and style, and no window of its
    own (with no InputPanel in the scene Qt would open one over the kiosk). The style is
    found under the engine's import paths, STYLES among them (app.make_engine)."""
    environ["QT_IM_MODULE"] = "qtvirtualkeyboard"
    environ["QT_VIRTUALKEYBOARD_LAYOUT_PATH"] = str(LAYOUTS)
    environ["QT_VIRTUALKEYBOARD_DESKTOP_DISABLE"] = "1"
    environ["QT_VIRTUALKEYBOARD_STYLE"] = STYLE


def locales(language: str, languages: list[str]) -> list[str]:
    """The layouts the keyboard's globe key steps through: the visitor's first, then the
    exhibition's other languages (a Russian visitor can still type "Baku")."""
    ordered = [language, *(other for other in languages if other != language)]
    return [LOCALES[lang] for lang in ordered if lang in LOCALES]
