"""Audio and video files as FFmpeg reads them: judged by what they hold, not by their names."""

from __future__ import annotations

import shutil

import pytest

from kiosk.content.errors import MediaError
from kiosk.media.avfiles import read_av
from tests.media_files import photo, tone, video


@pytest.mark.parametrize(
    ("name", "kind", "format", "words"),
    [
        ("photo.mp4", "video", "JPEG", "not a video file: it is a JPEG picture"),
        ("scan.webm", "video", "PNG", "not a video file: it is a PNG picture"),
        ("cover.mp3", "audio", "JPEG", "not an audio file: it is a JPEG picture"),
    ],
)
def test_a_picture_named_as_a_film_or_a_sound_is_refused_saying_what_it_is(
    tmp_path, name, kind, format, words
):
    picture = photo(tmp_path / f"picture.{format.lower()}", size=(64, 48), format=format)
    disguised = tmp_path / name
    shutil.copy(picture, disguised)
    with pytest.raises(MediaError) as refused:
        read_av(disguised, kind)
    assert str(refused.value) == f"{disguised}: {words}"


def test_films_and_sounds_are_still_what_their_names_say(tmp_path):
    film = read_av(video(tmp_path / "evening.mp4", seconds=1), "video")
    sound = read_av(tone(tmp_path / "excerpt.wav"), "audio")
    assert (film.duration, film.width, sound.duration) == (1.0, 320, 1.0)
