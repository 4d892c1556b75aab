"""Reading the demo exhibition's source: TOML files in db/demo/ that staff can edit."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from kiosk.content import model as m
from kiosk.content.dates import PartialDate
from kiosk.content.errors import DemoSourceError, KioskError
from kiosk.content.text import LocalText
from kiosk.media.films import write_sample_film
from kiosk.media.samples import draw_sample
from kiosk.media.subtitles import write_webvtt
from kiosk.media.tones import write_excerpt

FILES = ("exhibition", "chronology", "media", "artworks", "programme")


def read_source(folder: Path) -> dict[str, dict[str, Any]]:
    """Every source file parsed; a missing or broken one is a one-line error naming it."""
    documents = {}
    for name in FILES:
        path = folder / f"{name}.toml"
        try:
            documents[name] = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError as error:
            raise DemoSourceError(f"{path}: missing from the demo source") from error
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
            raise DemoSourceError(f"{path}: not valid TOML ({error})") from error
    return documents


def build(cls: type, data: dict[str, Any], origin: str, **extra: Any) -> Any:
    """A dataclass from a TOML table: texts become LocalText, dates PartialDate."""
    values = dict(data, **extra)
    try:
        for key, value in list(values.items()):
            if isinstance(value, dict):
                values[key] = LocalText.of(value)
            elif key in ("start", "end") and value is not None:
                values[key] = PartialDate.parse(str(value))
            elif isinstance(value, list) and key in ("sources", "media"):
                values[key] = tuple(value)
        return cls(**values)
    except (TypeError, KioskError) as error:
        raise DemoSourceError(
            f"{origin}: {cls.__name__} {data.get('slug', '')!r}: {error}"
        ) from error


def artist(data: dict[str, Any], origin: str) -> m.Artist:
    consent = data.get("consent")
    record = build(m.Consent, consent, origin) if consent else None
    return build(
        m.Artist, {k: v for k, v in data.items() if k != "consent"}, origin, consent=record
    )


def duration_seconds(text: str, origin: str) -> float:
    """ "4:10" -> 250.0"""
    try:
        minutes, seconds = str(text).split(":")
        return int(minutes) * 60 + int(seconds)
    except ValueError as error:
        raise DemoSourceError(f"{origin}: duration {text!r} is not minutes:seconds") from error


# Sample media from recipes, written into `folder` under the recipe's slug: the demo build and
# an exhibition folder imported with `kiosk import` make them alike.


def draw_picture(recipe: dict[str, Any], folder: Path) -> Path:
    picture = folder / f"{recipe['slug']}.jpg"
    draw_sample(
        picture,
        recipe["scene"],
        recipe["seed"],
        tuple(recipe["size"]),
        recipe["palette"],
        recipe.get("mark", ""),
    )
    return picture


def make_film(recipe: dict[str, Any], folder: Path) -> Path:
    film = folder / f"{recipe['slug']}.mp4"
    write_sample_film(
        film,
        recipe["scene"],
        recipe["seed"],
        tuple(recipe["size"]),
        recipe["palette"],
        recipe["seconds"],
        recipe.get("mark", ""),
    )
    return film


def write_cues(recipe: dict[str, Any], folder: Path) -> tuple[tuple[Path, str], ...]:
    """One WebVTT file per language the cues are written in, named `slug.lang.vtt`."""
    cues = recipe.get("cues", [])
    languages = sorted({lang for cue in cues for lang in cue["text"]})
    files = []
    for lang in languages:
        target = folder / f"{recipe['slug']}.{lang}.vtt"
        write_webvtt(target, [(c["start"], c["end"], c["text"][lang]) for c in cues])
        files.append((target, lang))
    return tuple(files)


def make_excerpt(recipe: dict[str, Any], folder: Path) -> Path:
    wav = folder / f"{recipe['slug']}.wav"
    write_excerpt(wav, recipe["seed"], recipe.get("seconds", 8.0))
    return wav
