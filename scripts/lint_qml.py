"""QML house rules that qmllint does not know: colours and font sizes live only in the Theme,
so that a second palette is a switch and every text follows the visitor's text size.

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


def faults(path: Path) -> list[str]:
    if path.name == THEME:
        return []
    found = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        code = line.split("//", 1)[0]
        found += [f"{path}:{number}: {why}" for rule, why in RULES if rule.search(code)]
    return found


def main(folders: list[str]) -> int:
    qml_files = [qml for folder in folders for qml in sorted(Path(folder).rglob("*.qml"))]
    found = [fault for qml in qml_files for fault in faults(qml)]
    for fault in found:
        print(fault)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
