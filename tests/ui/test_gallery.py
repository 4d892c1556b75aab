"""The photos-and-video grid: filters by the chronology's tracks and eras, and a section of
thousands that opens at once because its rows are made only as they scroll into view."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QMetaObject, QPointF

from kiosk.content import model as m
from kiosk.content.text import LocalText
from kiosk.services.publish import publish
from tests.ui.conftest import Finger, open_kiosk

MANY = 3000


def _open_grid(finger: Finger):
    finger.tap("attractScreen")
    finger.tap("sectionTile-photos")
    return finger.wait_for("mediaGrid")


def _caption(finger: Finger, index: int) -> str:
    return finger.wait_for(f"mediaCaption-{index}").property("text")


def test_a_filter_narrows_the_grid_and_the_viewer_follows_it(finger):
    grid = _open_grid(finger)
    assert grid.property("count") == 7
    assert finger.wait_for("mediaFilter-all").property("checked")
    finger.tap("mediaFilter-track:vilnius-1991")
    finger.qtbot.waitUntil(lambda: grid.property("count") == 1)
    assert "television tower" in _caption(finger, 0)
    finger.tap("mediaFilter-era:remembering")
    finger.qtbot.waitUntil(lambda: grid.property("count") == 4)
    assert finger.find("mediaFilter-all").property("checked") is False
    finger.tap("mediaTile-1")
    finger.qtbot.waitUntil(lambda: finger.screen() == "photo")
    assert finger.text("photoPosition") == "2 / 4"  # a swipe steps through the filtered four
    finger.tap("backButton")
    finger.qtbot.waitUntil(lambda: finger.screen() == "media")
    assert finger.wait_for("mediaGrid").property("count") == 4  # still filtered on return
    finger.tap("mediaFilter-all")
    finger.qtbot.waitUntil(lambda: finger.find("mediaGrid").property("count") == 7)


def test_the_filters_speak_the_visitors_language(finger):
    _open_grid(finger)
    finger.tap("language-ru")
    finger.qtbot.waitUntil(lambda: finger.text("mediaFilter-track:baku-1990") == "Баку 1990")
    assert finger.text("mediaFilter-all") == "Все"


def test_stories_and_periods_stand_in_two_labelled_groups(finger):
    _open_grid(finger)
    x = lambda name: finger.wait_for(name).mapToScene(QPointF(0, 0)).x()  # noqa: E731
    assert finger.text("mediaFilterGroup-track") == "Story:"
    assert finger.text("mediaFilterGroup-era") == "Period:"
    # Each label stands before its own group: the story label, its tracks, the period label,
    # its eras.
    order = ["mediaFilterGroup-track", "mediaFilter-track:remembrance"]
    order += ["mediaFilterGroup-era", "mediaFilter-era:remembering"]
    assert [x(name) for name in order] == sorted(x(name) for name in order)


@pytest.mark.slow
def test_a_section_of_thousands_opens_making_only_the_rows_in_view(qtbot, demo_home, touchscreen):
    _add_many_pictures(demo_home, MANY)
    kiosk = open_kiosk(qtbot, demo_home)
    try:
        finger = Finger(qtbot, kiosk, touchscreen)
        grid = _open_grid(finger)
        model = kiosk.controllers.gallery.media
        assert grid.property("count") == MANY + 7
        finger.wait_for("mediaTile-0")
        assert model.rows_made < 60  # a screenful or two, not three thousand
        QMetaObject.invokeMethod(grid, "positionViewAtEnd")
        qtbot.waitUntil(lambda: grid.property("atYEnd"))
        assert _caption(finger, MANY + 6) == f"Generated picture {MANY}"
        assert model.rows_made < 150
    finally:
        kiosk.close()


def _add_many_pictures(home, count: int) -> None:
    """`count` records in the photos section, sharing one stored picture's files (the rows are
    what is measured here, not the decoding)."""
    archive = home.open_draft()
    try:
        model = next(item for item in archive.content().media if item.kind == "image")
        with archive.transaction():
            for number in range(1, count + 1):
                sha = f"{number:064x}"
                archive.put(
                    dataclasses.replace(
                        model,
                        sha256=sha,
                        caption=LocalText({"en": f"Generated picture {number}"}),
                        renditions=tuple(
                            dataclasses.replace(r, media=sha) for r in model.renditions
                        ),
                    )
                )
                archive.put(m.SectionMedia("photos", sha, 100 + number))
    finally:
        archive.close()
    publish(home)


def _image_source(picture) -> str:
    image = next(
        c for c in picture.childItems() if c.metaObject().className().startswith("QQuickImage")
    )
    return image.property("source").toString()


def test_a_panorama_shows_whole_and_a_4k_tile_decodes_the_larger_rendition(
    qtbot, demo_home, touchscreen, tmp_path
):
    from kiosk.services.ingest import import_media
    from tests.media_files import photo

    import_media(demo_home, [photo(tmp_path / "pano.jpg", size=(4000, 800))], section="photos")
    publish(demo_home, force=True)  # a picture just imported has no alt text yet
    kiosk = open_kiosk(qtbot, demo_home, size=(3840, 2160))
    finger = Finger(qtbot, kiosk, touchscreen)
    grid = _open_grid(finger)
    qtbot.waitUntil(lambda: grid.property("count") == 8)
    ordinary = finger.wait_for("mediaPicture-0")
    assert ordinary.property("fillMode") == 2  # Image.PreserveAspectCrop: fills its tile
    qtbot.waitUntil(lambda: "display" in _image_source(finger.wait_for("mediaPicture-0")))
    QMetaObject.invokeMethod(grid, "positionViewAtEnd")
    panorama = finger.wait_for("mediaPicture-7")
    assert panorama.property("fillMode") == 1  # Image.PreserveAspectFit: whole, not a sliver
    kiosk.close()
