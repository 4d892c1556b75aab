"""Video in the viewer: a poster with a play mark, play/pause, seek, subtitles, the ended and
error states, and silence when the visit ends. The tests run with no sound device at all."""

from __future__ import annotations

from PySide6.QtCore import QMetaObject, QObject, QPointF, QTimer

from kiosk.media.subtitles import write_webvtt
from kiosk.services.exhibit import Exhibit
from kiosk.services.home import KioskHome
from tests.ui.conftest import Finger, open_kiosk

VIDEO_TILE = "mediaTile-6"  # the demo's sample film, last in the photos section
PAGE = "video-6"


def _open_video(finger: Finger) -> None:
    finger.tap("attractScreen")
    finger.tap("sectionTile-photos")
    _scroll_to_end(finger)
    finger.tap(VIDEO_TILE)
    finger.qtbot.waitUntil(lambda: finger.screen() == "photo")
    finger.wait_for(PAGE)


def _scroll_to_end(finger: Finger) -> None:
    grid = finger.wait_for("mediaGrid")
    QMetaObject.invokeMethod(grid, "positionViewAtEnd")
    finger.qtbot.waitUntil(lambda: grid.property("atYEnd"))


def _video(finger: Finger):
    return finger.wait_for(PAGE)


def _seek_to(finger: Finger, fraction: float) -> None:
    bar = finger.wait_for("videoSeek")
    finger.tap_at(bar.mapToScene(QPointF(bar.width() * fraction, bar.height() / 2)))


def test_the_grid_marks_the_video_with_a_play_mark_and_its_length(finger):
    finger.tap("attractScreen")
    finger.tap("sectionTile-photos")
    _scroll_to_end(finger)
    tile = finger.wait_for(VIDEO_TILE)
    marks = [c for c in _descendants(tile) if c.objectName() == "" and c.property("seconds")]
    assert [m.property("seconds") for m in marks] == [12.0]
    assert marks[0].isVisible()


def test_a_video_plays_with_subtitles_and_reaches_its_ended_state(finger):
    _open_video(finger)
    assert finger.find("videoPlayMark") is not None
    assert finger.text("videoTime") == "0:00 / 0:12"
    finger.tap("videoPlayPause")
    finger.qtbot.waitUntil(lambda: _video(finger).property("playing"), timeout=10_000)
    assert finger.find("videoPlayMark") is None
    finger.qtbot.waitUntil(
        lambda: (
            finger.text("videoSubtitle") == "This is a sample film, made by the kiosk software."
        ),
        timeout=10_000,
    )
    _seek_to(finger, 0.9)  # the end, without waiting twelve seconds for it
    finger.wait_for("videoReplay")
    assert not _video(finger).property("playing")
    assert finger.text("videoTime") == "0:12 / 0:12"
    assert finger.find("videoError") is None
    finger.tap("videoReplay")
    finger.qtbot.waitUntil(lambda: _video(finger).property("playing"), timeout=10_000)
    assert finger.find("videoReplay") is None


def test_subtitles_follow_the_visitors_language(finger):
    _open_video(finger)
    finger.tap("language-lt")
    finger.tap("videoPlayPause")
    finger.qtbot.waitUntil(
        lambda: finger.text("videoSubtitle").startswith("Tai pavyzdinis filmas"), timeout=10_000
    )


def test_a_tap_on_the_film_pauses_it_and_a_drag_on_the_seek_bar_seeks_not_swipes(finger):
    _open_video(finger)
    finger.tap("videoPlayPause")
    finger.qtbot.waitUntil(lambda: _video(finger).property("playing"), timeout=10_000)
    finger.tap("videoOutput")
    finger.qtbot.waitUntil(lambda: not _video(finger).property("playing"))
    position = finger.text("photoPosition")
    bar = finger.wait_for("videoSeek")
    finger.swipe("videoSeek", -bar.width() * 0.45, 0)  # from the middle towards the start
    assert finger.text("photoPosition") == position  # still the film, not the next item
    finger.qtbot.waitUntil(lambda: finger.text("videoTime").startswith("0:0"))


def test_the_visit_ending_silences_the_film_and_playing_keeps_the_visit_awake(finger):
    _open_video(finger)
    idle = finger.kiosk.controllers.idle
    finger.tap("videoPlayPause")
    video = _video(finger)
    finger.qtbot.waitUntil(lambda: video.property("playing"), timeout=10_000)
    assert not idle._quiet.isActive()  # no "Still there?" while a film plays
    stopped = []
    video.playingChanged.connect(lambda: stopped.append(video.property("playing")))
    finger.kiosk.controllers.visit.reset()
    assert stopped == [False]  # stopped as the visit ended, before the screen went
    finger.qtbot.waitUntil(lambda: finger.screen() == "attract")


def _film_file(home: KioskHome):
    exhibit = Exhibit.load(home)
    film = next(m for m in exhibit.media.values() if m.kind == "video")
    return home.root / film.path


def test_a_damaged_video_shows_its_error_and_the_viewer_carries_on(finger, demo_home):
    _film_file(demo_home).write_bytes(b"\x00\x00\x00\x18ftypmp42 no longer a film" * 40)
    _open_video(finger)
    error = finger.wait_for("videoError")
    assert "cannot be played" in error.childItems()[0].property("text")
    assert finger.find("videoSeek") is None
    width = finger.wait_for("photoPager").width()
    finger.swipe("photoPager", width * 0.6, 0)  # back to the picture before it
    finger.qtbot.waitUntil(lambda: finger.text("photoPosition").startswith("6 /"))


def test_a_missing_video_file_shows_the_same_error(finger, demo_home):
    _film_file(demo_home).unlink()
    _open_video(finger)
    finger.wait_for("videoError")
    finger.tap("videoPoster")  # a tap on it does nothing, and nothing breaks
    assert finger.screen() == "photo"


def _descendants(item):
    for child in item.childItems():
        yield child
        yield from _descendants(child)


def test_leaving_a_playing_film_lets_the_visit_time_out_again(finger):
    _open_video(finger)
    idle = finger.kiosk.controllers.idle
    finger.tap("videoPlayPause")
    finger.qtbot.waitUntil(lambda: _video(finger).property("playing"), timeout=10_000)
    finger.tap("homeButton")
    finger.qtbot.waitUntil(lambda: finger.screen() == "home")
    finger.qtbot.waitUntil(lambda: idle._quiet.isActive())


def test_a_long_subtitle_file_is_read_while_the_kiosk_goes_on(qtbot, demo_home, touchscreen):
    kiosk = open_kiosk(qtbot, demo_home)
    finger = Finger(qtbot, kiosk, touchscreen)
    exhibit = kiosk.controllers.exhibition.exhibit
    film = next(sha for sha, item in exhibit.media.items() if item.kind == "video")
    cues = [(n * 0.1, n * 0.1 + 0.09, f"cue {n}") for n in range(30_000)]
    write_webvtt(exhibit.subtitle_file(film, "en"), cues)  # beyond what import accepts
    ticks = []
    clock = QTimer(interval=5)
    clock.timeout.connect(lambda: ticks.append(reading.property("loaded")))
    reading = None
    _open_video(finger)
    reading = _video(finger).findChild(QObject, "videoCues")
    clock.start()
    qtbot.waitUntil(lambda: reading.property("loaded"), timeout=20_000)
    clock.stop()
    assert ticks.count(False) >= 3, "the kiosk stood still while the subtitles were read"
    reading.setProperty("position", 250_050)
    assert reading.property("text") == "cue 2500"
    kiosk.close()


def test_a_playing_film_asks_python_for_its_subtitles_only_when_they_change(finger):
    """A film's position changes at every frame; Python hears of it when a cue begins or
    ends, as a call into Python per frame is what froze the kiosk (kiosk/ui/audio.py)."""
    import sys

    from kiosk.ui import subtitles

    _open_video(finger)
    finger.tap("videoPlayPause")
    video = _video(finger)
    finger.qtbot.waitUntil(lambda: video.property("playing"), timeout=10_000)
    ticks: list[int] = []
    calls: list[str] = []

    def count_calls_into_subtitles(frame, event, arg):
        if event == "call" and frame.f_code.co_filename == subtitles.__file__:
            calls.append(frame.f_code.co_name)

    player = next(c for c in video.findChildren(QObject) if c.property("playbackRate"))
    player.positionChanged.connect(lambda: ticks.append(1))
    sys.setprofile(count_calls_into_subtitles)
    try:
        finger.qtbot.waitUntil(lambda: len(ticks) >= 40, timeout=20_000)
    finally:
        sys.setprofile(None)
    assert calls.count("_set_position") <= 4, calls  # the demo film: a cue every ~4 s
