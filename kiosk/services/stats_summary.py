"""What `kiosk stats` and the staff panel say of a span of days: visits, dwell, what was
opened, played and searched, and how the kiosk fared, from HOME/stats.db read-only."""

from __future__ import annotations

import dataclasses
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from kiosk.archive import stats as store
from kiosk.content.model import ExhibitionContent
from kiosk.content.settings import KNOWN_LANGUAGES
from kiosk.content.usage import DWELL_SPANS, Kind

TOP = 10
# The section screens, as the statistics name them, and what the report calls them.
SECTIONS = {
    "chronology": "Chronology",
    "media": "Photos and video",
    "artworks": "Artworks",
    "programme": "Programme",
    "search": "Search",
}

# Access choices (kiosk.ui.access), as the report names them.
ACCESS = {
    "highContrast": "High contrast",
    "reducedMotion": "Reduced motion",
    "lowReach": "Low reach",
    "readAloud": "Read aloud",
    "keys": "Keys (a keypad or a keyboard)",
}

Counted = list[tuple[str, int]]


@dataclass(frozen=True)
class Summary:
    since: str
    until: str
    visits: int = 0
    median_dwell: float | None = None  # seconds, over the visits kept whole
    per_day: Counted = field(default_factory=list)  # every day of the span, none left out
    per_hour: Counted = field(default_factory=list)  # "00" to "23"
    dwell: Counted = field(default_factory=list)  # by span, shortest first
    sections: Counted = field(default_factory=list)
    items: Counted = field(default_factory=list)  # the most opened, by title
    played: list[tuple[str, int, float]] = field(default_factory=list)  # title, plays, seconds
    languages: Counted = field(default_factory=list)
    text_sizes: Counted = field(default_factory=list)
    access: Counted = field(default_factory=list)
    searches: Counted = field(default_factory=list)  # folded words; "" is nothing found
    ends: Counted = field(default_factory=list)  # idle, closed, staff, crash
    idle_resets: int = 0
    errors: Counted = field(default_factory=list)
    starts: Counted = field(default_factory=list)  # why the run before each start ended


def summarise(
    db: store.StatsDb | None, since: date, until: date, titles: dict[str, str] | None = None
) -> Summary:
    """The days from `since` to `until`, both included; `titles` names items for people."""
    first, last = since.isoformat(), until.isoformat()
    if db is None:
        return _shaped(Summary(first, last), Counter(), Counter(), since, until)
    rows = store.measures(db, first, last)
    counts: Counter[tuple[str, str]] = Counter()
    totals: Counter[tuple[str, str]] = Counter()
    per_day: Counter[tuple[str, str]] = Counter()
    for day, measure, key, count, total in rows:
        counts[measure, key] += count
        totals[measure, key] += total or 0.0
        if measure == "visits":
            per_day["visits", day] += count
    dwells = store.dwells(db, first, last)
    summary = _summary(first, last, counts, totals, titles or {})
    summary = _with(summary, median_dwell=statistics.median(dwells) if dwells else None)
    return _shaped(summary, counts, per_day, since, until)


def _summary(first: str, last: str, counts, totals, titles: dict[str, str]) -> Summary:
    by_measure: dict[str, Counter[str]] = defaultdict(Counter)
    for (measure, key), count in counts.items():
        by_measure[measure][key] += count

    def top(measure: str, named=lambda key: key, limit: int = TOP) -> Counted:
        return [(named(key), n) for key, n in by_measure[measure].most_common(limit)]

    played = [
        (titles.get(key, key), n, round(totals["media", key], 1))
        for key, n in by_measure[str(Kind.MEDIA)].most_common(TOP)
    ]
    screens = by_measure[str(Kind.SCREEN)]
    return Summary(
        first,
        last,
        visits=by_measure["visits"][""],
        sections=[(name, screens[key]) for key, name in SECTIONS.items() if screens[key]],
        items=top(str(Kind.ITEM), lambda key: titles.get(key, key)),
        played=played,
        languages=top("language", lambda code: KNOWN_LANGUAGES.get(code, code)),
        text_sizes=sorted(by_measure["text_size"].items()),
        access=top("access", lambda choice: ACCESS.get(choice, choice)),
        searches=top(str(Kind.SEARCH), limit=TOP + 1),
        ends=top("end"),
        idle_resets=by_measure[str(Kind.IDLE_RESET)][""],
        errors=top(str(Kind.ERROR)),
        starts=top(str(Kind.START)),
    )


def _shaped(summary: Summary, counts, per_day, since: date, until: date) -> Summary:
    """The distributions with every bar, empty ones included: a chart's axis is whole."""
    days = [(since + timedelta(n)).isoformat() for n in range((until - since).days + 1)]
    return _with(
        summary,
        per_day=[(day, per_day["visits", day]) for day in days],
        per_hour=[(f"{h:02d}", counts["hour", f"{h:02d}"]) for h in range(24)],
        dwell=[(name, counts["dwell", name]) for _, name in DWELL_SPANS],
    )


def _with(summary: Summary, **changes) -> Summary:
    return dataclasses.replace(summary, **changes)


def titles(content: ExhibitionContent, lang: str = "en") -> dict[str, str]:
    """Items as the statistics name them ("event:<slug>"), by the title a person knows."""
    named = {f"event:{e.slug}": e.title.get(lang) for e in content.events}
    named |= {f"artwork:{a.slug}": a.title.get(lang) for a in content.artworks}
    named |= {f"media:{m.sha256}": m.caption.get(lang) or m.original_name for m in content.media}
    for item in content.programme_items:
        named[f"piece:{item.slug}"] = f"{item.composer.get(lang)}: {item.work.get(lang)}"
    return {key: title for key, title in named.items() if title}
