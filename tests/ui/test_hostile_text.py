"""Text from content is shown as text: markup typed into a spreadsheet (or written into a
picture by a camera or a tool) is drawn as the characters it is, never as a picture or a link."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtQml import QQmlExpression, qmlContext
from PySide6.QtQuick import QQuickItem

from kiosk.services.export import export_csv
from kiosk.services.ingest import import_media
from kiosk.services.publish import publish
from tests.hostile import MARKUP
from tests.ui.conftest import Finger, open_kiosk

SHEETS = {
    "exhibition.csv": ("title (en)", "subtitle (en)", "intro (en)"),
    "sections.csv": ("title (en)", "intro (en)"),
    "tracks.csv": ("title (en)",),
    "media.csv": ("caption (en)", "alt (en)", "credit (en)"),
    "events.csv": ("title (en)", "place (en)", "display date (en)", "body (en)"),
    "artworks.csv": ("title (en)", "medium (en)", "description (en)"),
    "programme.csv": ("title (en)", "composer (en)", "work (en)", "performers (en)"),
}
PLAIN_TEXT = 0  # Text.PlainText
STORY = "eventParagraph"  # the one rich text: escaped by the backend, emphasis only


def _with_markup_everywhere(home, folder: Path) -> None:
    """Every English text of the demo set to markup through the metadata spreadsheets."""
    for sheet in export_csv(home, folder):
        columns = SHEETS.get(sheet.name)
        if columns is None:
            sheet.unlink()  # its texts are the figures', the sources', the artists'
            continue
        with sheet.open(encoding="utf-8-sig", newline="") as file:
            rows = list(csv.DictReader(file))
        for row in rows:
            row.update({column: MARKUP for column in columns if row[column]})
        with sheet.open("w", encoding="utf-8-sig", newline="") as file:
            writer = csv.DictWriter(file, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
    report = import_media(home, sorted(folder.glob("*.csv")))
    assert not [p for plan in report.sheets for p in plan.problems]
    publish(home)


def _texts(item: QQuickItem) -> list[QQuickItem]:
    found = [item] if item.inherits("QQuickText") and item.isVisible() else []
    for child in item.childItems():
        found += _texts(child)
    return found


def _format(text: QQuickItem) -> int:
    """The item's textFormat, read as QML reads it (PySide6 has no converter for the enum)."""
    value, _ = QQmlExpression(qmlContext(text), text, "textFormat").evaluate()
    return int(value)


def _assert_drawn_as_text(finger: Finger, where: str) -> None:
    finger.settle()
    texts = _texts(finger.kiosk.window.contentItem())
    rich = [
        (t.objectName() or t.metaObject().className(), t.property("text")[:40])
        for t in texts
        if _format(t) != PLAIN_TEXT and t.objectName() != STORY
    ]
    assert not rich, f"{where}: texts that would render markup: {rich}"
    shown = [t.property("text") for t in texts]
    assert any("<img" in text for text in shown), f"{where}: the markup is not shown as text"


def test_markup_in_every_text_is_drawn_as_characters(qtbot, demo_home, touchscreen, tmp_path):
    _with_markup_everywhere(demo_home, tmp_path / "sheets")
    kiosk = open_kiosk(qtbot, demo_home)
    finger = Finger(qtbot, kiosk, touchscreen)
    finger.wait_for("attractScreen")
    _assert_drawn_as_text(finger, "attract loop")
    finger.tap("attractScreen")
    for section, item, screen in (
        ("sectionTile-chronology", "eventCard-baku-night-1990", "eventScreen"),
        ("sectionTile-photos", "mediaTile-0", "photoScreen"),
        ("sectionTile-artworks", "artworkTile-carnations-in-snow", "artworkScreen"),
        ("sectionTile-concert", "pieceRow-hajibeyov-sensiz", "pieceScreen"),
    ):
        finger.tap("homeButton") if finger.find("homeButton") else None
        finger.reveal(section, "homeScreen")
        finger.tap(section)
        finger.settle()
        _assert_drawn_as_text(finger, section)
        finger.tap(item)
        finger.wait_for(screen)
        _assert_drawn_as_text(finger, screen)
    kiosk.close()
