"""Captions cameras write for themselves are recognised; people's captions are not."""

from __future__ import annotations

import pytest

from kiosk.content.camera_text import is_camera_text


@pytest.mark.parametrize(
    "caption",
    [
        "KONICA MINOLTA DIGITAL CAMERA",
        "OLYMPUS DIGITAL CAMERA",
        "  olympus   digital camera ",
        "SONY DSC",
        "DIGITAL CAMERA",
        "SAMSUNG CAMERA PICTURES",
        "DSC01234",
        "IMG_0042",
        "<KENOX S630  / Samsung S630>",
        "CREATOR: gd-jpeg v1.0 (using IJG JPEG v62), quality = 90",
        "",
    ],
)
def test_a_cameras_own_words_are_not_a_caption(caption):
    assert is_camera_text(caption)


def test_the_cameras_make_or_model_alone_is_not_a_caption():
    assert is_camera_text("Canon EOS 5D Mark IV", "Canon", "Canon EOS 5D Mark IV")
    assert not is_camera_text("Canon EOS 5D Mark IV", "", "")  # a caption, for all we know


@pytest.mark.parametrize(
    "caption",
    [
        "Flowers at the Martyrs' Alley, 20 January 1990",
        "Şəhidlər xiyabanı",
        "Digital camera museum, Vilnius",
        "Sony Center at night",
        "Вильнюсская телебашня",
    ],
)
def test_a_persons_caption_is_kept(caption):
    assert not is_camera_text(caption)
