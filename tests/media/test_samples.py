import wave

from PIL import Image

from kiosk.media.samples import SCENES, draw_sample
from kiosk.media.tones import write_excerpt


def test_every_scene_draws_the_same_picture_for_the_same_recipe(tmp_path):
    for scene in SCENES:
        first, second = tmp_path / f"{scene}-1.jpg", tmp_path / f"{scene}-2.jpg"
        draw_sample(first, scene, 7, (480, 320), "dusk")
        draw_sample(second, scene, 7, (480, 320), "dusk")
        assert first.read_bytes() == second.read_bytes(), scene


def test_different_seeds_draw_different_pictures(tmp_path):
    draw_sample(tmp_path / "a.jpg", "carnations", 1, (480, 320), "carnation")
    draw_sample(tmp_path / "b.jpg", "carnations", 2, (480, 320), "carnation")
    assert (tmp_path / "a.jpg").read_bytes() != (tmp_path / "b.jpg").read_bytes()


def test_a_mark_asked_for_is_visible_and_none_is_drawn_unasked(tmp_path):
    marked, plain = tmp_path / "marked.jpg", tmp_path / "plain.jpg"
    draw_sample(marked, "tower", 1, (1200, 800), "night", mark="SAMPLE")
    draw_sample(plain, "tower", 1, (1200, 800), "night")  # the demo's: the kiosk's badge marks it
    corners = []
    for target in (marked, plain):
        with Image.open(target) as image:
            corners.append(image.crop((0, 700, 300, 800)).convert("L").getextrema()[1])
    assert corners[0] > 200 > corners[1]  # a light label in a dark picture, or none


def test_an_excerpt_is_a_deterministic_mono_wav_of_the_asked_length(tmp_path):
    write_excerpt(tmp_path / "a.wav", seed=3, seconds=2.0)
    write_excerpt(tmp_path / "b.wav", seed=3, seconds=2.0)
    assert (tmp_path / "a.wav").read_bytes() == (tmp_path / "b.wav").read_bytes()
    with wave.open(str(tmp_path / "a.wav")) as audio:
        assert audio.getnchannels() == 1
        assert abs(audio.getnframes() / audio.getframerate() - 2.0) < 0.01
        frames = audio.readframes(audio.getnframes())
    assert any(frames[i] for i in range(0, len(frames), 101))  # not silence
