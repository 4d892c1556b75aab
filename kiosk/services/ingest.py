"""`kiosk import`: media files and folders into the draft, on every core, all or nothing per
file; then the spreadsheets among them, all or nothing per sheet (kiosk.services.sheets).

Workers prepare each file in a staging folder (hash, probe, copy, renditions). This process
then moves the staged files into the media store and records them in one transaction, a file
at a time. Interrupted (Ctrl+C, a kill, a full disk), what was recorded is complete; the
staging folder and any file the archive does not know are removed, now or at the next import.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from itertools import groupby, islice
from pathlib import Path

from kiosk import system
from kiosk.archive import Archive
from kiosk.content import model as m
from kiosk.content.errors import ArchiveError, KioskError, printable
from kiosk.media.files import remove_stray_temporaries
from kiosk.services import toml_folder
from kiosk.services.home import KioskHome
from kiosk.services.ingest_scan import Job, Scan, scan
from kiosk.services.ingest_work import Prepared, prepare, start_worker
from kiosk.services.media import sizes_from
from kiosk.services.sheet_changes import SheetPlan, at_most
from kiosk.services.sheet_media import described
from kiosk.services.sheets import (
    SheetFile,
    SheetOptions,
    media_named_by,
    plan_sheets,
    read_sheets,
)
from kiosk.services.sheets import apply as apply_sheet

log = logging.getLogger(__name__)
STAGING = Path("media") / ".incoming"
INTERRUPTED = "interrupted"


@dataclass
class ImportReport:
    imported: list[Path] = field(default_factory=list)
    present: list[Path] = field(default_factory=list)
    rejected: list[tuple[Path, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # imported, with something cut or changed
    skipped: int = 0
    stopped: str = ""  # why the import stopped early, if it did
    sheets: list[SheetPlan] = field(default_factory=list)
    media_found: int = 0  # media files to import (all a dry run tells of them)
    new_media: list[tuple[Path, str]] = field(default_factory=list)  # (file, its SHA-256)
    dry_run: bool = False

    @property
    def interrupted(self) -> bool:
        return self.stopped == INTERRUPTED

    @property
    def rejected_files(self) -> int:
        return len({path for path, _ in self.rejected})


@dataclass(frozen=True)
class Progress:
    files_done: int
    files_total: int
    bytes_done: int
    bytes_total: int
    failures: int


def import_media(
    home: KioskHome,
    paths: list[Path],
    section: str | None = None,
    progress: Callable[[Progress], None] = lambda p: None,
    workers: int | None = None,
    lang: str | None = None,
    dry_run: bool = False,
    delete: bool = False,
) -> ImportReport:
    """Import the files under `paths` into the draft; see the module's docstring.

    Spreadsheets among them are read after the media, their texts taken to be in `lang` where
    the sheet does not say (the kiosk's default language). A dry run imports nothing and
    plans the spreadsheets, to show what they would change. Records whose rows were removed
    from a sheet are deleted only with `delete`.
    """
    settings = home.settings()
    lang = _language(lang, settings.languages, settings.default_language)
    with _import_lock(home), contextlib.closing(home.open_draft()) as archive:
        sweep(home, archive)
        exhibitions = [path for path in paths if toml_folder.is_exhibition_folder(path)]
        paths = [path for path in paths if path not in exhibitions]
        target = _section(archive, section)
        found, sheets = _find(home, paths, settings)
        report = ImportReport(
            rejected=list(found.rejected),
            skipped=found.skipped,
            media_found=len(found.jobs),
            dry_run=dry_run,
        )
        if not dry_run:
            run = _Run(archive, home, target, report, found.jobs, progress)
            _import_files(run, settings, workers)
        if not report.stopped:
            _import_sheets(
                archive, sheets, found.jobs, report, section, lang, settings.languages, delete
            )
        for folder in exhibitions:
            if not report.stopped:
                _import_exhibition(archive, home, folder, report, settings, (workers, progress))
        if report.new_media and not report.stopped:
            report.notes += where_media_went(archive.content(), report.new_media, target)
        if not dry_run:
            _refresh_search(archive, settings.languages, report)
    return report


def _refresh_search(archive: Archive, languages: list[str], report: ImportReport) -> None:
    """The import pays for indexing what it changed, so that publishing need not. An index
    left behind (a full disk) is brought up to date by the next import or publish."""
    try:
        archive.refresh_search(languages)
    except ArchiveError as error:
        log.warning("search index not brought up to date: %s", error)
        report.notes.append(f"the search index is brought up to date at publishing ({error})")


def where_media_went(content: m.ExhibitionContent, new: list[tuple[Path, str]], target):
    """Notes on where the files just imported are shown: no file joins nothing silently."""
    shown = {link.media: link.section for link in content.section_media}
    named = {sha for e in content.events for sha in e.media}
    named |= {w.media for w in content.artworks} | {p.audio for p in content.programme_items}
    named |= described(content)
    joined = sum(1 for _, sha in new if target and shown.get(sha) == target)
    notes = [f"{joined} new picture(s) and film(s) joined section {target!r}"] if joined else []
    nowhere = [path for path, sha in new if sha not in shown and sha not in named]
    if nowhere:
        first = ", ".join(str(p) for p in nowhere[:3]) + (" …" if len(nowhere) > 3 else "")
        notes.append(
            f"{len(nowhere)} file(s) shown nowhere yet: no section holds them and nothing names "
            f"them ({first}); name them in the workbook (kiosk export --format xlsx): a media "
            "row's sections, an event's media, an artwork's image or a piece's audio"
        )
    return notes


def _find(home: KioskHome, paths: list[Path], settings) -> tuple[Scan, list[SheetFile]]:
    """The media files and spreadsheets under `paths`, with the files the sheets name."""
    limit = settings.max_file_mb << 20
    languages, default = settings.languages, settings.default_language
    found = scan(paths, languages, default, limit, home.root)
    sheets = [sheet for path, folder in found.sheets for sheet in read_sheets(path, folder)]
    listed = {job.path.resolve() for job in found.jobs}
    named = [p for p in media_named_by(sheets) if p.resolve() not in listed]
    more = scan(list(dict.fromkeys(named)), languages, default, limit, home.root)
    found.jobs += more.jobs
    found.rejected += more.rejected
    return found, sheets


def _import_files(run: _Run, settings, workers: int | None) -> None:
    staging = run.home.root / STAGING / f"run-{os.getpid()}"
    try:
        run.go(staging, sizes_from(settings), settings.default_language, workers)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        if run.report.stopped:  # a file moved into the store but not yet recorded
            sweep(run.home, run.archive)


def _import_sheets(archive, sheets, jobs, report, section, lang, languages, delete) -> None:
    pending = frozenset(job.path.resolve() for job in jobs) if report.dry_run else frozenset()
    options = SheetOptions(section, lang, languages, delete, pending)
    report.sheets = plan_sheets(archive, sheets, options)
    for plan in report.sheets:
        told = at_most(plan.problems, plan.path, "errors")
        report.rejected += [(plan.file or plan.path, problem) for problem in told]
    for _, group in groupby(report.sheets, key=lambda plan: plan.group):
        plans = list(group)
        if report.dry_run or any(plan.problems for plan in plans):
            continue
        try:
            apply_sheet(archive, plans)
        except ArchiveError as error:
            report.stopped = str(error)
            return


def _language(lang: str | None, languages: list[str], default: str) -> str:
    if lang is None:
        return default
    if lang not in languages:
        raise KioskError(
            f"--lang {lang}: not one of the kiosk's languages ({', '.join(languages)})"
        )
    return lang


def sweep(home: KioskHome, archive: Archive) -> int:
    """Remove what an interrupted import left: staging, temporaries, and media files that
    neither the draft nor a kept snapshot records (a rollback shows what a snapshot records,
    so a file deleted from the draft stays until the last snapshot naming it is pruned)."""
    shutil.rmtree(home.root / STAGING, ignore_errors=True)
    removed = remove_stray_temporaries(home.root / "media")
    known = _recorded_anywhere(home, archive)
    if known is not None:
        removed += _remove_unrecorded(home, known)
    if removed:
        log.info("removed %d file(s) that neither the draft nor a kept snapshot records", removed)
    return removed


def _remove_unrecorded(home: KioskHome, known: set[str]) -> int:
    """Walked with plain strings: a large exhibition's 30,000 files as Path objects took
    longer to sweep than the rest of an import of its workbook."""
    removed = 0
    for folder in ("originals", "renditions"):
        for top, folders, files in os.walk(home.root / "media" / folder):
            relative = Path(top).relative_to(home.root)
            if _recorded(relative, known):  # a recorded folder: a picture's zoom tiles
                folders.clear()
                continue
            for name in files:
                if f"{relative.as_posix()}/{name}" not in known:
                    os.unlink(os.path.join(top, name))
                    removed += 1
    return removed


def _recorded_anywhere(home: KioskHome, archive: Archive) -> set[str] | None:
    """The files the draft and every kept snapshot record; None if a snapshot cannot be read,
    as it might record any file."""
    known = archive.stored_paths()
    for name in home.snapshot_names():
        path = home.snapshots_dir / name / "content.db"
        try:
            with contextlib.closing(Archive.open_snapshot(path)) as snapshot:
                known |= snapshot.stored_paths()
        except ArchiveError as error:
            log.warning("no media file swept: a kept snapshot cannot be read (%s)", error)
            return None
    return known


def _recorded(relative: Path, known: set[str]) -> bool:
    """A recorded file, or a file in a recorded folder (a picture's zoom tiles)."""
    return any(p.as_posix() in known for p in (relative, *relative.parents))


class _Run:
    """One import's bookkeeping: submit jobs, record results as they come, count progress."""

    def __init__(self, archive, home, section, report, jobs: list[Job], progress):
        self.archive, self.home, self.section, self.report = archive, home, section, report
        self.jobs, self.progress = jobs, progress
        self.done, self.bytes_done = 0, 0
        self.bytes_total = sum(j.size for j in jobs)
        self.recorded = set(archive.media_shas())
        # New pictures join the section in the order of the files, not of the workers' finish.
        self.first_position = archive.next_media_position(section) if section else 0
        self.order = {job.path: i for i, job in enumerate(jobs)}

    def go(self, staging: Path, sizes, language: str, workers: int | None) -> None:
        self._tell()
        if not self.jobs:
            return
        workers = workers or os.cpu_count() or 1
        pool = ProcessPoolExecutor(
            max_workers=workers,
            initializer=start_worker,
            initargs=(frozenset(self.recorded), os.getpid()),
        )
        pending: set[Future] = set()
        queue = iter(self.jobs)
        try:
            # A few jobs ahead of the workers, not all: a stop then abandons little work.
            for job in islice(queue, 2 * workers):
                pending.add(pool.submit(prepare, job, staging, sizes, language))
            while pending and not self.report.stopped:
                finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in finished:
                    self._record(future.result(), staging)
                for job in islice(queue, len(finished) if not self.report.stopped else 0):
                    pending.add(pool.submit(prepare, job, staging, sizes, language))
        except KeyboardInterrupt:  # Ctrl+C, or SIGTERM (the command line makes it the same)
            self.report.stopped = INTERRUPTED
        except BrokenProcessPool as error:  # a worker killed (out of memory, a crash in a codec)
            self.report.stopped = f"a worker process died ({error}); import again to go on"
        finally:
            if self.report.stopped:
                _kill_workers(pool)
            pool.shutdown(wait=True, cancel_futures=True)

    def _record(self, prepared: Prepared, staging: Path) -> None:
        job = prepared.job
        self.done += 1
        self.bytes_done += job.size
        if prepared.status == "ready" and prepared.sha in self.recorded:
            self.report.present.append(job.path)  # the same bytes twice in one import
        elif prepared.status == "ready":
            try:
                self._commit(prepared, staging)
                self.report.imported.append(job.path)
                self.report.new_media.append((job.path, prepared.sha))
                self.report.notes += prepared.notes
            except (ArchiveError, OSError) as error:  # the archive's disk is full, say
                self.report.stopped = f"{job.path}: could not be recorded ({error})"
        elif prepared.status == "present":
            self.report.present.append(job.path)
        elif prepared.status == "disk-full":
            self.report.stopped = f"{self.home.root}: the disk is full ({prepared.reason})"
        else:
            self.report.rejected.append((job.path, prepared.reason))
            log.warning("import rejected %s", printable(prepared.reason))
            if prepared.details:
                log.error("unexpected failure importing %s\n%s", job.path, prepared.details)
        self._tell()

    def _commit(self, prepared: Prepared, staging: Path) -> None:
        media = prepared.media
        assert media is not None
        for relative in (media.path, *(r.path for r in media.renditions)):
            final = self.home.root / relative
            final.parent.mkdir(parents=True, exist_ok=True)
            if final.is_dir():  # the emptied tiles folder of an interrupted import
                shutil.rmtree(final)
            os.replace(staging / relative, final)
        with self.archive.transaction():
            self.archive.put(media)
            if self.section and media.kind in ("image", "video"):
                position = self.first_position + self.order[prepared.job.path]
                self.archive.put(m.SectionMedia(self.section, media.sha256, position))
        self.recorded.add(media.sha256)

    def _tell(self) -> None:
        self.progress(
            Progress(
                self.done,
                len(self.jobs),
                self.bytes_done,
                self.bytes_total,
                len(self.report.rejected),
            )
        )


def _kill_workers(pool: ProcessPoolExecutor) -> None:
    """Stop the workers now, whatever they are doing: a stopped import waits for no file (a
    worker may be an hour into a huge one). What they staged is swept; they record nothing."""
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        with contextlib.suppress(OSError, ValueError):
            process.kill()


def _section(archive: Archive, slug: str | None) -> str | None:
    """The section new pictures join: the one named, else the exhibition's media section.
    A chronology named is for the TimelineJS sheets; pictures then go to the media section."""
    sections = archive.all(m.Section)
    named = next((s for s in sections if s.slug == slug), None)
    if slug is not None and named is None:
        names = ", ".join(s.slug for s in sections) or "none yet"
        raise KioskError(f"--section {slug}: no such section (sections: {names})")
    if named is not None and named.kind != "chronology":
        return named.slug
    return next((s.slug for s in sections if s.kind == "media"), None)


@contextlib.contextmanager
def _import_lock(home: KioskHome) -> Iterator[None]:
    """One import at a time per home: a second would sweep the first one's staged files.
    (Where files cannot be locked, kiosk.system says, staff must not start two.)"""
    home.require_settings()
    with (home.root / ".import.lock").open("w") as handle:
        if not system.lock_exclusively(handle):
            raise KioskError(f"{home.root}: another import is running in this home")
        yield


def _import_exhibition(archive, home, folder: Path, report: ImportReport, settings, run) -> None:
    """A folder holding exhibition.toml (kiosk.services.toml_folder): the media its TOML names,
    shown where the TOML says (not in the default section), then its records all at once."""
    workers, progress = run
    with tempfile.TemporaryDirectory(prefix="kiosk-samples-") as work:
        source, plan = toml_folder.prepare(archive, folder, settings.languages, Path(work))
        report.media_found += len(source.media)
        if not plan.problems and not report.dry_run:
            languages, default = settings.languages, settings.default_language
            found = scan(source.files(), languages, default, settings.max_file_mb << 20, home.root)
            report.rejected += found.rejected
            before = archive.media_shas()
            files = _Run(archive, home, None, report, found.jobs, progress)
            _import_files(files, settings, workers)
            if report.stopped:
                return
            plan = toml_folder.plan_folder(archive, source, archive.media_shas() - before)
            try:
                if not plan.problems:
                    toml_folder.apply(archive, plan)
            except ArchiveError as error:
                report.stopped = str(error)
    report.sheets.append(plan)
    report.rejected += [(folder, problem) for problem in at_most(plan.problems, folder, "errors")]
