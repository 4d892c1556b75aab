"""`kiosk preview`: the draft as visitors would see it, in a window marked as a preview."""

from __future__ import annotations

from dataclasses import replace

from click.testing import CliRunner

from kiosk.cli import main
from kiosk.content.text import LocalText
from kiosk.services.home import KioskHome
from kiosk.ui.app import load
from tests.ui.conftest import Finger, find_anywhere, open_kiosk

DRAFT_TITLE = "Not Yet Published"


def _retitle_the_draft(home: KioskHome) -> None:
    draft = home.open_draft()
    try:
        with draft.transaction():
            draft.put(replace(draft.exhibition(), title=LocalText.of(DRAFT_TITLE)))
    finally:
        draft.close()


def test_the_preview_shows_the_draft_and_says_so(qtbot, demo_home, touchscreen):
    _retitle_the_draft(demo_home)
    preview = load(demo_home, windowed=True, draft=True)
    try:
        preview.window.show()
        finger = Finger(qtbot, preview, touchscreen)
        qtbot.waitUntil(lambda: finger.find("exhibitionTitle") is not None)
        assert finger.text("exhibitionTitle") == DRAFT_TITLE
        assert finger.find("previewMark") is not None
        assert preview.window.title() == "Preview of the draft — not published"
        assert preview.new_snapshots is None  # the draft is what it shows, whatever is published
    finally:
        preview.close()


def test_the_published_kiosk_shows_no_draft_and_no_preview_mark(qtbot, demo_home, touchscreen):
    _retitle_the_draft(demo_home)
    kiosk = open_kiosk(qtbot, demo_home)
    try:
        finger = Finger(qtbot, kiosk, touchscreen)
        assert finger.text("exhibitionTitle") == "Memory Lives Because It Bears Witness"
        assert not find_anywhere(kiosk.window.contentItem(), "previewMark").isVisible()
        assert kiosk.window.title() == "Memory Lives Because It Bears Witness"
    finally:
        kiosk.close()


def test_a_draft_with_no_exhibition_is_one_line_naming_the_command_that_makes_one(home):
    result = CliRunner().invoke(main, ["preview", "--home", str(home.root)])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.output
    assert str(home.draft_file) in lines[0]
    assert f"kiosk new --home {home.root} --title" in lines[0]
