"""A visitor's tour, by touch: every section and a detail of each, languages, text size."""

from __future__ import annotations

import logging

from PySide6.QtCore import QPointF
from PySide6.QtGui import QCloseEvent, QGuiApplication

SECTIONS = {
    "chronology": ("eventCard-baku-night-1990", "event"),
    "photos": ("mediaTile-0", "photo"),
    "artworks": ("artworkTile-carnations-in-snow", "artwork"),
    "concert": ("pieceRow-hajibeyov-sensiz", "piece"),
}


def test_a_visitor_taps_through_every_section(finger):
    finger.tap("attractScreen")
    finger.qtbot.waitUntil(lambda: finger.screen() == "home")
    for section, (item, detail) in SECTIONS.items():
        finger.tap(f"sectionTile-{section}")
        finger.qtbot.waitUntil(lambda s=section: finger.kiosk.controllers.navigator.key == s)
        finger.tap(item)
        finger.qtbot.waitUntil(lambda d=detail: finger.screen() == d)
        finger.tap("backButton")
        finger.qtbot.waitUntil(lambda s=section: finger.kiosk.controllers.navigator.key == s)
        finger.tap("homeButton")
        finger.qtbot.waitUntil(lambda: finger.screen() == "home")


def test_an_event_shows_both_disputed_figures_with_their_sources(finger):
    _open_event(finger)
    group = finger.wait_for("factGroup-killed")
    texts = _texts(group)
    assert "147" in texts and "150" in texts
    assert any("Serbia" in t for t in texts)  # each figure under its own source
    assert finger.find("sourcesDiffer") is not None


def test_switching_language_changes_the_visible_text_at_once(finger):
    _open_event(finger)
    assert finger.text("eventPlace").startswith("Baku, Sumgayit")
    finger.tap("language-az")
    finger.qtbot.waitUntil(lambda: finger.text("eventPlace").startswith("Bakı, Sumqayıt"))
    finger.tap("language-ru")
    finger.qtbot.waitUntil(lambda: finger.text("eventPlace").startswith("Баку, Сумгаит"))
    assert finger.text("eventDate").startswith("19–20 января 1990")


def test_the_interface_words_are_translated(finger):
    finger.tap("attractScreen")
    for lang, home in {"az": "Ana səhifə", "lt": "Pradžia", "ru": "Главная", "en": "Home"}.items():
        finger.tap(f"language-{lang}")
        finger.qtbot.waitUntil(lambda h=home: h in _texts(finger.find("homeButton")))


def test_the_largest_text_size_makes_text_larger(finger):
    _open_event(finger)
    before = finger.wait_for("eventPlace").property("font").pixelSize()
    finger.tap("textSize-2")
    finger.qtbot.waitUntil(
        lambda: finger.wait_for("eventPlace").property("font").pixelSize() > before * 1.2
    )


def test_a_page_longer_than_the_screen_says_so_until_the_visitor_reaches_its_end(
    qtbot, demo_home, touchscreen
):
    from tests.ui.conftest import Finger, open_kiosk

    kiosk = open_kiosk(qtbot, demo_home, size=(1280, 800))
    finger = Finger(qtbot, kiosk, touchscreen)
    finger.tap("attractScreen")
    finger.tap("textSize-2")
    home = finger.wait_for("homeScreen")
    finger.wait_for("moreBelow")
    for _ in range(10):
        if home.property("atYEnd"):
            break
        finger.swipe("homeScreen", 0, -300)
    qtbot.waitUntil(lambda: finger.find("moreBelow") is None)
    assert home.property("contentY") > 0
    kiosk.close()


def test_the_programmes_scroll_bar_stands_in_the_margin_clear_of_its_rows(finger):
    finger.tap("attractScreen")
    finger.tap("sectionTile-concert")
    row = finger.wait_for("pieceRow-hajibeyov-sensiz")
    screen = finger.wait_for("programmeScreen")  # its bar, not the home screen's fading out
    bar = finger.wait_for("scrollBar", within=screen)
    row_right = row.mapToScene(QPointF(row.width(), 0)).x()
    assert bar.mapToScene(QPointF(0, 0)).x() > row_right


def test_a_missing_picture_shows_a_placeholder_with_its_caption(qtbot, demo_home, touchscreen):
    from kiosk.ui.navigator import Screen
    from tests.ui.conftest import Finger, open_kiosk

    for rendition in (demo_home.root / "media" / "renditions").rglob("*-display.jpg"):
        rendition.unlink()
    kiosk = open_kiosk(qtbot, demo_home)
    finger = Finger(qtbot, kiosk, touchscreen)
    kiosk.controllers.navigator.home()  # the way there is tested above; here, the picture
    kiosk.controllers.navigator.open(Screen.Event, "baku-night-1990")
    placeholder = finger.wait_for("placeholder")
    assert "carnations" in " ".join(_texts(placeholder)).lower()
    kiosk.close()


def test_lockdown_refuses_close_requests_and_closing_keys_and_hides_the_cursor(kiosk, qapp):
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    from kiosk.ui.lockdown import Lockdown

    lockdown = Lockdown(kiosk.window)
    lockdown.apply(qapp)
    try:
        assert qapp.overrideCursor().shape() == Qt.CursorShape.BlankCursor
        event = QCloseEvent()
        QGuiApplication.sendEvent(kiosk.window, event)
        assert not event.isAccepted()
        assert kiosk.window.isVisible()
        press = QEvent.Type.KeyPress
        none, alt = Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.AltModifier
        refused = [(Qt.Key.Key_F4, alt), (Qt.Key.Key_Tab, alt), (Qt.Key.Key_Super_L, none)]
        for key, modifiers in refused:
            assert lockdown.eventFilter(kiosk.window, QKeyEvent(press, key, modifiers))
        # The keypad's keys pass: Tab between controls, Escape back a screen.
        for key in (Qt.Key.Key_A, Qt.Key.Key_Tab, Qt.Key.Key_Escape):
            assert not lockdown.eventFilter(kiosk.window, QKeyEvent(press, key, none))
    finally:
        qapp.removeEventFilter(lockdown)
        qapp.restoreOverrideCursor()


def test_an_error_in_a_slot_is_logged_and_the_visitor_lands_home(finger, monkeypatch, caplog):
    finger.kiosk.recover_from_errors()  # as `kiosk run` does; undone when the kiosk closes
    exhibition = finger.kiosk.controllers.exhibition

    def broken(slug, language):
        raise RuntimeError("the archive went away")

    monkeypatch.setattr(exhibition.exhibit, "event_detail", broken)  # a fault, injected
    finger.tap("attractScreen")
    finger.tap("sectionTile-chronology")
    with caplog.at_level(logging.ERROR):
        finger.tap("eventCard-baku-night-1990")
        finger.qtbot.waitUntil(lambda: finger.screen() == "home")
    assert "the archive went away" in caplog.text


def _open_event(finger):
    finger.tap("attractScreen")
    finger.tap("sectionTile-chronology")
    finger.tap("eventCard-baku-night-1990")
    finger.qtbot.waitUntil(lambda: finger.screen() == "event")


def _texts(item) -> list[str]:
    found = [item.property("text")] if isinstance(item.property("text"), str) else []
    for child in item.childItems():
        found += _texts(child)
    return [t for t in found if t]


def test_counts_are_written_in_each_language_s_plural_form(finger):
    finger.tap("attractScreen")
    c = finger.kiosk.controllers
    expected = {"en": "15 seconds.", "ru": "15 секунд.", "lt": "15 sekundžių.", "az": "15 saniyə"}
    for lang, words in expected.items():
        c.visit.chooseLanguage(lang)  # a tap on the language would answer the overlay
        c.idle.warn()
        finger.qtbot.waitUntil(lambda w=words: w in finger.text("idleCountdown"))
        c.idle.stillHere()


def test_a_swipe_in_the_viewer_steps_through_the_sections_pictures(finger):
    finger.tap("attractScreen")
    finger.tap("sectionTile-photos")
    finger.tap("mediaTile-0")
    finger.qtbot.waitUntil(lambda: finger.screen() == "photo")
    exhibition = finger.kiosk.controllers.exhibition
    rows = exhibition.exhibit.media_items("photos", "en")
    assert finger.text("photoCaption") == rows[0].caption
    assert finger.text("photoPosition") == f"1 / {len(rows)}"
    width = finger.wait_for("photoPager").width()
    finger.swipe("photoPager", -width * 0.6, 0)
    finger.qtbot.waitUntil(lambda: finger.text("photoCaption") == rows[1].caption)
    assert finger.text("photoPosition") == f"2 / {len(rows)}"
    finger.swipe("photoPager", width * 0.6, 0)
    finger.qtbot.waitUntil(lambda: finger.text("photoCaption") == rows[0].caption)
    finger.swipe("photoPager", width * 0.6, 0)  # nothing before the first
    finger.settle()
    assert finger.text("photoCaption") == rows[0].caption
    finger.tap("language-az")
    finger.qtbot.waitUntil(
        lambda: (
            finger.text("photoCaption") == exhibition.exhibit.media_items("photos", "az")[0].caption
        )
    )


def test_reading_down_the_figures_keeps_the_events_text_in_sight(finger):
    _open_event(finger)
    evidence = finger.wait_for("eventEvidence")
    place = finger.wait_for("eventPlace")
    before = place.mapToScene(QPointF(0, 0)).y()
    finger.swipe("eventEvidence", 0, -400)
    finger.qtbot.waitUntil(lambda: evidence.property("contentY") > 100)
    assert place.mapToScene(QPointF(0, 0)).y() == before  # the text beside stays put
    assert finger.find("eventPlace") is not None


def test_sources_that_agree_show_one_figure_under_both_each_in_its_own_words(finger):
    _open_event(finger)
    group = finger.wait_for("factGroup-injured")
    texts = _texts(group)
    assert texts.count("744") == 1
    assert "Seriously wounded" in texts  # the second source's words, under the same figure
    killed = finger.wait_for("factGroup-killed")
    words = [t.property("text") for t in _descendants(killed) if t.objectName() == "sourceWords"]
    assert words == ["Killed", "Civilians killed"]  # each figure in its source's words
    assert all(t.isVisible() for t in _descendants(killed) if t.objectName() == "sourceWords")
    assert sum("Source:" in t for t in texts) == 2
    assert finger.find("sourcesDiffer", within=group) is None


def test_sample_pictures_carry_the_sample_badge_in_the_visitors_language(finger):
    finger.tap("attractScreen")
    finger.tap("language-az")
    tile = finger.wait_for("sectionTile-chronology")
    finger.qtbot.waitUntil(lambda: "Nümunə" in _shown_texts(tile))
    finger.tap("sectionTile-chronology")
    card = finger.wait_for("eventCard-baku-night-1990")
    assert "Nümunə" in _shown_texts(card)
    assert not any("(nümunə)" in text for text in _shown_texts(card))


def _shown_texts(item) -> list[str]:
    if not item.isVisible():
        return []
    found = [item.property("text")] if isinstance(item.property("text"), str) else []
    for child in item.childItems():
        found += _shown_texts(child)
    return found


def test_a_piece_without_an_excerpt_says_why_and_a_piece_steps_to_the_next(finger):
    finger.tap("attractScreen")
    finger.tap("sectionTile-concert")
    finger.reveal("pieceRow-dvarionas-pezzo-elegiaco", "programmeList")
    assert finger.text("noRecording-dvarionas-pezzo-elegiaco") == "No recording in the exhibition"
    assert finger.find("playButton-dvarionas-pezzo-elegiaco") is None
    finger.tap("pieceRow-ciurlionis-nocturne")
    finger.qtbot.waitUntil(lambda: finger.screen() == "piece")
    assert finger.text("piecePosition") == "Piece 3 of 7"
    assert finger.text("pieceComposer") == "Mikalojus Konstantinas Čiurlionis (1875–1911)"
    finger.tap("nextPiece")
    finger.qtbot.waitUntil(lambda: finger.text("piecePosition") == "Piece 4 of 7")
    assert finger.find("noRecording") is not None


def _descendants(item) -> list:
    found = []
    for child in item.childItems():
        found += [child, *_descendants(child)]
    return found
