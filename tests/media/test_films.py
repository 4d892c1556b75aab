"""The demo's sample films: a real H.264/AAC file that FFmpeg reads back, marked SAMPLE."""

import av

from kiosk.media.avfiles import poster_frame, read_av
from kiosk.media.films import write_sample_film


def test_a_sample_film_plays_for_its_length_with_sound_and_its_mark(tmp_path):
    film = tmp_path / "film.mp4"
    write_sample_film(film, "candles", 7, (320, 180), "candle", 2.0, "SAMPLE")
    info = read_av(film, "video")
    assert (info.width, info.height) == (320, 180) and info.duration == 2.0
    with av.open(str(film)) as container:
        assert [s.type for s in container.streams] == ["video", "audio"]
    still = poster_frame(film, 1.0)
    corner = still.crop((0, 0, 60, 25)).convert("L")
    assert corner.getextrema()[1] > 200  # the light label, top left, over a dark scene
    assert list(tmp_path.iterdir()) == [film]  # no temporary file left beside it
