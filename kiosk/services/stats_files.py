"""A summary of the statistics as staff read it: lines for the terminal, CSV files for a
spreadsheet, and a report (one HTML file, its charts inside) for a browser or a printer."""

from __future__ import annotations

import base64
import csv
import html
from collections.abc import Iterable
from pathlib import Path

from kiosk.media.files import atomic_write_bytes
from kiosk.services.stats_summary import Counted, Summary

# The charts a report and the staff panel draw: name, title, and the summary's bars.
CHARTS = (
    ("per-day", "Visits per day", lambda s: s.per_day),
    ("per-hour", "Visits by hour of the day", lambda s: s.per_hour),
    ("dwell", "How long visits lasted", lambda s: s.dwell),
    ("sections", "Sections opened", lambda s: s.sections),
    ("items", "Most opened items", lambda s: s.items),
    ("languages", "Languages", lambda s: s.languages),
    ("searches", "Searches", lambda s: searched(s.searches)),
)


def minutes(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    return f"{seconds / 60:.1f} min" if seconds >= 60 else f"{seconds:.0f} s"


def searched(searches: Counted) -> Counted:
    """Searches as people read them: words that found nothing are one line, not kept."""
    return [(words or "(found nothing: words not kept)", n) for words, n in searches]


def lines(summary: Summary) -> list[str]:
    """The summary as `kiosk stats` prints it."""
    s = summary
    out = [
        f"Visits from {s.since} to {s.until}: {s.visits}",
        f"Median visit: {minutes(s.median_dwell)} (first touch to last)",
        f"Idle resets: {s.idle_resets}",
    ]
    ends = dict(s.ends)
    if ends.get("crash"):
        out.append(f"Visits cut by a crash or a power cut: {ends['crash']}")
    busiest = [pair for pair in s.per_day if pair[1]]
    sections = (
        ("Visits per day", busiest),
        ("Sections", s.sections),
        ("Most opened", s.items),
        ("Played (plays, time)", [(t, f"{n}, {minutes(sec)}") for t, n, sec in s.played]),
        ("Languages", s.languages),
        ("Access choices", s.access),
        ("Searches", searched(s.searches)),
        ("Errors logged", s.errors),
        ("Kiosk starts, after", s.starts),
    )
    for title, rows in sections:
        if rows:
            out += ["", f"{title}:"] + [f"  {value!s:>8}  {name}" for name, value in rows]
    return out


def write_csv(summary: Summary, folder: Path) -> list[Path]:
    """One CSV file per table, UTF-8 with a byte-order mark (Excel then reads ə and ж)."""
    folder.mkdir(parents=True, exist_ok=True)
    tables = {
        "visits-per-day": (("day", "visits"), summary.per_day),
        "visits-per-hour": (("hour", "visits"), summary.per_hour),
        "dwell": (("visit length", "visits"), summary.dwell),
        "sections": (("section", "opened"), summary.sections),
        "items": (("item", "opened"), summary.items),
        "played": (("item", "plays", "seconds"), summary.played),
        "languages": (("language", "visits"), summary.languages),
        "access": (("choice", "visits"), summary.access),
        "searches": (("words", "searches"), searched(summary.searches)),
        "ends": (("how the visit ended", "visits"), summary.ends),
        "errors": (("error", "times"), summary.errors),
    }
    written = []
    for name, (header, rows) in tables.items():
        path = folder / f"{name}.csv"
        with path.open("w", encoding="utf-8-sig", newline="") as file:
            writer = csv.writer(file)
            writer.writerow(header)
            writer.writerows(rows)
        written.append(path)
    return written


def write_report(summary: Summary, charts: dict[str, bytes], path: Path) -> None:
    """An HTML page: the figures, then each chart (PNG bytes by CHARTS' name) inside it."""
    s = summary
    parts = [
        "<!doctype html><html lang='en'><meta charset='utf-8'>",
        f"<title>Visitors {s.since} to {s.until}</title>",
        "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;color:#222}"
        "img{max-width:100%}td{padding:0 1em 0 0}</style>",
        f"<h1>Visitors from {s.since} to {s.until}</h1>",
        _table(
            [
                ("Visits", s.visits),
                ("Median visit (first touch to last)", minutes(s.median_dwell)),
                ("Idle resets", s.idle_resets),
                ("Visits cut by a crash", dict(s.ends).get("crash", 0)),
                ("Errors logged", sum(n for _, n in s.errors)),
            ]
        ),
    ]
    for name, title, _ in CHARTS:
        if name in charts:
            data = base64.b64encode(charts[name]).decode()
            parts.append(f"<h2>{html.escape(title)}</h2><img alt='{html.escape(title)}' ")
            parts.append(f"src='data:image/png;base64,{data}'>")
    parts.append("<p>Counted on the kiosk itself: no camera, no names, nothing that tells one")
    parts.append(" visitor from another.</p></html>")
    atomic_write_bytes(path, "".join(parts).encode())


def _table(rows: Iterable[tuple[str, object]]) -> str:
    cells = "".join(
        f"<tr><td>{html.escape(name)}</td><td>{html.escape(str(value))}</td></tr>"
        for name, value in rows
    )
    return f"<table>{cells}</table>"
