"""The full-screen viewer: swipe at fit, zoom by pinch and double-tap, pan when zoomed."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from PySide6.QtCore import Q_ARG, QMetaObject
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from kiosk.media.store import sha256_of
from kiosk.services.ingest import import_media
from kiosk.services.publish import publish
from tests.ui.conftest import Finger, open_kiosk


def _open_viewer(finger: Finger) -> None:
    finger.tap("attractScreen")
    finger.tap("sectionTile-photos")
    finger.tap("mediaTile-0")
    finger.qtbot.waitUntil(lambda: finger.screen() == "photo")


def _zoom(finger: Finger) -> float:
    return finger.wait_for("zoomable-0").property("zoom")


def test_a_double_tap_zooms_in_and_a_swipe_then_pans_instead_of_changing_picture(finger):
    _open_viewer(finger)
    position = finger.text("photoPosition")
    finger.double_tap("zoomable-0")
    finger.qtbot.waitUntil(lambda: _zoom(finger) > 2)
    zoomable = finger.wait_for("zoomable-0")
    before = zoomable.property("contentX")
    finger.swipe("zoomable-0", -300, 0)
    finger.qtbot.waitUntil(lambda: zoomable.property("contentX") > before + 100)
    assert finger.text("photoPosition") == position  # panned, the same picture
    finger.double_tap("zoomable-0")
    finger.qtbot.waitUntil(lambda: _zoom(finger) == 1)
    width = finger.wait_for("photoPager").width()
    finger.swipe("photoPager", -width * 0.6, 0)
    finger.qtbot.waitUntil(lambda: finger.text("photoPosition").startswith("2 /"))


def test_a_pinch_zooms_in_and_out_within_bounds(finger):
    _open_viewer(finger)
    finger.pinch("zoomable-0", 1.8)
    finger.qtbot.waitUntil(lambda: _zoom(finger) > 1.5)
    assert finger.text("photoPosition").startswith("1 /")
    finger.pinch("zoomable-0", 0.2)
    finger.qtbot.waitUntil(lambda: _zoom(finger) == 1)  # never smaller than fit


def test_a_tap_hides_and_shows_the_texts(finger):
    _open_viewer(finger)
    caption = finger.text("photoCaption")
    finger.tap("zoomable-0")
    finger.qtbot.waitUntil(lambda: finger.find("photoCaption") is None)
    finger.tap("zoomable-0")
    assert finger.text("photoCaption") == caption


def _lined(path, size):
    """White with a one-pixel black line every 16 pixels: detail no rendition keeps."""
    picture = Image.new("L", size, 255)
    draw = ImageDraw.Draw(picture)
    for x in range(0, size[0], 16):
        draw.line([(x, 0), (x, size[1])], fill=0)
    path.parent.mkdir(parents=True, exist_ok=True)
    picture.convert("RGB").save(path, quality=92)
    return path


def _dark_share(kiosk) -> float:
    """Of 320 pixels in a row at the middle of the picture, the share that is near black."""
    image = kiosk.window.grabWindow()
    y, middle = image.height() // 3, image.width() // 2
    row = range(middle - 160, middle + 160)
    return sum(1 for x in row if QColor(image.pixel(x, y)).lightness() < 90) / len(row)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("size", "tiled"), [((10_000, 10_000), True), ((6000, 4000), False)], ids=["scan", "24mp"]
)
def test_a_large_picture_zooms_to_its_full_detail(
    qtbot, demo_home, touchscreen, tmp_path, size, tiled
):
    scan = _lined(tmp_path / "usb" / "scan.jpg", size)
    report = import_media(demo_home, [scan], section="photos")
    assert report.imported == [scan]
    publish(demo_home, force=True)
    kiosk = open_kiosk(qtbot, demo_home)
    finger = Finger(qtbot, kiosk, touchscreen)
    _open_viewer(finger)
    last = len(kiosk.controllers.exhibition.exhibit.media_items("photos", "en"))
    width = finger.wait_for("photoPager").width()
    pager = finger.wait_for("photoPager")
    for n in range(2, last + 1):
        finger.swipe("photoPager", -width * 0.6, 0)
        finger.qtbot.waitUntil(lambda: not pager.property("moving"))
        finger.qtbot.waitUntil(lambda n=n: finger.text("photoPosition").startswith(f"{n} /"))
    finger.qtbot.waitUntil(lambda: finger.text("photoPosition").startswith(f"{last} /"))
    page = f"zoomable-{last - 1}"
    assert _dark_share(kiosk) < 0.01  # fitted, the lines blur to grey
    finger.double_tap(page)
    for _ in range(3):
        QTest.qWait(600)  # gestures closer than the double-tap interval run together
        finger.pinch(page, 3)
    zoomable = finger.wait_for(page)
    assert zoomable.property("zoom") == pytest.approx(zoomable.property("maxZoom"))
    layer = finger.wait_for("tileLayer")
    assert layer.property("level") == 0
    assert layer.property("shown") == pytest.approx(1, abs=0.05)  # one original pixel each
    qtbot.waitUntil(lambda: _dark_share(kiosk) > 0.04, timeout=10_000)  # the lines, one in 16
    renditions = kiosk.controllers.exhibition.exhibit.media[sha256_of(scan)].renditions
    assert any(r.kind == "tiles" for r in renditions) == tiled  # made at import, or cut now
    kiosk.close()


def _resident_mb() -> float:
    with open("/proc/self/status") as status:
        line = next(line for line in status if line.startswith("VmRSS:"))
    return int(line.split()[1]) / 1024


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc")
def test_memory_stays_flat_across_500_viewer_pages_zoomed_and_fitted_or_played(finger):
    _open_viewer(finger)
    pager = finger.wait_for("photoPager")
    count = pager.property("count")
    resident = []
    for page in range(500):
        pager.setProperty("currentIndex", page % count)
        finger.qtbot.waitUntil(lambda i=page % count: _page_content(finger, i) is not None)
        item = _page_content(finger, page % count)
        if item.objectName().startswith("video"):  # the demo's film: its player made, played
            QMetaObject.invokeMethod(item, "toggle")
            finger.qtbot.waitUntil(lambda v=item: v.property("playing"), timeout=10_000)
            QMetaObject.invokeMethod(item, "toggle")
            continue
        centre = (Q_ARG("double", item.width() / 2), Q_ARG("double", item.height() / 2))
        QMetaObject.invokeMethod(item, "zoomAt", *centre, Q_ARG("double", 2.5))
        QTest.qWait(5)  # a frame or so: the zoomed rendition starts loading
        QMetaObject.invokeMethod(item, "fit")
        if page % 100 == 99:
            gc.collect()
            QTest.qWait(200)
            resident.append(_resident_mb())
    # Caches fill over the first hundred pages; after that the kiosk must not grow. The bound:
    # 15 MB over the last 400 pages (a leak of one 1920x1080 picture per page would be 3 GB).
    assert resident[-1] - resident[0] < 15, resident


def _page_content(finger: Finger, index: int):
    return finger.find(f"zoomable-{index}") or finger.find(f"video-{index}")


def test_the_viewer_opens_at_the_tile_tapped(finger):
    finger.tap("attractScreen")
    finger.tap("sectionTile-photos")
    caption = finger.wait_for("mediaCaption-3").property("text")
    finger.tap("mediaTile-3")
    finger.qtbot.waitUntil(lambda: finger.screen() == "photo")
    finger.qtbot.waitUntil(lambda: finger.text("photoPosition").startswith("4 /"))
    assert finger.text("photoCaption") == caption


def test_a_corrupt_picture_shows_its_placeholder_in_the_viewer_and_swiping_goes_on(
    finger, demo_home
):
    for rendition in (demo_home.root / "media" / "renditions").rglob("*-display.jpg"):
        rendition.write_bytes(b"\xff\xd8\xff\xe0 not a picture any more")
    _open_viewer(finger)
    placeholder = finger.wait_for("placeholder")
    assert placeholder.isVisible()
    width = finger.wait_for("photoPager").width()
    finger.swipe("photoPager", -width * 0.6, 0)
    finger.qtbot.waitUntil(lambda: finger.text("photoPosition").startswith("2 /"))


def test_large_buttons_step_through_the_pictures_and_close_the_viewer(finger):
    finger.tap("attractScreen")
    finger.tap("sectionTile-photos")
    finger.tap("mediaTile-0")
    finger.qtbot.waitUntil(lambda: finger.screen() == "photo")
    assert finger.find("photoPrevious") is None  # nothing before the first
    finger.tap("photoNext")
    finger.qtbot.waitUntil(lambda: finger.text("photoPosition").startswith("2 /"))
    finger.tap("photoPrevious")
    finger.qtbot.waitUntil(lambda: finger.text("photoPosition").startswith("1 /"))
    finger.double_tap("zoomable-0")
    finger.qtbot.waitUntil(lambda: finger.find("photoNext") is None)  # zoomed: the finger pans
    finger.tap("photoClose")
    finger.qtbot.waitUntil(lambda: finger.screen() == "media")


def test_an_artwork_steps_to_the_next_and_says_where_it_is(finger):
    finger.tap("attractScreen")
    finger.tap("sectionTile-artworks")
    finger.tap("artworkTile-carnations-in-snow")
    finger.qtbot.waitUntil(lambda: finger.screen() == "artwork")
    first = finger.text("screenTitle")
    assert finger.text("artworkPosition").startswith("1 /")
    finger.tap("artworkNext")
    finger.qtbot.waitUntil(lambda: finger.text("artworkPosition").startswith("2 /"))
    assert finger.text("screenTitle") != first
    finger.tap("artworkClose")
    finger.qtbot.waitUntil(lambda: finger.screen() == "artworks")


def test_a_picture_opened_from_an_event_steps_through_the_events_pictures_only(finger):
    finger.tap("attractScreen")
    finger.tap("sectionTile-photos")  # the grid seen first must not become the event's sequence
    finger.tap("mediaTile-0")
    finger.qtbot.waitUntil(lambda: finger.screen() == "photo")
    finger.tap("photoClose")
    finger.tap("homeButton")
    finger.tap("sectionTile-chronology")
    finger.tap("eventCard-baku-night-1990")
    finger.qtbot.waitUntil(lambda: finger.screen() == "event")
    finger.tap("stripItem-0")
    finger.qtbot.waitUntil(lambda: finger.screen() == "photo")
    finger.qtbot.waitUntil(lambda: finger.text("photoPosition") == "1 / 2")
    finger.tap("photoNext")
    finger.qtbot.waitUntil(lambda: finger.text("photoPosition") == "2 / 2")
    assert finger.find("photoNext") is None
