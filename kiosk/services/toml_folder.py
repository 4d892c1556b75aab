"""An exhibition written in TOML: a folder holding exhibition.toml (and, if it has them,
chronology.toml, media.toml, artworks.toml and programme.toml, as in db/demo/), imported into
the draft by `kiosk import FOLDER`.

The folder is read and checked whole first: any problem, in any file, and nothing is written.
Then the media it names come in through the normal media import, and the records (exhibition,
sections, sources, chronology, artworks, programme) are written in one transaction.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.archive import Archive
from kiosk.content.errors import KioskError
from kiosk.content.settings import toml_problem
from kiosk.media.files import read_regular
from kiosk.services import sheet_ops, toml_media
from kiosk.services.demo_source import FILES
from kiosk.services.sheet_changes import SheetPlan
from kiosk.services.toml_entries import Checker, Where, defaults
from kiosk.services.toml_media import Medium
from kiosk.services.toml_plan import plan_records

MARKER = "exhibition.toml"
MAX_TOML_BYTES = 8 << 20  # a long chronology in four languages is some hundred kilobytes


@dataclass
class FolderSource:
    """A folder's TOML files as read, and the media they name."""

    folder: Path
    languages: list[str]
    documents: dict[str, dict[str, Any]] = field(default_factory=dict)
    media: list[Medium] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def files(self) -> list[Path]:
        """Every media file to import: those named, the samples made, their subtitles."""
        return [path for medium in self.media for path in medium.files()]


def is_exhibition_folder(path: Path) -> bool:
    return path.is_dir() and (path / MARKER).is_file()


def prepare(archive: Archive, folder: Path, languages: list[str], work: Path) -> tuple:
    """(source, plan): the folder read and checked, its samples made in `work` (only once the
    TOML is sound: they take time), the plan of what it changes in `archive`."""
    source = read_folder(folder, languages)
    plan = plan_folder(archive, source)
    if not plan.problems:
        checker = Checker(languages)
        toml_media.make_samples(source.media, work)
        toml_media.hash_files(checker, source.media)
        source.problems += checker.problems
        plan = plan_folder(archive, source)
    return source, plan


def read_folder(folder: Path, languages: list[str]) -> FolderSource:
    checker = Checker(languages)
    documents = {}
    for name in FILES:
        path = folder / f"{name}.toml"
        if name == "exhibition" or path.exists():
            documents[name] = _parse(checker, path)
    media = _media_entries(checker, documents, folder)
    for medium in media:  # one with a problem stays known, lest its slug seem unknown too
        toml_media.check(checker, medium, folder)
    _refuse_twice_named(checker, media)
    source = FolderSource(folder, languages, documents, media)
    source.problems = checker.problems
    return source


def plan_folder(
    archive: Archive, source: FolderSource, imported: frozenset[str] | None = None
) -> SheetPlan:
    """What the folder changes in `archive`. `imported`, once its media are in: those this
    import added (a file named that is still missing was then rejected)."""
    checker = Checker(source.languages)
    checker.problems = list(source.problems)
    plan = SheetPlan(source.folder, root=source.folder)
    plan_records(plan, checker, archive.content(), source, imported)
    plan.problems = checker.problems
    if plan.problems:
        plan.records, plan.changes = [], []
    return plan


def apply(archive: Archive, plan: SheetPlan) -> None:
    """The plan's records, all or none."""
    sheet_ops.apply(archive, plan.records)


def _parse(checker: Checker, path: Path) -> dict[str, Any]:
    where = Where(path)
    try:
        text = read_regular(path, MAX_TOML_BYTES, "a TOML file").decode("utf-8")
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        checker.problem(where, f"not valid TOML: {toml_problem(text, error)}")
    except UnicodeDecodeError as error:
        checker.problem(where, f"not UTF-8 text ({error.reason} at byte {error.start})")
    except OSError as error:
        checker.problem(where, f"cannot read ({error.strerror or error})")
    except KioskError as error:  # not a regular file, or too large: the message names it
        checker.problems.append(str(error))
    return {}


def _media_entries(checker: Checker, documents: dict, folder: Path) -> list[Medium]:
    """media.toml's pictures and films, each artwork's image and each piece's excerpt."""
    found: list[Medium] = []
    doc = documents.get("media", {})
    common = defaults(doc)
    for kind, key in (("image", "images"), ("video", "videos")):
        where = Where(folder / "media.toml")
        for number, raw in enumerate(checker.tables(doc, key, where), 1):
            entry = {**common, **raw}
            found.append(Medium(str(entry.get("slug")), kind, where.of(kind, number, raw), entry))
    found += _attached(checker, documents.get("artworks", {}), folder / "artworks.toml")
    found += _attached(checker, documents.get("programme", {}), folder / "programme.toml")
    return found


def _attached(checker: Checker, doc: dict, path: Path) -> list[Medium]:
    """An artwork's `image` or a piece's `audio`, named `artwork-<slug>`, `excerpt-<slug>`."""
    artworks = path.name == "artworks.toml"
    kind, key, prefix = ("image", "image", "artwork") if artworks else ("audio", "audio", "excerpt")
    items, label = ("artworks", "artwork") if artworks else ("items", "piece")
    found = []
    for number, raw in enumerate(checker.tables(doc, items, Where(path)), 1):
        if key not in raw:  # not in [defaults]: they say how, not whether, an entry has one
            continue
        entry = {**defaults(doc), **raw}
        where = Where(path).of(label, number, raw)
        where = Where(path, f"{where.entry}, its {key}")
        table = {**defaults(doc).get(key, {}), **checker.table(where, entry[key])}
        if artworks:
            table = {"caption": entry.get("title", ""), **table}
        table["slug"] = f"{prefix}-{entry.get('slug')}"
        found.append(Medium(table["slug"], kind, where, table))
    return found


def _refuse_twice_named(checker: Checker, media: list[Medium]) -> None:
    seen: set[str] = set()
    for medium in media:
        if medium.slug in seen:
            checker.problem(medium.where, f"media slug {medium.slug!r} is given twice")
        seen.add(medium.slug)
