import wave

import pytest
from PIL import Image

from kiosk.content.errors import MediaError
from kiosk.media.probe import probe


def test_an_image_reports_its_upright_size_and_type(tmp_path):
    exif = Image.Exif()
    exif[0x0112] = 8
    Image.new("RGB", (300, 200)).save(tmp_path / "p.jpg", exif=exif.tobytes())
    found = probe(tmp_path / "p.jpg")
    assert (found.kind, found.mime, found.width, found.height) == ("image", "image/jpeg", 200, 300)


def test_a_wav_reports_its_duration(tmp_path):
    with wave.open(str(tmp_path / "a.wav"), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
        out.writeframes(b"\x00\x00" * 12000)
    found = probe(tmp_path / "a.wav")
    assert (found.kind, found.duration) == ("audio", 1.5)


def test_an_empty_file_is_refused(tmp_path):
    (tmp_path / "empty.png").write_bytes(b"")
    with pytest.raises(MediaError, match="empty.png: the file is empty"):
        probe(tmp_path / "empty.png")


def test_embedded_text_is_bounded_and_loses_its_control_characters(tmp_path):
    exif = Image.Exif()
    exif[0x010E] = "Baku\x1b[2J\r\nforged line " + "word " * 12_000  # ImageDescription
    exif[0x013B] = "Ann\x00e"  # Artist
    Image.new("RGB", (60, 40)).save(tmp_path / "long.jpg", exif=exif.tobytes())
    found = probe(tmp_path / "long.jpg")
    assert len(found.caption) <= 2001 and found.caption.endswith("word…")
    assert found.caption.startswith("Baku [2J") and "\r" not in found.caption
    assert found.credit == "Ann e"
    assert found.notes == (
        f"{tmp_path / 'long.jpg'}: its embedded caption is 60,021 characters long; "
        "the first 2,000 are kept",
    )
