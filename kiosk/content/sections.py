"""Which sections have something to show: an empty one is not offered to visitors."""

from __future__ import annotations

from kiosk.content.model import ExhibitionContent


def empty_sections(content: ExhibitionContent) -> set[str]:
    """The slugs of the sections nothing is shown in: no event, picture, artwork or piece."""
    programmes = {p.slug: p.section for p in content.programmes}
    full = {e.section for e in content.events}
    full |= {link.section for link in content.section_media}
    full |= {w.section for w in content.artworks}
    full |= {programmes.get(i.programme) for i in content.programme_items}
    return {s.slug for s in content.sections} - full
