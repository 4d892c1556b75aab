import io
from pathlib import Path

import pytest
from PIL import Image, ImageCms, JpegImagePlugin

from kiosk.content.errors import MediaError
from kiosk.media.renditions import RenditionSizes, make_renditions


def _targets(tmp_path: Path) -> dict[str, Path]:
    return {"display": tmp_path / "out" / "display.jpg", "thumb": tmp_path / "out" / "thumb.jpg"}


def _jpeg(path: Path, size=(1200, 800), mode="RGB", colour=(150, 40, 40), **save) -> Path:
    Image.new(mode, size, colour).save(path, "JPEG", **save)
    return path


def test_display_and_thumb_fit_their_long_edge(tmp_path):
    source = _jpeg(tmp_path / "photo.jpg", size=(3000, 2000))
    made = {
        r.kind: r
        for r in make_renditions(
            source, _targets(tmp_path), RenditionSizes(display_edge=1000, thumb_edge=300)
        )
    }
    assert (made["display"].width, made["display"].height) == (1000, 667)
    assert (made["thumb"].width, made["thumb"].height) == (300, 200)
    with Image.open(made["thumb"].path) as thumb:
        assert thumb.format == "JPEG" and thumb.size == (300, 200)


def test_a_24_megapixel_jpeg_is_never_decoded_at_full_size(tmp_path, monkeypatch):
    source = _jpeg(tmp_path / "camera.jpg", size=(6000, 4000))
    decoded = []
    real_load = JpegImagePlugin.JpegImageFile.load

    def recording_load(self):  # a spy: the real decoder runs, we note the size it decodes
        decoded.append(self.size)
        return real_load(self)

    monkeypatch.setattr(JpegImagePlugin.JpegImageFile, "load", recording_load)
    make_renditions(source, _targets(tmp_path), RenditionSizes(display_edge=1000))
    assert decoded and max(w * h for w, h in decoded) <= 6000 * 4000 // 16


def test_exif_orientation_is_applied(tmp_path):
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise to view
    source = _jpeg(tmp_path / "phone.jpg", size=(800, 600), exif=exif.tobytes())
    made = {r.kind: r for r in make_renditions(source, _targets(tmp_path))}
    assert (made["display"].width, made["display"].height) == (600, 800)


def test_cmyk_becomes_rgb(tmp_path):
    source = _jpeg(tmp_path / "print.jpg", mode="CMYK", colour=(0, 255, 255, 0))
    display = make_renditions(source, _targets(tmp_path))[0]
    with Image.open(display.path) as image:
        assert image.mode == "RGB"
        red, green, blue = image.getpixel((10, 10))
        assert red > 200 and green < 60 and blue < 60


def test_an_embedded_colour_profile_is_converted(tmp_path):
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    source = _jpeg(tmp_path / "profiled.jpg", icc_profile=profile)
    assert make_renditions(source, _targets(tmp_path))[0].width == 1200


def test_transparency_is_flattened_onto_the_kiosk_background(tmp_path):
    source = tmp_path / "logo.png"
    Image.new("RGBA", (400, 400), (255, 255, 255, 0)).save(source)
    display = make_renditions(source, _targets(tmp_path))[0]
    with Image.open(display.path) as image:
        assert max(image.getpixel((200, 200))) < 60  # dark charcoal, not white


def test_a_decompression_bomb_is_refused_before_decoding(tmp_path):
    bomb = tmp_path / "bomb.png"
    Image.new("1", (20_000, 20_000)).save(bomb)  # 400 megapixels in a small file
    with pytest.raises(MediaError, match="bomb.png: refused"):
        make_renditions(bomb, _targets(tmp_path), RenditionSizes(max_pixels=100_000_000))
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_a_text_file_named_jpg_is_refused(tmp_path):
    fake = tmp_path / "notes.jpg"
    fake.write_text("not a picture")
    with pytest.raises(MediaError, match="notes.jpg: not a picture"):
        make_renditions(fake, _targets(tmp_path))


def test_a_truncated_jpeg_is_refused_and_leaves_no_files(tmp_path):
    whole = io.BytesIO()
    Image.effect_noise((1600, 1200), 60).convert("RGB").save(whole, "JPEG")
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(whole.getvalue()[: len(whole.getvalue()) // 2])
    with pytest.raises(MediaError, match="broken.jpg: the image data is damaged"):
        make_renditions(broken, _targets(tmp_path))
    out = tmp_path / "out"
    assert not out.exists() or list(out.iterdir()) == []


def test_a_caption_the_camera_wrote_for_itself_is_left_out(tmp_path):
    from PIL import Image

    from kiosk.media.embedded import read_embedded

    exif = Image.Exif()
    exif[0x010F], exif[0x0110] = "OLYMPUS IMAGING CORP.", "E-M10"  # make, model
    exif[0x010E] = "OLYMPUS DIGITAL CAMERA"  # the caption field
    exif[0x013B] = "A. Photographer"  # the artist: kept
    Image.new("RGB", (40, 30)).save(tmp_path / "p.jpg", exif=exif.tobytes())
    with Image.open(tmp_path / "p.jpg") as image:
        found = read_embedded(image)
    assert (found.caption, found.credit) == ("", "A. Photographer")
