import pytest

from kiosk.content.errors import MediaError
from kiosk.media.subtitles import subtitle_target, to_webvtt


def test_the_language_comes_from_the_name_else_the_default():
    from pathlib import Path

    languages = ["en", "az", "lt", "ru"]
    assert subtitle_target(Path("film.az.srt"), languages, "en") == ("film", "az")
    assert subtitle_target(Path("film.vtt"), languages, "en") == ("film", "en")
    assert subtitle_target(Path("v1.2.vtt"), languages, "en") == ("v1.2", "en")


def test_an_srt_in_windows_1251_becomes_utf8_webvtt(tmp_path):
    srt = tmp_path / "film.ru.srt"
    srt.write_bytes("1\r\n00:00:01,250 --> 00:00:02,000\r\nПамять\r\n".encode("cp1251"))
    text = to_webvtt(srt).decode("utf-8")
    assert text.startswith("WEBVTT") and "00:00:01.250 --> 00:00:02.000" in text
    assert "Память" in text


def test_a_file_with_no_cues_is_refused(tmp_path):
    (tmp_path / "x.vtt").write_text("WEBVTT\n\njust words\n")
    with pytest.raises(MediaError, match="x.vtt: no subtitles found"):
        to_webvtt(tmp_path / "x.vtt")
