"""`kiosk stats`: how the kiosk is used, from HOME/stats.db, as a table, CSV files or a report
with charts. Registered on the `kiosk` command by kiosk.cli."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

import click

from kiosk.services.home import KioskHome

DEFAULT_DAYS = 30


def commands(say: Callable[[str], None], with_home: Callable) -> list[click.Command]:
    @click.command()
    @click.option(
        "--since",
        help=f"First day counted, YYYY-MM-DD (default: {DEFAULT_DAYS} days ago).",
    )
    @click.option(
        "--csv",
        "csv_dir",
        type=click.Path(file_okay=False, path_type=Path),
        help="Also write one CSV file per table into this folder.",
    )
    @click.option(
        "--report",
        "report_file",
        type=click.Path(dir_okay=False, path_type=Path),
        help="Also write a report with charts to this HTML file.",
    )
    @with_home
    def stats(
        home: KioskHome, since: str | None, csv_dir: Path | None, report_file: Path | None
    ) -> None:
        """How the kiosk is used: visits, their length, what was opened, played and
        searched, languages, idle resets, errors and restarts. Nothing that tells one visitor
        from another is kept."""
        from kiosk.archive.stats import open_read_only
        from kiosk.services.stats_files import lines, write_csv, write_report
        from kiosk.services.stats_summary import summarise

        first = _day(since) if since else date.today() - timedelta(days=DEFAULT_DAYS - 1)
        db = open_read_only(home.stats_file)
        if db is None:
            say(f"No visits counted yet ({home.stats_file} does not exist).")
        summary = summarise(db, first, date.today(), _titles(home))
        for line in lines(summary):
            say(line)
        if csv_dir is not None:
            written = write_csv(summary, csv_dir)
            say(f"Wrote {len(written)} CSV files to {csv_dir}")
        if report_file is not None:
            from kiosk.ui.charts import draw_charts

            write_report(summary, draw_charts(summary, home), report_file)
            say(f"Wrote the report to {report_file}")

    return [stats]


def _day(text: str) -> date:
    try:
        return datetime.strptime(text, "%Y-%m-%d").date()
    except ValueError:
        raise click.BadParameter(
            f"{text!r} is not a day written YYYY-MM-DD", param_hint="--since"
        ) from None


def _titles(home: KioskHome) -> dict[str, str]:
    """Items by their titles in the published exhibition; by their keys if none is published."""
    from kiosk.content.errors import KioskError
    from kiosk.services.exhibit import Exhibit
    from kiosk.services.stats_summary import titles

    try:
        return titles(Exhibit.load(home).content)
    except (KioskError, OSError):
        return {}
