"""The interface's own words in the visitor's language, through Qt's translation system.

The `.ts` files in `i18n/` are the sources translators edit (Qt Linguist, or any text editor);
`make` compiles them to `.qm` beside them with Qt's lrelease. `python -m kiosk.ui.translations`
does the same, and `--update` first refreshes the `.ts` files from the QML with lupdate.
"""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtQml import QQmlEngine

log = logging.getLogger(__name__)
I18N_DIR = Path(__file__).parent / "i18n"
QML_DIR = Path(__file__).parent / "qml"
TOOLS_DIR = Path(PySide6.__file__).parent


def ts_file(lang: str) -> Path:
    return I18N_DIR / f"kiosk_{lang}.ts"


def qm_file(lang: str) -> Path:
    return I18N_DIR / f"kiosk_{lang}.qm"


def compile_all() -> list[Path]:
    """Compile every `.ts` whose `.qm` is missing or older; returns the files written."""
    written = []
    for source in sorted(I18N_DIR.glob("kiosk_*.ts")):
        target = source.with_suffix(".qm")
        if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
            continue
        _run("lrelease", "-silent", str(source), "-qm", str(target))
        written.append(target)
    return written


def update_sources() -> None:
    """Add new qsTr strings from the QML to every `.ts` (existing translations are kept)."""
    qml = sorted(str(p) for p in QML_DIR.rglob("*.qml"))
    for source in sorted(I18N_DIR.glob("kiosk_*.ts")):
        # English is the source language: its file holds only the plural forms ("1 try left").
        plural_only = ["-pluralonly"] if source == ts_file("en") else []
        _run("lupdate", "-silent", "-locations", "none", *plural_only, *qml, "-ts", str(source))


def _run(tool: str, *args: str) -> None:
    subprocess.run([str(TOOLS_DIR / tool), *args], check=True)


class Translations:
    """One translator per language; `use` installs one and re-evaluates every qsTr."""

    def __init__(self, engine: QQmlEngine, languages: list[str]):
        self._engine = engine
        self._languages = languages
        self._translators: dict[str, QTranslator] = {}
        self._installed: QTranslator | None = None
        for lang in languages:
            translator = QTranslator(engine)
            if translator.load(str(qm_file(lang))):
                self._translators[lang] = translator
            else:
                log.warning(
                    "%s is missing: run make or python -m kiosk.ui.translations; "
                    "showing English instead",
                    qm_file(lang),
                )

    def use(self, lang: str) -> None:
        app = QCoreApplication.instance()
        if self._installed is not None:
            app.removeTranslator(self._installed)
        self._installed = self._translators.get(lang)
        if self._installed is not None:
            app.installTranslator(self._installed)
        self._engine.retranslate()

    def release(self) -> None:
        if self._installed is not None:
            QCoreApplication.instance().removeTranslator(self._installed)
            self._installed = None

    def every_language(self, context: str, text: str) -> list[str]:
        """`text` in each language at once (the attract loop invites everyone together)."""
        found = []
        for lang in self._languages:
            translator = self._translators.get(lang)
            found.append((translator.translate(context, text) if translator else "") or text)
        return list(dict.fromkeys(found))


if __name__ == "__main__":
    if "--update" in sys.argv:
        update_sources()
    for path in compile_all():
        print(f"compiled {path}")
