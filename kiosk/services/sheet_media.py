"""Files in sheets: a cell naming a file, and the sections a media row shows its file in."""

from __future__ import annotations

from pathlib import Path

from kiosk.content import model as m
from kiosk.services.sheet_changes import SheetPlan, beside
from kiosk.services.sheet_ops import MediaSections
from kiosk.services.sheet_state import ShaOf, SheetState, label


class MediaNames:
    """A file is named in a sheet by its name where no other file has that name, else by its
    id; a cell may name a file beside the sheet, an id (or its first 8 characters or more),
    or a name."""

    def __init__(self, content: m.ExhibitionContent, pending: frozenset[Path] = frozenset()):
        self.pending = {path.name: path for path in pending} | {str(p): p for p in pending}
        self.hashed: dict[Path, str] = {}
        self.media = {item.sha256: item for item in content.media}
        counts: dict[str, int] = {}
        for item in content.media:
            counts[item.original_name] = counts.get(item.original_name, 0) + 1
        self.unique = {
            item.original_name: item.sha256
            for item in content.media
            if item.original_name and counts[item.original_name] == 1
        }

    def name(self, sha: str) -> str:
        item = self.media.get(sha)
        if item and self.unique.get(item.original_name) == sha:
            return item.original_name
        return sha[:16]

    def sha(self, text: str, plan: SheetPlan, line: int, sha_of: ShaOf) -> str:
        """The media a cell names; a problem on the plan and "" if none."""
        file = self._file(text, plan, line)
        if file is not None and str(file) not in self.pending:
            if file not in self.hashed:  # the same file may be named on many rows
                self.hashed[file] = sha_of(file)
            if self.hashed[file] in self.media:
                return self.hashed[file]
            plan.problem(line, f"{file} is not in the archive (it could not be imported)")
            return ""
        if text in self.unique:
            return self.unique[text]
        named = self.pending.get(str(file) if file else "") or self.pending.get(text)
        if named is not None:
            plan.notices.append(f"{plan.path}: line {line}: {named} is named once imported")
            return ""
        matches = [sha for sha in self.media if len(text) >= 8 and sha.startswith(text.lower())]
        if len(matches) == 1:
            return matches[0]
        plan.problem(line, f"no media {text!r} (name a file beside the sheet, or a media id)")
        return ""

    def _file(self, text: str, plan: SheetPlan, line: int) -> Path | None:
        """The file beside the sheet a cell names, resolved, if there is one inside the folder
        imported (a name alone, most cells, costs one failed stat)."""
        if not beside(plan.path, text).is_file():
            return None
        file, _ = plan.local_file(text, line)
        return file.resolve() if file is not None else None


def media_sections(sheet: SheetState, media: m.Media, slugs: tuple[str, ...], line: int) -> None:
    """Remember the sections a row puts its file in; `_place_media` writes them."""
    known = {s.slug for s in sheet.content.sections}
    unknown = [slug for slug in slugs if slug not in known]
    if unknown:
        sheet.plan.problem(line, f"sections: no section {unknown[0]!r}")
        return
    sheet.wanted[media.sha256] = (slugs, line, label(media))
    if not slugs and media.sha256 not in named(sheet.content):
        sheet.plan.notices.append(
            f"{sheet.plan.path}: line {line}: {label(media)} is in no section; only an event, "
            "an artwork or a piece that names it shows it"
        )


def place_media(sheet: SheetState) -> None:
    """Each section's files in the order of the rows (files without a row stay, after them);
    a file is written again only if its sections or their order changed."""
    before: dict[str, list[str]] = {}
    for link in sorted(sheet.content.section_media, key=lambda s: s.position):
        before.setdefault(link.section, []).append(link.media)
    after = _media_order(sheet, before)
    reordered = {
        slug for slug in before.keys() | after.keys() if before.get(slug) != after.get(slug)
    }
    for slug in sorted(reordered & before.keys() & after.keys()):
        if set(before[slug]) == set(after[slug]):
            sheet.plan.changes.append(f"section {slug}: its files take a new order")
    places_before = {slug: {sha: n for n, sha in enumerate(shas)} for slug, shas in before.items()}
    places_after = {slug: {sha: n for n, sha in enumerate(shas)} for slug, shas in after.items()}
    for sha, (slugs, line, name) in sheet.wanted.items():
        had = {slug for slug, places in places_before.items() if sha in places}
        links = tuple(m.SectionMedia(s, sha, places_after[s][sha]) for s in slugs)
        if had == set(slugs) and all(places_before[s][sha] == places_after[s][sha] for s in had):
            continue  # the same places (in numbers another import may have counted otherwise)
        sheet.plan.records.append(MediaSections(sha, links))
        if had != set(slugs):
            shown = ", ".join(slugs) or "no section"
            sheet.plan.changes.append(f"line {line}, {name}: sections: {shown}")


def _media_order(sheet: SheetState, before: dict[str, list[str]]) -> dict[str, list[str]]:
    """Each section's files as the sheet leaves them: in the order of its rows, those without
    a row after them; a sheet without ids only adds files at the end."""
    after: dict[str, list[str]] = {}
    if not sheet.has_ids:
        after = {slug: list(shas) for slug, shas in before.items()}
    placed = {slug: set(shas) for slug, shas in after.items()}
    for sha, (slugs, _, _) in sheet.wanted.items():
        for slug in slugs:
            if sha not in placed.setdefault(slug, set()):
                placed[slug].add(sha)
                after.setdefault(slug, []).append(sha)
    if sheet.has_ids:
        for slug, shas in before.items():
            after.setdefault(slug, []).extend(sha for sha in shas if sha not in sheet.wanted)
    return after


def named(content: m.ExhibitionContent) -> set[str]:
    """The files an event, an artwork or a piece shows, or describes it with."""
    named = {sha for event in content.events for sha in event.media}
    named |= {w.media for w in content.artworks} | {p.audio for p in content.programme_items}
    return named | described(content)


def described(content: m.ExhibitionContent) -> set[str]:
    """The recordings describing an event, an artwork or a piece (read aloud plays them)."""
    records = [*content.events, *content.artworks, *content.programme_items]
    return {r.audio_description for r in records if r.audio_description}
