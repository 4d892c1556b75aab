"""Short synthesized audio excerpts for the demo programme: soft tones, not recordings."""

from __future__ import annotations

import math
import random
import struct
import wave
from pathlib import Path

from kiosk.media.files import atomic_write

RATE = 22_050
_MINOR = (0, 2, 3, 5, 7, 8, 10, 12)


def write_excerpt(target: Path, seed: int, seconds: float = 8.0, root_midi: int = 57) -> None:
    """A phrase (see `phrase`) as a mono 16-bit WAV."""
    samples = phrase(seed, seconds, root_midi)
    frames = b"".join(struct.pack("<h", int(max(-1.0, min(1.0, s)) * 20_000)) for s in samples)
    with atomic_write(target) as handle, wave.open(handle, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(frames)


def phrase(seed: int, seconds: float, root_midi: int = 57) -> list[float]:
    """A slow phrase in a minor mode, piano-like decay, faded in and out: samples at RATE."""
    rng = random.Random(seed)
    samples = [0.0] * int(seconds * RATE)
    beat, t, degree = 0.75 * rng.uniform(0.8, 1.2), 0.0, 0
    while t < seconds - beat:
        degree = max(0, min(len(_MINOR) - 1, degree + rng.choice((-2, -1, 1, 1, 2))))
        length = beat * rng.choice((1, 1, 2))
        _add_note(samples, t, length * 1.6, root_midi + _MINOR[degree])
        if rng.random() < 0.4:  # an occasional fifth below, for depth
            _add_note(samples, t, length * 1.6, root_midi + _MINOR[degree] - 7, level=0.5)
        t += length
    _fade(samples, int(0.3 * RATE))
    return samples


def _add_note(
    samples: list[float], start: float, length: float, midi: int, level: float = 1.0
) -> None:
    frequency = 440.0 * 2 ** ((midi - 69) / 12)
    first = int(start * RATE)
    count = min(int(length * RATE), len(samples) - first)
    step = 2 * math.pi * frequency / RATE
    for i in range(count):
        envelope = level * 0.25 * math.exp(-3.0 * i / RATE) * min(1.0, i / 200)
        phase = step * i
        samples[first + i] += envelope * (
            math.sin(phase) + 0.3 * math.sin(2 * phase) + 0.1 * math.sin(3 * phase)
        )


def _fade(samples: list[float], length: int) -> None:
    for i in range(min(length, len(samples))):
        gain = i / length
        samples[i] *= gain
        samples[-1 - i] *= gain
