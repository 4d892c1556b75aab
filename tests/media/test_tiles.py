from PIL import Image

from kiosk.media.tiles import TILE, Pyramid, make_tiles, needs_tiles, tile_name


def test_a_10000_pixel_scan_has_levels_down_to_what_the_display_covers():
    pyramid = Pyramid(10_000, 10_000, 2560)
    assert pyramid.levels == 2  # 10,000 and 5,000; 2,500 is below the display's 2,560
    assert pyramid.grid(0) == (20, 20)
    assert pyramid.box(0, 19, 19) == (19 * TILE, 19 * TILE, 10_000, 10_000)


def test_only_very_large_or_turned_pictures_get_tiles():
    assert needs_tiles(10_000, 10_000, 1920, turned=False)
    assert not needs_tiles(6000, 4000, 1920, turned=False)  # a 24-MP photo: read by region
    assert needs_tiles(4000, 6000, 1920, turned=True)
    assert not needs_tiles(1800, 1200, 1920, turned=True)


def test_tiles_are_the_upright_picture_at_each_level(tmp_path):
    source = tmp_path / "scan.jpg"
    picture = Image.new("RGB", (3000, 1200), (250, 250, 250))
    picture.paste((200, 0, 0), (2900, 1100, 3000, 1200))  # red in the bottom-right corner
    picture.save(source, quality=95)
    made = make_tiles(source, tmp_path / "tiles", display_edge=1000)
    assert (made.width, made.height, made.path) == (3000, 1200, tmp_path / "tiles")
    corner = Image.open(tmp_path / "tiles" / tile_name(0, 5, 2))
    assert corner.size == (3000 - 5 * TILE, 1200 - 2 * TILE)
    red, green, _ = corner.getpixel((corner.width - 5, corner.height - 5))
    assert red > 150 and green < 60
    assert sorted(p.name for p in (tmp_path / "tiles").iterdir()) == ["0", "1"]
    assert not list(tmp_path.glob(".*partial"))
