"""The `kiosk` command. Thin: parse, call a service, print, exit code.

Errors are one line on stderr, never a traceback: a KioskError names the file and the
reason; anything unexpected is logged in full to HOME/logs/kiosk.log and summarised here.
Each command imports the services it uses when it runs: import, check and the demo bring in
FFmpeg and Pillow, which `kiosk run` does not need at start.
"""

from __future__ import annotations

import contextlib
import functools
import getpass
import json
import logging
import os
import shutil
import signal
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from kiosk.archive import is_disk_full, is_read_only
from kiosk.content.errors import KioskError, printable
from kiosk.services.home import KioskHome
from kiosk.services.logs import log_to_home

if TYPE_CHECKING:
    from kiosk.content.rules import Finding
    from kiosk.services import ingest
    from kiosk.services.snapshots import KeptSnapshot

log = logging.getLogger("kiosk.cli")


class KioskGroup(click.Group):
    """Turns every error into one line and an exit code."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KioskError as error:
            _fail(str(error))
        except BrokenPipeError:  # `kiosk export | head`: the reader has what it wanted
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silences the flush at exit
            sys.exit(0)
        except KeyboardInterrupt as error:
            code = error.exit_code if isinstance(error, Interrupted) else 130
            _fail("interrupted; nothing half-written was kept", code)
        except OSError as error:
            log.exception("unexpected I/O error")
            _fail(f"{error.filename or 'kiosk'}: {error.strerror or error}")
        except (click.ClickException, click.exceptions.Exit, click.Abort, SystemExit):
            raise
        except Exception as error:
            log.exception("unexpected error")
            _fail(f"unexpected error: {error!r} (the full report is in the home's logs/kiosk.log)")


def _fail(message: str, code: int = 1) -> None:
    _say(f"kiosk: {message}", err=True)
    sys.exit(code)


def _say(line: str, err: bool = False) -> None:
    """Every message goes out here, its control characters escaped: a file name with a line
    break in it cannot split a message, or print a line of its own."""
    click.echo(printable(line), err=err)


class Interrupted(KeyboardInterrupt):
    """Ctrl+C or SIGTERM; `signum` says which, for the exit code."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum

    @property
    def exit_code(self) -> int:
        """The shell's convention: 128 and the signal's number (130 for Ctrl+C, 143 for a kill)."""
        return 128 + self.signum


_STOPPED_AT_ONCE = (
    b"kiosk: stopped at once; what was imported is complete, the rest is not there "
    b"(the next import clears what is left)\n"
)


@contextlib.contextmanager
def _signals_stop_the_command() -> Iterator[list[Interrupted]]:
    """Ctrl+C and a kill (SIGTERM) both stop the command where it is, by Interrupted, which
    the services clean up after; the list yielded holds it. A second signal while the command
    winds down ends the process at once: what is written is crash-safe, and the next import
    sweeps what is left."""
    received: list[Interrupted] = []

    def stop(signum: int, frame: object) -> None:
        if received:
            # The progress bar hid the terminal's cursor: show it again on a line of its own.
            show_cursor = b"\r\x1b[?25h\n" if sys.stderr.isatty() else b""
            os.write(2, show_cursor + _STOPPED_AT_ONCE)
            os._exit(128 + signum)
        received.append(Interrupted(signum))
        raise received[0]

    previous = {signum: signal.signal(signum, stop) for signum in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield received
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def with_home(command: Callable) -> Callable:
    """Every command takes --home DIR (else $KIOSK_HOME, else the user data folder)."""

    @click.option(
        "--home",
        "home_dir",
        type=click.Path(file_okay=False, path_type=Path),
        help="Kiosk home folder (default: $KIOSK_HOME, else the user data folder).",
    )
    @functools.wraps(command)
    def wrapper(home_dir: Path | None, **kwargs: Any) -> Any:
        home = KioskHome.resolve(home_dir)
        log_to_home(home)
        try:
            return command(home=home, **kwargs)
        except (KioskError, OSError) as error:
            raise _about_the_disk(home, error) or error from error

    return wrapper


def _about_the_disk(home: KioskHome, error: BaseException) -> KioskError | None:
    """A read-only or full disk, said in words staff can act on (SQLite calls the first
    "attempt to write a readonly database", the second at times a "disk I/O error")."""
    cause = error.__cause__ or error
    if isinstance(cause, KioskError):  # already said in the kiosk's own words
        return None
    detail = f"{getattr(cause, 'filename', None) or home.root}: {_reason(cause)}"
    if is_read_only(cause):
        return KioskError(f"{home.root}: HOME is read-only: {detail}; nothing was changed")
    if is_disk_full(cause) or _no_space_left(home):
        return KioskError(f"{home.root}: the disk holding HOME is full ({detail})")
    return None


def _reason(error: BaseException) -> str:
    return getattr(error, "strerror", None) or str(error)


def _no_space_left(home: KioskHome) -> bool:
    try:
        return shutil.disk_usage(home.root).free == 0
    except OSError:
        return False


@click.group(cls=KioskGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="museum-kiosk")
def main() -> None:
    """An offline museum kiosk: build, check, publish and run an exhibition."""
    # Whatever the staff member's own umask, what the kiosk writes is readable by the kiosk's
    # account (kiosk.media.files: files 0644, folders 0755).
    os.umask(0o022)


@main.command()
@click.option("--demo", is_flag=True, help="Build the demo exhibition into the new home.")
@with_home
def init(home: KioskHome, demo: bool) -> None:
    """Create a kiosk home (settings, archive, media store); --demo fills it and publishes."""
    from kiosk.services import publish as publish_service
    from kiosk.services.demo import build_demo

    if demo:
        build_demo(home, progress=lambda step: _say(f"  {step}", err=True))
        snapshot = publish_service.publish(home)
        _say(f"Demo exhibition built in {home.root} and published as {snapshot.name}.")
        return
    home.create()
    if home.draft_file.exists():
        _say(f"{home.root} is already a kiosk home; nothing changed.")
        return
    home.open_draft_new()
    _say(f"Empty kiosk home created in {home.root}.")
    _say(f'Next: kiosk new --home {home.root} --title "TITLE"')
    _say(f"(On a kiosk fed by bundles from the staff PC: kiosk keys trust KEY --home {home.root})")


@main.command()
@click.option("--title", required=True, help="The exhibition's title, in --lang.")
@click.option("--lang", help="The title's language (default: the kiosk's default language).")
@with_home
def new(home: KioskHome, title: str, lang: str | None) -> None:
    """Begin an exhibition in the draft: its title, one section of each kind (chronology,
    photos and video, artworks, concert programme) and an empty programme. Makes the home
    if needed; refuses a draft that already has an exhibition."""
    from kiosk.services.new import new_exhibition

    made = new_exhibition(home, title, lang)
    shown = lang or home.settings().default_language
    _say(f"Made the exhibition {title!r} ({made.exhibition.slug}) in {home.draft_file}:")
    for section in made.sections:
        _say(f"  section {section.slug}: {section.title.get(shown)}")
    if made.programme is not None:
        _say(f"  an empty programme ({made.programme.slug}) for the concert's pieces")
    _say("Next:")
    _say(f"  kiosk import --home {home.root} FILES...   pictures, films, sound, spreadsheets")
    _say(f"  kiosk check --home {home.root}             what to fix before publishing")
    _say(f"  kiosk publish --home {home.root}           what kiosk run shows")


@main.command()
@click.option(
    "--rollback",
    metavar="[NAME]",
    is_flag=False,
    flag_value="",
    default=None,
    help="Make the snapshot before the current one current again, or the kept snapshot NAME "
    "(`kiosk snapshots` lists them).",
)
@click.option("--force", is_flag=True, help="Publish even though `kiosk check` finds errors.")
@with_home
def publish(home: KioskHome, rollback: str | None, force: bool) -> None:
    """Publish the draft as a new read-only snapshot that `kiosk run` shows.

    Refuses when `kiosk check` finds errors (missing alt text, credit, rights, consent,
    missing files, ...) unless --force, and a draft with no exhibition even then. A draft
    unchanged since the current snapshot makes no new one.
    """
    from kiosk.services import publish as publish_service

    if rollback is not None:
        name = publish_service.rollback(home, rollback or None)
        _say(f"{name} is current again." if rollback else f"Rolled back: {name} is current.")
        return
    snapshot = publish_service.publish(home, force=force)
    if not snapshot.new:
        _say(f"Nothing changed since {snapshot.name}; no new snapshot made.")
        return
    total = sum(snapshot.counts.values())
    _say(f"Published {snapshot.name} ({total} records).")


@main.command()
@with_home
def snapshots(home: KioskHome) -> None:
    """List the kept snapshots, oldest first: when each was published, what it holds, and
    which is current (CURRENT) and, if another, which `kiosk run` shows (SHOWN)."""
    from kiosk.services.snapshots import kept_snapshots

    kept = kept_snapshots(home)
    if not kept:
        _say(f"{home.root}: nothing is published yet; run: kiosk publish --home {home.root}")
        return
    for snapshot in kept:
        _say(_snapshot_line(snapshot))


# What `kiosk snapshots` counts of each: the archive's table, and the word for its records.
_COUNTED = (
    ("events", "events"),
    ("media", "media"),
    ("artworks", "artworks"),
    ("programme_items", "pieces"),
)


def _snapshot_line(snapshot: KeptSnapshot) -> str:
    published = snapshot.published.astimezone() if snapshot.published else None
    when = published.strftime("%Y-%m-%d %H:%M") if published else "time unknown"
    counts = ", ".join(f"{snapshot.counts.get(table, '?')} {word}" for table, word in _COUNTED)
    marks = ["CURRENT"] * snapshot.current + ["SHOWN"] * (snapshot.shown and not snapshot.current)
    return "  ".join([snapshot.name, when, counts, *marks])


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print every finding as JSON.")
@with_home
def check(home: KioskHome, as_json: bool) -> None:
    """Validate the content; exits 1 if there are errors (warnings do not fail)."""
    from kiosk.services import check as check_service

    report = check_service.check(home)
    if as_json:
        click.echo(json.dumps([_finding(f) for f in report.findings], ensure_ascii=False, indent=2))
    else:
        for finding in report.errors:
            _say(f"error: {finding.ref}: {finding.message}")
        for finding in report.warnings:
            if finding.code != "untranslated":
                _say(f"warning: {finding.ref}: {finding.message}")
        for lang, count in sorted(report.untranslated_by_language().items()):
            _say(
                f"warning: {count} text(s) not translated into {lang!r} "
                "(kiosk check --json lists them)"
            )
        _say(f"{len(report.errors)} error(s), {len(report.warnings)} warning(s)")
    if report.errors:
        sys.exit(1)


def _finding(finding: Finding) -> dict[str, Any]:
    return {k: v for k, v in vars(finding).items() if v is not None}


@main.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "xlsx", "csv"]),
    default="json",
    show_default=True,
    help="json: everything in one document; xlsx: the exhibition as a workbook to edit, "
    "one sheet per kind; csv: the same sheets as CSV files.",
)
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    help="json: write to this file instead of standard output. xlsx: the workbook "
    "(required). csv: the folder (required).",
)
@with_home
def export(home: KioskHome, fmt: str, out: Path | None) -> None:
    """Write the whole exhibition, or the workbook that edits it.

    With --format xlsx, one workbook holds a sheet per kind (exhibition, sections, tracks,
    eras, sources, events, facts, media, artists, artworks, programme), the id first and one
    column per language for every text. Edit it in LibreOffice or Excel, adding, changing,
    moving and removing rows, and bring it back with `kiosk import` (try --dry-run first).
    """
    from kiosk.services import export as export_service

    if fmt in ("csv", "xlsx"):
        if out is None:
            needed = "FOLDER" if fmt == "csv" else "FILE.xlsx"
            raise click.UsageError(f"--format {fmt} needs --out {needed}")
        if fmt == "xlsx":
            _say(f"Wrote {export_service.export_xlsx(home, out)}.", err=True)
            return
        for path in export_service.export_csv(home, out):
            _say(f"Wrote {path}.", err=True)
        return
    document = export_service.export_json(home)
    if out is None:
        click.echo(document)
    else:
        export_service.write_text_atomically(out, document)
        _say(f"Wrote {out}.", err=True)


@main.command("import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path, exists=False))
@click.option(
    "--section",
    help="Show new pictures and videos in this section (default: the media section); "
    "a chronology section takes the TimelineJS spreadsheets.",
)
@click.option(
    "--lang", help="The language of TimelineJS spreadsheets (default: the kiosk's default)."
)
@click.option(
    "--dry-run", is_flag=True, help="Change nothing; show what the spreadsheets would change."
)
@click.option(
    "--delete",
    is_flag=True,
    help="Delete the records whose rows were removed from the sheets (else they are kept "
    "and listed).",
)
@click.option(
    "--workers", type=click.IntRange(min=1), help="Worker processes (default: one per core)."
)
@with_home
def import_(
    home: KioskHome,
    paths: tuple[Path, ...],
    section: str | None,
    lang: str | None,
    dry_run: bool,
    delete: bool,
    workers: int | None,
) -> None:
    """Import media files, spreadsheets and folders (recursively) into the draft.

    Each media file is stored untouched, named by its SHA-256 (importing it again changes
    nothing), with a thumbnail and a screen-sized picture. A TimelineJS spreadsheet (.csv)
    becomes chronology events; a workbook from `kiosk export --format xlsx` (or its CSV
    sheets) adds, changes, reorders and, with --delete, deletes records. A folder holding
    exhibition.toml is an exhibition written in TOML, imported whole with the files it names.
    Bad files are listed with the reason and skipped; a workbook or an exhibition folder with
    a problem changes nothing. Exit 0 when everything was imported or already there, else 1.
    """
    from kiosk.services import ingest
    from kiosk.services.sheet_changes import at_most

    with _signals_stop_the_command() as signals, _ImportBar() as bar:
        report = ingest.import_media(
            home, list(paths), section, bar.show, workers, lang=lang, dry_run=dry_run, delete=delete
        )
    for _, reason in report.rejected:
        _say(f"rejected: {reason}", err=True)
    for note in report.notes:
        _say(f"note: {note}", err=True)
    for plan in report.sheets:
        for notice in at_most(plan.notices, plan.path, "notes"):
            _say(f"note: {notice}", err=True)
    for plan in report.sheets:
        if not plan.refused:
            _tell_sheet(plan, report.dry_run)
    _say(_import_summary(report))
    if report.stopped:
        code = signals[0].exit_code if report.interrupted and signals else 1
        log.warning("import stopped: %s", printable(report.stopped))
        _fail(
            f"stopped: {report.stopped}; what was imported is complete, the rest is not there",
            code,
        )
    if report.rejected:
        sys.exit(1)


def _tell_sheet(plan: Any, dry_run: bool) -> None:
    if not plan.changes:
        _say(f"{plan.path}: no changes.")
    elif dry_run:
        _say(f"{plan.path}: would make {len(plan.changes)} change(s):")
        for change in plan.changes:
            _say(f"  {change}")
    else:
        _say(f"{plan.path}: {len(plan.changes)} change(s) made.")


def _import_summary(report: ingest.ImportReport) -> str:
    if report.dry_run:
        summary = (
            f"Dry run: nothing was changed. Found {report.media_found} media file(s) "
            f"(their contents are checked when imported), rejected {report.rejected_files}."
        )
    else:
        summary = (
            f"Imported {len(report.imported)}, already present {len(report.present)}, "
            f"rejected {report.rejected_files}."
        )
    if report.skipped:
        summary += f" Skipped {report.skipped} system file(s) (hidden files, Thumbs.db, ...)."
    return summary


class _ImportBar:
    """A progress bar of bytes, with files and failures beside it, on a terminal only."""

    def __init__(self) -> None:
        self.bar: Any = None
        self.last = 0

    def __enter__(self) -> _ImportBar:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.render_finish()

    def show(self, p: ingest.Progress) -> None:
        if self.bar is None:
            if not sys.stderr.isatty() or not p.files_total:
                return
            self.bar = click.progressbar(
                length=max(p.bytes_total, 1),
                label="Importing",
                file=sys.stderr,
                item_show_func=lambda text: text,
            )
        self.bar.update(
            p.bytes_done - self.last,
            f"{p.files_done}/{p.files_total} files, {p.bytes_done >> 20}/{p.bytes_total >> 20} MB,"
            f" {p.failures} rejected",
        )
        self.last = p.bytes_done


@main.command()
@click.argument("query")
@click.option("--lang", help="Only results in this language (en, az, lt, ru).")
@click.option("--limit", default=20, show_default=True, help="At most this many results.")
@with_home
def search(home: KioskHome, query: str, lang: str | None, limit: int) -> None:
    """Search every language of the draft; accents and special letters are optional."""
    archive = home.read_draft()
    try:
        hits = archive.search(query, lang, limit)
    finally:
        archive.close()
    for hit in hits:
        _say(f"{hit.kind}:{hit.ref[:24]} [{hit.lang}] {hit.title}")
        if hit.snippet:
            _say(f"    {hit.snippet}")
    if not hits:
        _say(f"No results for {query!r}.", err=True)


def _run_options(command: Callable) -> Callable:
    command = click.option(
        "--windowed", is_flag=True, help="A normal window instead of locked-down full screen."
    )(command)
    return click.option("--screen", type=int, help="Show on this monitor (0 is the first).")(
        command
    )


@main.command()
@_run_options
@click.option(
    "--smoke", is_flag=True, help="Start, draw the first frame, print the startup time and exit 0."
)
@with_home
def run(home: KioskHome, windowed: bool, screen: int | None, smoke: bool) -> None:
    """Run the published exhibition full-screen."""
    from kiosk.ui.app import run_app  # Qt loads only for the commands that show a window

    sys.exit(run_app(home, windowed, screen, smoke))


@main.command()
@_run_options
@with_home
def demo(home: KioskHome, windowed: bool, screen: int | None) -> None:
    """Build the demo exhibition into the home if it is not there, then run it."""
    from kiosk.services import publish as publish_service
    from kiosk.services.demo import build_demo

    if home.current_snapshot() is None:
        if not home.draft_file.exists():
            build_demo(home, progress=lambda step: _say(f"  {step}", err=True))
        publish_service.publish(home)
    from kiosk.ui.app import run_app

    sys.exit(run_app(home, windowed, screen, smoke=False))


@main.command()
@click.option("--screen", type=int, help="Show on this monitor (0 is the first).")
@with_home
def preview(home: KioskHome, screen: int | None) -> None:
    """Show the draft in a window, as visitors would see it once published."""
    from kiosk.ui.app import run_app

    sys.exit(run_app(home, windowed=True, screen=screen, smoke=False, preview=True))


@main.command()
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    required=True,
    help="Folder for the PNG files (made if missing).",
)
@click.option("--size", default="1920x1080", show_default=True, help="Window size, WIDTHxHEIGHT.")
@click.option(
    "--text-size",
    type=click.IntRange(min=0),
    help="Text size step as in settings.toml (0 is the smallest); default: the home's default.",
)
@click.option("--draft", is_flag=True, help="Draw the draft, not the published snapshot.")
@click.option(
    "--all",
    "every_item",
    is_flag=True,
    help="Also every item of every section, in a folder per section, with contact sheets.",
)
@with_home
def snapshot(
    home: KioskHome,
    out_dir: Path,
    size: str,
    text_size: int | None,
    draft: bool,
    every_item: bool,
) -> None:
    """Render every screen in every language to PNG files named <screen>-<lang>.png."""
    from kiosk.services.logs import native_messages_set_aside
    from kiosk.ui.snapshot import parse_size, take_snapshots

    dimensions = parse_size(size)
    with native_messages_set_aside(home):  # FFmpeg's notes on each film: in native.log
        written = take_snapshots(
            home,
            out_dir,
            dimensions,
            report=lambda p: _say(f"  {p}"),
            text_size=text_size,
            draft=draft,
            every_item=every_item,
        )
    _say(f"Wrote {len(written)} pictures to {out_dir}")


@main.command()
@with_home
def doctor(home: KioskHome) -> None:
    """Check the kiosk PC: snapshot, clock, disk, PIN, fonts, sound, a first frame drawn, the
    service and its watchdog; one line each. Exits 1 if any fails."""
    from kiosk.services.doctor import doctor as checks

    found = checks(home)
    for check in found:
        _say(f"{'ok  ' if check.ok else 'FAIL'}  {check.name:<12} {check.said}")
    failed = sum(not check.ok for check in found)
    if failed:
        _fail(f"{failed} of {len(found)} checks failed")


@main.command()
@click.option("--timer", is_flag=True, help="Print the restart timer's drop-in (install.sh).")
@with_home
def hours(home: KioskHome, timer: bool) -> None:
    """Show the opening hours of settings.toml's [hours], and whether the kiosk is open now."""
    from datetime import datetime

    opening = home.settings().hours(str(home.settings_file))
    if timer:
        click.echo(opening.timer(), nl=False)
        return
    now = "open" if opening.is_open(datetime.now()) else "closed: the screen is black until touched"
    _say(f"Hours: {opening.describe()}. Now: {now}.")
    _say(f"Nightly restart: {opening.restart_time():%H:%M}, between two visits.")


@main.command()
@click.option("--reason", default="asked for by staff", show_default=True, help="Why, for the log.")
@with_home
def restart(home: KioskHome, reason: str) -> None:
    """Restart the running kiosk at its next attract loop, never during a visit."""
    from kiosk.services.restarts import request

    request(home, reason)
    _say(f"The kiosk restarts at its next attract loop (within a minute of it): {reason}.")


@main.command(hidden=True)
@with_home
def stopped(home: KioskHome) -> None:
    """For the service's ExecStopPost: record how systemd saw the kiosk's run end
    ($SERVICE_RESULT, $EXIT_CODE, $EXIT_STATUS), where the kiosk did not say itself."""
    from kiosk.services.restarts import record_stopped_by_systemd

    record_stopped_by_systemd(home, dict(os.environ))


@main.command("set-pin")
@click.option(
    "--pin",
    help="The PIN. Better left out: it stays in the shell's history and the process list. "
    "Without it the PIN is read from standard input, or asked for (hidden, twice) on a terminal.",
)
@with_home
def set_pin(home: KioskHome, pin: str | None) -> None:
    """Set the staff PIN that opens the staff panel (stored salted and hashed with scrypt).

    `echo 2468 | kiosk set-pin` or `kiosk set-pin < file` reads it from standard input.
    """
    from kiosk.services.staff import set_staff_pin

    if pin is not None:
        click.echo(
            "warning: --pin leaves the PIN in the shell's history and the process list; "
            "type it when asked, or give it on standard input",
            err=True,
        )
    set_staff_pin(home, pin if pin is not None else _read_pin())
    _say(f"Staff PIN set in {home.settings_file}; restart the kiosk to use it.")


def _read_pin() -> str:
    """The first line of standard input when it is not a terminal; else asked for twice,
    without echo."""
    if not sys.stdin.isatty():
        pin = sys.stdin.readline().strip()
        if not pin:
            raise KioskError("no PIN on standard input (give it as the first line)")
        return pin
    pin = getpass.getpass("New staff PIN (4 to 12 digits): ")
    if getpass.getpass("The same PIN again: ") != pin:
        raise KioskError("the two PINs differ; nothing was changed")
    return pin


def _register_more_commands() -> None:
    from kiosk import cli_fleet, cli_stats

    for command in cli_fleet.commands(_say, with_home) + cli_stats.commands(_say, with_home):
        main.add_command(command)


_register_more_commands()
