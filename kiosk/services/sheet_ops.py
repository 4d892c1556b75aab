"""What a spreadsheet asks of the archive besides writing records: deleting one, setting the
sections a file is shown in, replacing an event's figures. A plan's records are model records
and these; `absorb` shows the content as it will be once they are written, and `apply`
writes them, deletions last (nothing may still name what is deleted)."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.archive import Archive
from kiosk.content import model as m

_LISTS = {cls: name for name, cls in m.content_lists().items()}  # Event -> "events"


@dataclass(frozen=True)
class Deletion:
    record: object


@dataclass(frozen=True)
class MediaSections:
    """The sections a file is shown in, at these positions, and no other."""

    media: str
    links: tuple[m.SectionMedia, ...]


@dataclass(frozen=True)
class EventFacts:
    """An event's figures, in order, replacing those it had."""

    event: str
    facts: tuple[m.Fact, ...]


def key(record) -> str:
    return record.sha256 if isinstance(record, m.Media) else record.slug


def apply(archive: Archive, records: list) -> None:
    """Write `records` in one transaction: puts in order, then deletions, last first."""
    with archive.transaction():
        plain: list = []  # written together: one statement per table for a run of records
        for record in records:
            if isinstance(record, MediaSections | EventFacts):
                archive.put_all(plain)
                plain.clear()
            if isinstance(record, MediaSections):
                archive.set_media_sections(record.media, record.links)
            elif isinstance(record, EventFacts):
                archive.set_facts(record.event, record.facts)
            elif not isinstance(record, Deletion):
                plain.append(record)
        archive.put_all(plain)
        for record in reversed(records):
            if isinstance(record, Deletion):
                archive.delete(record.record)


def absorb(content: m.ExhibitionContent, records: list) -> None:
    """`content` as it will be once `records` are written."""
    indexes: dict[str, dict[str, int]] = {}  # list -> key -> index: one pass for any number
    for record in records:
        if isinstance(record, MediaSections):
            others = [s for s in content.section_media if s.media != record.media]
            content.section_media = [*others, *record.links]
        elif isinstance(record, EventFacts):
            others = [f for f in content.facts if f.event != record.event]
            content.facts = [*others, *record.facts]
        elif isinstance(record, Deletion):
            _remove(content, record.record)
            indexes.clear()
        elif isinstance(record, m.Exhibition):
            content.exhibition = record
        else:
            _replace(content, record, indexes)


def copy_content(content: m.ExhibitionContent) -> m.ExhibitionContent:
    """A copy whose lists may be changed without changing `content`'s."""
    lists = {name: list(getattr(content, name)) for name in _LISTS.values()}
    return m.ExhibitionContent(exhibition=content.exhibition, **lists)


def _replace(content: m.ExhibitionContent, record, indexes: dict[str, dict[str, int]]) -> None:
    name = _LISTS[type(record)]
    items: list = getattr(content, name)
    if name not in indexes:
        indexes[name] = {key(item): i for i, item in enumerate(items)}
    index = indexes[name].get(key(record))
    if index is None:
        indexes[name][key(record)] = len(items)
        items.append(record)
    else:
        items[index] = record


def _remove(content: m.ExhibitionContent, record) -> None:
    """The record, and the links and figures that go with it."""
    if isinstance(record, m.Exhibition):
        content.exhibition = None
        return
    items: list = getattr(content, _LISTS[type(record)])
    items[:] = [item for item in items if key(item) != key(record)]
    if isinstance(record, m.Media):
        content.section_media = [s for s in content.section_media if s.media != record.sha256]
    if isinstance(record, m.Event):
        content.facts = [f for f in content.facts if f.event != record.slug]
