"""QML house rules that qmllint does not know: colours and font sizes live only in the Theme,
so that a second palette is a switch and every text follows the visitor's text size; and every
Text says how it reads its text, since Qt's default (AutoText) renders anything that looks like
HTML, and a caption from a spreadsheet or a camera could then show a local file or a link.
Only the event's story is rich: the backend escapes it and adds back its own few tags.

Usage: python scripts/lint_qml.py DIR...  (exit 1 and one line per fault)"""

from __future__ import annotations

import re
import sys
from pathlib import Path

THEME = "Theme.qml"
RULES = [
    (re.compile(r'"#[0-9a-fA-F]{3,8}"'), "a colour literal (name a colour role in Theme.qml)"),
    (re.compile(r"\bQt\.(rgba|hsla|hsva|rgb)\("), "a colour made here (use Theme.fade or a role)"),
    (
        re.compile(r'\b\w*[cC]olor\s*:\s*"(?!transparent"|#)[^"]*"'),
        "a named colour (name a colour role in Theme.qml)",
    ),
    (
        re.compile(r"\bpixelSize\s*:\s*[\d.]+(\s*\*\s*Theme\.unit)?\s*($|;|})"),
        "a font size outside the Theme (it would not follow the text size)",
    ),
]


# TextInput and TextField have no textFormat: what they show is what is typed, never markup.
TEXT_ITEM = re.compile(r"^\s*(Text|TextEdit|TextArea)\s*\{")
FORMAT = re.compile(r"\btextFormat\s*:\s*(\S+)")
PLAIN = "Text.PlainText"
# The story and a search result's title, escaped by the backend (kiosk.content.rich_text).
RICH_ALLOWED = {"EventScreen.qml": "Text.StyledText", "FoundRow.qml": "Text.StyledText"}


def faults(path: Path) -> list[str]:
    if path.name == THEME:
        return []
    lines = [line.split("//", 1)[0] for line in path.read_text(encoding="utf-8").splitlines()]
    found = []
    for number, code in enumerate(lines, 1):
        found += [f"{path}:{number}: {why}" for rule, why in RULES if rule.search(code)]
        found += [f"{path}:{number}: {why}" for why in _format_faults(path, lines, number - 1)]
    return found


def _format_faults(path: Path, lines: list[str], index: int) -> list[str]:
    """A text item without its own textFormat, or a format other than plain text."""
    formats = FORMAT.findall(lines[index])
    if TEXT_ITEM.match(lines[index]) and not _block_has_format(lines, index):
        return ["a Text without textFormat (say Text.PlainText: content is never markup)"]
    allowed = {PLAIN, RICH_ALLOWED.get(path.name, PLAIN)}
    return [f"textFormat {f} (content is shown as plain text)" for f in formats if f not in allowed]


def _block_has_format(lines: list[str], start: int) -> bool:
    """Whether the item opened on `start` sets textFormat itself (not in a child item)."""
    depth = 0
    for index in range(start, len(lines)):
        own = lines[index].split("{", 1)[1] if index == start else lines[index]
        own = own.split("{", 1)[0]  # an item opened on this line has a format of its own
        if (index == start or depth == 1) and FORMAT.search(own):
            return True
        depth += lines[index].count("{") - lines[index].count("}")
        if depth <= 0:
            return False
    return False


def main(folders: list[str]) -> int:
    qml_files = [qml for folder in folders for qml in sorted(Path(folder).rglob("*.qml"))]
    found = [fault for qml in qml_files for fault in faults(qml)]
    for fault in found:
        print(fault)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
