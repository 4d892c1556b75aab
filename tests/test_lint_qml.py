"""The QML house rules (scripts/lint_qml.py, run by `make lint`) catch what they are for."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from tests.conftest import PROJECT

_spec = importlib.util.spec_from_file_location("lint_qml", PROJECT / "scripts" / "lint_qml.py")
lint_qml = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(lint_qml)


def test_colours_and_font_sizes_outside_the_theme_are_faults(tmp_path: Path):
    screen = tmp_path / "Screen.qml"
    screen.write_text(
        "Rectangle {\n"
        '    color: "#121110"\n'
        '    border.color: "white"\n'
        "    Text { font.pixelSize: 20 * Theme.unit; textFormat: Text.PlainText }\n"
        "    Rectangle { color: Qt.rgba(0, 0, 0, 0.5) }\n"
        '    Item { color: "transparent" } // "#fff" in a comment is fine\n'
        "}\n"
    )
    assert [line.split(":")[1] for line in lint_qml.faults(screen)] == ["2", "3", "4", "5"]
    (tmp_path / "Theme.qml").write_text('QtObject { property color text: "#f0e8da" }\n')
    assert lint_qml.faults(tmp_path / "Theme.qml") == []


def test_a_text_that_does_not_say_it_is_plain_is_a_fault(tmp_path: Path):
    screen = tmp_path / "Screen.qml"
    screen.write_text(
        "Item {\n"
        "    Text {\n"
        "        text: caption\n"
        "        Text { textFormat: Text.PlainText }  // a child's format is its own\n"
        "    }\n"
        "    Text { text: title; textFormat: Text.PlainText }\n"
        "    Label { textFormat: Text.RichText }\n"
        "    TextEdit {\n"
        "        textFormat: Text.StyledText\n"
        "    }\n"
        "}\n"
    )
    assert [line.split(":")[1] for line in lint_qml.faults(screen)] == ["2", "7", "9"]


def test_only_the_events_story_may_be_styled(tmp_path: Path):
    story = "Text {\n    textFormat: Text.StyledText\n}\n"
    (tmp_path / "EventScreen.qml").write_text(story)
    (tmp_path / "PhotoScreen.qml").write_text(story)
    assert lint_qml.faults(tmp_path / "EventScreen.qml") == []
    assert len(lint_qml.faults(tmp_path / "PhotoScreen.qml")) == 1


def test_the_kiosks_own_qml_keeps_them():
    assert lint_qml.main([str(PROJECT / "kiosk" / "ui" / "qml")]) == 0
