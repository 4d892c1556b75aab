"""Building the demo exhibition from db/demo/ into a kiosk home, media generated on the way.

The archive is built under another name and renamed to draft.db only when complete, so a
killed build leaves a home without a draft (which every command explains) rather than half
an exhibition. The search index is built by the publish that every caller runs next.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kiosk.archive import Archive
from kiosk.content import model as m
from kiosk.content.errors import HomeError
from kiosk.content.resources import demo_source_dir
from kiosk.media.files import remove_stray_temporaries
from kiosk.media.renditions import RenditionSizes
from kiosk.services import demo_source as src
from kiosk.services.home import KioskHome
from kiosk.services.media import MediaText, add_media, sizes_from

Progress = Callable[[str], None]


def build_demo(
    home: KioskHome, progress: Progress = lambda _: None, source: Path | None = None
) -> None:
    home.create()
    if home.draft_file.exists():
        raise HomeError(
            f"{home.draft_file}: this home already has an archive; "
            "choose another --home to build the demo"
        )
    documents = src.read_source(source or demo_source_dir())
    building = home.root / "draft.db.building"
    _remove_database(building)
    shutil.rmtree(home.work_dir, ignore_errors=True)
    remove_stray_temporaries(home.root / "media")
    home.work_dir.mkdir()
    settings = home.settings()
    archive = Archive.open(building)
    try:
        with archive.transaction():
            _Loader(archive, home, sizes_from(settings), progress).load(documents)
    finally:
        archive.close()
    os.replace(building, home.draft_file)
    shutil.rmtree(home.work_dir, ignore_errors=True)


def _remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()


class _Loader:
    def __init__(
        self, archive: Archive, home: KioskHome, sizes: RenditionSizes, progress: Progress
    ):
        self.archive, self.home, self.sizes, self.progress = archive, home, sizes, progress
        self.media: dict[str, str] = {}  # recipe slug -> sha256

    def load(self, documents: dict[str, dict[str, Any]]) -> None:
        self._exhibition(documents["exhibition"])
        self._media(documents["media"])
        self._chronology(documents["chronology"])
        self._artworks(documents["artworks"])
        self._programme(documents["programme"])

    def _exhibition(self, doc: dict[str, Any]) -> None:
        self.progress("exhibition, sections and sources")
        origin = "exhibition.toml"
        self.archive.put(src.build(m.Exhibition, doc["exhibition"], origin))
        for position, section in enumerate(doc.get("sections", [])):
            self.archive.put(src.build(m.Section, section, origin, position=position))
        for source in doc.get("sources", []):
            self.archive.put(src.build(m.Source, source, origin))

    def _media(self, doc: dict[str, Any]) -> None:
        """Pictures, then films, each in its sections in that order."""
        defaults = doc.get("defaults", {})
        recipes = [(self._image, r) for r in doc.get("images", [])]
        recipes += [(self._film, r) for r in doc.get("videos", [])]
        for position, (make, recipe) in enumerate(recipes):
            recipe = {**defaults, **recipe}
            sha = make(recipe, "media.toml")
            for section in recipe.get("sections", []):
                self.archive.put(m.SectionMedia(section, sha, position))

    def _image(self, recipe: dict[str, Any], origin: str) -> str:
        self.progress(f"drawing sample image {recipe['slug']}")
        return self._add(src.draw_picture(recipe, self.home.work_dir), recipe, origin)

    def _film(self, recipe: dict[str, Any], origin: str) -> str:
        self.progress(f"making sample film {recipe['slug']}")
        film = src.make_film(recipe, self.home.work_dir)
        return self._add(film, recipe, origin, src.write_cues(recipe, self.home.work_dir))

    def _add(
        self,
        file: Path,
        recipe: dict[str, Any],
        origin: str,
        subtitles: tuple[tuple[Path, str], ...] = (),
    ) -> str:
        text = src.build(
            MediaText,
            {k: recipe[k] for k in ("caption", "alt", "credit", "rights") if k in recipe},
            origin,
            sample=True,
        )
        media = add_media(self.archive, self.home.store, file, text, self.sizes, subtitles)
        self.media[recipe["slug"]] = media.sha256
        return media.sha256

    def _chronology(self, doc: dict[str, Any]) -> None:
        self.progress("chronology")
        origin, section = "chronology.toml", doc["section"]
        for position, track in enumerate(doc.get("tracks", [])):
            self.archive.put(src.build(m.Track, track, origin, section=section, position=position))
        for era in doc.get("eras", []):
            self.archive.put(src.build(m.Era, era, origin, section=section))
        for position, raw in enumerate(doc.get("events", [])):
            event = {k: v for k, v in raw.items() if k != "facts"}
            event["media"] = [self.media[slug] for slug in raw.get("media", [])]
            self.archive.put(src.build(m.Event, event, origin, section=section, position=position))
            for order, fact in enumerate(raw.get("facts", [])):
                self.archive.put(src.build(m.Fact, fact, origin, event=raw["slug"], position=order))

    def _artworks(self, doc: dict[str, Any]) -> None:
        origin, section = "artworks.toml", doc["section"]
        for artist in doc.get("artists", []):
            self.archive.put(src.artist(artist, origin))
        defaults = doc.get("defaults", {})
        for position, raw in enumerate(doc.get("artworks", [])):
            raw = {**defaults, **raw}
            image = {
                **defaults.get("image", {}),
                **raw["image"],
                "slug": f"artwork-{raw['slug']}",
                "caption": raw["title"],
            }
            sha = self._image(image, origin)
            work = {k: v for k, v in raw.items() if k != "image"}
            self.archive.put(
                src.build(m.Artwork, work, origin, section=section, media=sha, position=position)
            )

    def _programme(self, doc: dict[str, Any]) -> None:
        origin = "programme.toml"
        programme = doc["programme"]
        self.archive.put(src.build(m.Programme, programme, origin))
        for position, raw in enumerate(doc.get("items", [])):
            audio = None
            if "audio" in raw:
                self.progress(f"synthesizing sample excerpt {raw['slug']}")
                recipe = {
                    **doc.get("defaults", {}).get("audio", {}),
                    **raw["audio"],
                    "slug": f"excerpt-{raw['slug']}",
                }
                audio = self._add(src.make_excerpt(recipe, self.home.work_dir), recipe, origin)
            item = {k: v for k, v in raw.items() if k not in ("audio", "duration")}
            self.archive.put(
                src.build(
                    m.ProgrammeItem,
                    item,
                    origin,
                    programme=programme["slug"],
                    audio=audio,
                    duration=src.duration_seconds(raw["duration"], origin),
                    position=position,
                )
            )
