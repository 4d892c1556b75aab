import wave

import pytest
from PIL import Image

from kiosk.content.errors import MediaError
from kiosk.media.probe import probe
from tests.media_files import video

_XMP_DATE = (
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
    'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
    'xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/">'
    '<rdf:Description photoshop:DateCreated="{}"/></rdf:RDF></x:xmpmeta>'
)


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


def _dated(path, exif_date="", offset="", xmp_date=""):
    exif = Image.Exif()
    if exif_date:
        exif.get_ifd(0x8769)[0x9003] = exif_date  # DateTimeOriginal
    if offset:
        exif.get_ifd(0x8769)[0x9011] = offset  # OffsetTimeOriginal
    xmp = _XMP_DATE.format(xmp_date).encode() if xmp_date else b""
    Image.new("RGB", (60, 40)).save(path, exif=exif, xmp=xmp)
    return probe(path)


def test_a_cameras_date_and_its_offset_are_stored_as_iso_8601(tmp_path):
    found = _dated(tmp_path / "p.jpg", "2019:05:04 13:22:01", "+04:00")
    assert (found.taken, found.notes) == ("2019-05-04T13:22:01+04:00", ())
    assert _dated(tmp_path / "q.jpg", "2019:05:04 13:22:01").taken == "2019-05-04T13:22:01"


def test_a_photo_tools_date_alone_stays_a_date(tmp_path):
    found = _dated(tmp_path / "p.jpg", "2019:05:04 13:22:01", xmp_date="1990-01-20")
    assert found.taken == "1990-01-20"


def test_a_date_that_is_none_gives_way_to_one_that_is(tmp_path):
    found = _dated(tmp_path / "p.jpg", "2019:05:04 13:22:01", xmp_date="spring 1990")
    assert (found.taken, found.notes) == ("2019-05-04T13:22:01", ())


def test_a_date_that_is_none_is_left_out_with_a_note(tmp_path):
    found = _dated(tmp_path / "p.jpg", "0000:00:00 00:00:00")
    assert found.taken is None
    assert found.notes == (
        f"{tmp_path / 'p.jpg'}: its embedded date '0000:00:00 00:00:00' is not a date; left out",
    )


def test_a_films_creation_time_is_stored_as_iso_8601(tmp_path):
    found = probe(video(tmp_path / "v.mp4", 0.2, creation_time="2019-05-04T13:22:01Z"))
    assert found.taken == "2019-05-04T13:22:01+00:00"
