from PIL import Image

from kiosk.media.renditions import RenditionSizes
from kiosk.services.media import MediaText, add_media
from kiosk.services.zoom import Zoom

SIZES = RenditionSizes(display_edge=400, thumb_edge=100)


def _zoom_of(home, tmp_path, size, **save):
    path = tmp_path / "picture.jpg"
    Image.new("RGB", size, (90, 90, 90)).save(path, **save)
    archive = home.open_draft()
    try:
        media = add_media(archive, home.store, path, MediaText(), SIZES)
    finally:
        archive.close()
    return Zoom({media.sha256: media}, home.root).levels(media.sha256)


def test_a_picture_no_larger_than_its_display_rendition_has_no_zoom(home, tmp_path):
    assert _zoom_of(home, tmp_path, (400, 300)) == {}


def test_a_larger_picture_is_read_from_its_original(home, tmp_path):
    found = _zoom_of(home, tmp_path, (1000, 600))
    assert (found["width"], found["height"]) == (1000, 600)
    assert found["original"].endswith(".jpg") and "tiles" not in found


def test_a_very_large_picture_is_drawn_from_its_tiles(home, tmp_path):
    found = _zoom_of(home, tmp_path, (1700, 900))  # over 4x the display edge of 400
    assert (found["width"], found["height"], found["levels"]) == (1700, 900, 3)
    assert (home.root / found["tiles"] / "0" / "0_0.jpg").is_file()


def test_a_turned_photo_gets_tiles_so_its_regions_are_upright(home, tmp_path):
    exif = Image.Exif()
    exif[0x0112] = 6  # turned a quarter: stored landscape, shown portrait
    found = _zoom_of(home, tmp_path, (1000, 600), exif=exif)
    assert (found["width"], found["height"]) == (600, 1000)
    assert "tiles" in found
