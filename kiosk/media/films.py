"""Short sample films for the demo exhibition, made by code: a slow pan across a drawn scene
with a soft phrase of music, marked SAMPLE in every frame. H.264 and AAC in MP4, written with
PyAV, so the kiosk's own player and any other can show them.
"""

from __future__ import annotations

from array import array
from pathlib import Path

import av
from PIL import Image

from kiosk.media import tones
from kiosk.media.files import atomic_write
from kiosk.media.samples import draw_mark, scene_image

FPS = 25
_FADE_SECONDS = 0.8
_ZOOM = 1.15  # the scene is drawn this much larger than the frame; the camera drifts across


def write_sample_film(
    target: Path,
    scene: str,
    seed: int,
    size: tuple[int, int],
    palette: str,
    seconds: float,
    mark: str = "",
) -> None:
    """Write the film to `target` (an .mp4), whole or not at all; `mark`, if given, is
    drawn on every frame."""
    width, height = size
    still = scene_image(scene, seed, (int(width * _ZOOM), int(height * _ZOOM)), palette)
    stamp, at = _mark_patch(size, mark) if mark else (None, (0, 0))
    with atomic_write(target) as handle, av.open(handle, "w", format="mp4") as container:
        video = container.add_stream("libx264", rate=FPS, options={"preset": "veryfast"})
        video.width, video.height, video.pix_fmt = width, height, "yuv420p"
        video.codec_context.max_b_frames = 0  # every decoder starts cleanly at any frame
        audio = container.add_stream("aac", rate=tones.RATE, layout="mono")
        count = int(seconds * FPS)
        for index in range(count):
            frame = _frame(still, size, index / max(1, count - 1), _fade(index, count))
            if stamp is not None:
                frame.paste(stamp, at)
            container.mux(video.encode(av.VideoFrame.from_image(frame)))
        container.mux(video.encode())
        _write_sound(container, audio, tones.phrase(seed, seconds))


def _frame(still: Image.Image, size: tuple[int, int], progress: float, light: float):
    """The part of `still` the camera sees `progress` (0..1) of the way through."""
    width, height = size
    left = (still.width - width) * progress
    top = (still.height - height) * (1 - progress) * 0.5
    frame = still.crop((int(left), int(top), int(left) + width, int(top) + height))
    return frame if light >= 1 else frame.point(lambda v: int(v * light))


def _fade(index: int, count: int) -> float:
    edge = _FADE_SECONDS * FPS
    return min(1.0, index / edge, (count - 1 - index) / edge)


def _mark_patch(size: tuple[int, int], text: str) -> tuple[Image.Image, tuple[int, int]]:
    """The SAMPLE label as drawn on a picture, cut out to be pasted onto every frame in the
    top left corner (subtitles take the bottom of a film)."""
    blank = Image.new("RGB", size)
    draw_mark(blank, text)
    box = blank.getbbox() or (0, 0, 1, 1)
    return blank.crop(box), (box[0], size[1] - box[3])


def _write_sound(container, stream, samples: list[float]) -> None:
    step = stream.codec_context.frame_size or 1024
    for start in range(0, len(samples), step):
        chunk = samples[start : start + step]
        frame = av.AudioFrame(format="fltp", layout="mono", samples=len(chunk))
        frame.planes[0].update(array("f", chunk).tobytes())
        frame.sample_rate = tones.RATE
        frame.pts = start
        container.mux(stream.encode(frame))
    container.mux(stream.encode())
