import pytest

from kiosk.content.errors import MediaError
from kiosk.media.subtitles import (
    Cue,
    CueIndex,
    read_cues,
    subtitle_target,
    to_webvtt,
    write_webvtt,
)
from tests import hostile


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


def test_cues_are_read_in_time_order_as_plain_text(tmp_path):
    vtt = tmp_path / "film.vtt"
    vtt.write_text(
        "WEBVTT\n\n00:04.000 --> 00:06.500\nLater\n\n"
        "2\n00:00:01.250 --> 00:00:03.000 align:start\n<i>First</i> line\nsecond line\n",
        encoding="utf-8",
    )
    cues = read_cues(vtt)
    assert [(c.start_ms, c.end_ms) for c in cues] == [(1250, 3000), (4000, 6500)]
    assert cues[0].text == "First line\nsecond line"


def test_a_vtt_with_broken_timings_is_refused(tmp_path):
    (tmp_path / "y.vtt").write_text("WEBVTT\n\n00:01.000 -> soon\nWords\n")
    with pytest.raises(MediaError, match="y.vtt: no subtitles found"):
        to_webvtt(tmp_path / "y.vtt")


def test_written_cues_read_back(tmp_path):
    target = tmp_path / "film.az.vtt"
    write_webvtt(target, [(1.0, 4.25, "Birinci sətir"), (3725.5, 3730.0, "iki\nsətir")])
    cues = read_cues(target)
    assert [(c.start_ms, c.end_ms, c.text) for c in cues] == [
        (1000, 4250, "Birinci sətir"),
        (3_725_500, 3_730_000, "iki\nsətir"),
    ]


def test_cue_tags_go_and_their_entities_read_as_text(tmp_path):
    vtt = tmp_path / "film.vtt"
    vtt.write_text(
        "WEBVTT\n\n00:00.000 --> 00:01.000\n<i>Baku</i> &lt;img src=x&gt; &amp; <c.red>1990</c>\n"
    )
    assert read_cues(vtt)[0].text == "Baku <img src=x> & 1990"


def test_the_index_finds_the_cues_showing_at_a_moment():
    index = CueIndex([Cue(4000, 5000, "c"), Cue(0, 1000, "a"), Cue(500, 3000, "b")])
    moments = (0, 600, 1500, 3500, 4500, 5000, -1)
    assert [index.text_at(ms) for ms in moments] == ["a", "a\nb", "b", "", "c", "", ""]
    assert len(index) == 3 and CueIndex([]).text_at(0) == ""


def test_a_subtitle_file_of_more_cues_than_any_film_needs_is_refused_by_name(tmp_path):
    enough = hostile.subtitles_with_cues(tmp_path / "film.vtt", 5_000)
    assert to_webvtt(enough).count(b"-->") == 5_000
    flood = hostile.subtitles_with_cues(tmp_path / "flood.vtt", 30_000)
    with pytest.raises(MediaError) as refused:
        to_webvtt(flood)
    assert str(refused.value) == f"{flood}: 30,000 cues; the limit is 5,000 for one subtitle file"


def test_a_subtitle_file_over_the_size_cap_is_refused_by_name(tmp_path):
    big = tmp_path / "film.srt"
    big.write_text("1\n00:00:01,000 --> 00:00:02,000\n" + "words " * 500_000 + "\n")
    with pytest.raises(MediaError) as refused:
        to_webvtt(big)
    assert str(refused.value) == f"{big}: too large for a subtitle file (2.9 MB; the limit is 2 MB)"


def test_the_index_says_when_the_text_may_change_next():
    from kiosk.media.subtitles import NEVER

    index = CueIndex([Cue(1000, 2000, "a"), Cue(1500, 3000, "b"), Cue(5000, 6000, "c")])
    moments = (0, 1200, 1600, 2500, 3500, 5500, 7000)
    assert [index.next_change(ms) for ms in moments] == [1000, 1500, 2000, 3000, 5000, 6000, NEVER]
