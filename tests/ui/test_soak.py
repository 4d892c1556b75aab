"""The short soak of `make test`: 2,000 random taps across every screen after a warm-up, the
visit ending through the idle countdown every 250 taps. It fails on anything the kiosk logs as
a warning or error, and on resident memory growing more than 3% between the end of the
warm-up (every kind of control tapped once) and the end. `make bench` counts 20,000 taps."""

from __future__ import annotations

from benchmarks.soak import native_problems, soak

TAPS = 2000
GROWTH_BOUND = 3.0  # per cent; measured 0.5% (2,000 taps, this machine)


def test_two_thousand_random_taps_log_nothing_and_memory_stays_flat(demo_home, qapp, capfd):
    result = soak(demo_home, TAPS)
    assert result.problems == []  # the kiosk's log: QML warnings, errors in slots
    assert native_problems(capfd.readouterr().err) == []  # Qt's own lines on stderr
    assert result.resets == TAPS // 250
    assert result.untapped == set()  # the warm-up tapped every kind of control it was shown
    every_screen = {"attract", "home", "chronology", "event", "media", "photo"}
    assert every_screen | {"artworks", "artwork", "programme", "piece"} <= result.screens
    assert result.growth() < GROWTH_BOUND, result.resident


def test_qt_lines_count_as_problems_unless_they_describe_the_machine():
    stderr = "\n".join(
        [
            "2026-11-22 01:00:00,001 WARNING qt.multimedia.symbolsresolver: Couldn't load va",
            "2026-11-22 01:00:00,002 WARNING default: No audio device detected",
            "2026-11-22 01:00:00,003 INFO qt.multimedia.ffmpeg: Using FFmpeg 7.1",
            "Input #0, wav, from 'excerpt.wav':",
            "2026-11-22 01:00:00,004 WARNING qml: Photo.qml:3: TypeError: undefined",
            "2026-11-22 01:00:00,005 ERROR default: QSGTexture: out of memory",
        ]
    )
    assert native_problems(stderr) == [
        "WARNING qml: Photo.qml:3: TypeError: undefined",
        "ERROR default: QSGTexture: out of memory",
    ]
