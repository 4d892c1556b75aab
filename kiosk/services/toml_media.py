"""The media an exhibition folder's TOML names: files in the folder (`file = "photos/x.jpg"`)
or samples the kiosk makes from a recipe (the demo's `scene`, `seed`, `palette`, ...), each
known by its slug. Samples are written into a work folder outside the kiosk home, so that both
kinds come in through the normal media import; the TOML then refers to them by SHA-256.
"""

from __future__ import annotations

import glob
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.content.errors import KioskError
from kiosk.content.text import LocalText
from kiosk.media.samples import PALETTES, SCENES
from kiosk.media.store import sha256_of
from kiosk.media.subtitles import SUBTITLE_SUFFIXES
from kiosk.services import demo_source as src
from kiosk.services.sheet_changes import beside, inside
from kiosk.services.toml_entries import Checker, Where

TEXTS = ("caption", "alt", "credit", "rights")
# What a recipe of each kind needs; `mark`, `cues` and an excerpt's `seconds` are optional.
RECIPES = {
    "image": ("scene", "seed", "palette", "size"),
    "video": ("scene", "seed", "palette", "size", "seconds"),
    "audio": ("seed",),
}
_RECIPE_TYPES = {
    "scene": str,
    "seed": int,
    "palette": str,
    "size": list,
    "seconds": float,
    "mark": str,
    "cues": list,
}
_KEYS = {*TEXTS, *_RECIPE_TYPES, "slug", "file", "sections", "sample"}


@dataclass
class Medium:
    """One media entry: where it is written, what it says, and (once known) its file."""

    slug: str
    kind: str  # "image", "video" or "audio": the recipe's; for a file, what the entry expects
    where: Where
    entry: dict[str, Any]
    file: Path | None = None  # the file named, or the sample once made
    subtitles: list[Path] = field(default_factory=list)
    sha: str = ""

    @property
    def is_sample(self) -> bool:
        return "file" not in self.entry

    @property
    def sample(self) -> bool:
        return self.is_sample or self.entry.get("sample", False)

    @property
    def sections(self) -> list[str]:
        return self.entry.get("sections", [])

    def text(self, name: str) -> LocalText | None:
        """A text the entry gives (None where it says nothing)."""
        value = self.entry.get(name)
        return None if value is None else LocalText.of(value)

    def files(self) -> list[Path]:
        return [self.file, *self.subtitles] if self.file else []


def check(checker: Checker, medium: Medium, folder: Path) -> None:
    """Tell what is wrong with the entry; find the file it names, which must be in `folder`."""
    entry, where = medium.entry, medium.where
    for key, value in entry.items():
        if key not in _KEYS:
            checker.problem(where, f"unknown key {key!r}")
        elif reason := _type_problem(checker, key, value):
            checker.problem(where, f"{key} {reason}")
    if not isinstance(entry.get("slug"), str):
        checker.problem(where, "has no 'slug'")
    if "file" in entry:
        medium.file = _named_file(checker, where, folder, entry["file"])
        medium.subtitles = _subtitles_beside(medium.file) if medium.kind == "video" else []
    else:
        _check_recipe(checker, medium)


def make_samples(media: list[Medium], work: Path) -> None:
    """Make the file of every sample, in `work`."""
    for medium in media:
        if not medium.is_sample:
            continue
        recipe = dict(medium.entry, slug=medium.slug)
        if medium.kind == "image":
            medium.file = src.draw_picture(recipe, work)
        elif medium.kind == "video":
            medium.file = src.make_film(recipe, work)
            medium.subtitles = [path for path, _ in src.write_cues(recipe, work)]
        else:
            medium.file = src.make_excerpt(recipe, work)


def hash_files(checker: Checker, media: list[Medium]) -> None:
    """The SHA-256 of each file: the name it will have in the archive."""
    for medium in media:
        if medium.file is None:
            continue
        try:
            medium.sha = sha256_of(medium.file)
        except KioskError as error:
            checker.problem(medium.where, str(error))


def _type_problem(checker: Checker, key: str, value: Any) -> str:
    if key in TEXTS:
        return checker.type_problem(LocalText, value)
    if key in ("file", "slug"):
        return "" if isinstance(value, str) else f"must be a text, not {value!r}"
    if key == "sections":
        return checker.type_problem(tuple[str, ...], value)
    if key == "sample":
        return checker.type_problem(bool, value)
    if key == "size":
        ok = isinstance(value, list) and len(value) == 2
        ok = ok and all(isinstance(v, int) and not isinstance(v, bool) and v > 0 for v in value)
        return "" if ok else "must be [width, height] in pixels"
    if key == "cues":
        ok = isinstance(value, list) and all(_is_cue(cue) for cue in value)
        return "" if ok else "must be a list of tables of start, end and text"
    return checker.type_problem(_RECIPE_TYPES[key], value)


def _is_cue(cue: Any) -> bool:
    return (
        isinstance(cue, dict)
        and all(isinstance(cue.get(k), int | float) for k in ("start", "end"))
        and isinstance(cue.get("text"), dict)
        and all(isinstance(text, str) for text in cue["text"].values())
    )


def _check_recipe(checker: Checker, medium: Medium) -> None:
    """A sample's recipe: every ingredient its kind needs, a scene and palette that exist."""
    entry, where = medium.entry, medium.where
    missing = [key for key in RECIPES[medium.kind] if key not in entry]
    if missing:
        checker.problem(where, f"has no 'file' (or {missing[0]!r} of a sample recipe)")
    if entry.get("scene", "") not in (*SCENES, ""):
        checker.problem(where, f"unknown scene {entry['scene']!r} ({', '.join(SCENES)})")
    if entry.get("palette", "") not in (*PALETTES, ""):
        checker.problem(where, f"unknown palette {entry['palette']!r} ({', '.join(PALETTES)})")


def _named_file(checker: Checker, where: Where, folder: Path, name: Any) -> Path | None:
    """The file an entry names: in the folder, or it could import any file of the computer."""
    if not isinstance(name, str):
        return None
    file = beside(folder / "exhibition.toml", name)
    if not inside(folder, file):
        checker.problem(where, f"file {name!r} is outside {folder}; not imported")
    elif not file.is_file():
        checker.problem(where, f"file {name!r} is not in {folder}")
    else:
        return file
    return None


def _subtitles_beside(film: Path | None) -> list[Path]:
    """`film.en.vtt`, `film.srt`, ... beside a film: its subtitles, as for any imported film."""
    if film is None:
        return []
    return sorted(
        path
        for path in film.parent.glob(f"{glob.escape(film.stem)}.*")
        if path.suffix.lower() in SUBTITLE_SUFFIXES and path.is_file()
    )
