"""One file's import, run in a worker process: hash, probe, copy, renditions, all into a
staging folder. Nothing here touches the archive or the media store: the importing process
moves the staged files into place and records them, one file at a time."""

from __future__ import annotations

import errno
import os
import signal
import traceback
from dataclasses import dataclass
from pathlib import Path

from kiosk import system
from kiosk.content.errors import MediaError
from kiosk.content.model import Media
from kiosk.media.probe import Probe, probe
from kiosk.media.renditions import RenditionSizes
from kiosk.media.store import MediaStore, sha256_of
from kiosk.services.ingest_scan import Job
from kiosk.services.media import embedded_text, store_media

_DISK_FULL = {errno.ENOSPC, errno.EDQUOT}
_known: frozenset[str] = frozenset()
WORKER_HEAP_KEPT = 512 << 20  # a worker's pictures: some 60 MB at a time for a 24-MP photo


@dataclass(frozen=True)
class Prepared:
    job: Job
    status: str  # "ready", "present", "rejected" or "disk-full"
    sha: str = ""
    media: Media | None = None
    reason: str = ""
    details: str = ""  # a traceback, for the log, when the failure was not foreseen
    notes: tuple[str, ...] = ()  # imported, with something to say (its caption was cut)


def start_worker(known: frozenset[str], parent: int) -> None:
    """In each worker: the shas already in the archive; Ctrl+C is the importer's to handle
    (it kills its workers), a kill ends a worker quietly, and a worker dies with its importer
    rather than wait for work forever."""
    global _known
    _known = known
    keep_freed_memory(WORKER_HEAP_KEPT)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the importer's handler, forked with it
    _die_with_parent(parent)


def keep_freed_memory(limit: int) -> None:
    """Blocks up to `limit` bytes come from the heap and freed ones stay with the process for
    the next: a worker decoding one 24-MP photo after another then reuses the same pages
    instead of having new ones mapped and zeroed each time (half its system time). With a C
    library other than glibc, its own defaults stay."""
    system.set_malloc_option(system.M_MMAP_THRESHOLD, limit)
    system.set_malloc_option(system.M_TRIM_THRESHOLD, limit)


def _die_with_parent(parent: int) -> None:
    # Where the kernel cannot be asked (not Linux), a worker whose importer was killed lives
    # on until its pool's pipe breaks: best effort.
    system.die_with_parent()
    if os.getppid() != parent:  # the importer died before the kernel was asked
        os._exit(1)


def prepare(job: Job, staging: Path, sizes: RenditionSizes, language: str) -> Prepared:
    try:
        sha = sha256_of(job.path)
        if sha in _known:
            return Prepared(job, "present", sha)
        found = probe(job.path, sizes.max_pixels)
        media = _stage(job, sha, found, staging, sizes, language)
        return Prepared(job, "ready", sha, media, notes=found.notes)
    except (MediaError, OSError) as error:
        status = "disk-full" if _disk_full(error) else "rejected"
        return Prepared(job, status, reason=_one_line(error, job.path))
    except Exception as error:  # a bug or a library's surprise: reject the file, keep going
        return Prepared(
            job, "rejected", reason=_one_line(error, job.path), details=traceback.format_exc()
        )


def _stage(
    job: Job, sha: str, found: Probe, staging: Path, sizes: RenditionSizes, language: str
) -> Media:
    text = embedded_text(found, language)
    return store_media(MediaStore(staging), job.path, found, text, sizes, sha, job.subtitles)


def _disk_full(error: BaseException | None) -> bool:
    while error is not None:
        if isinstance(error, OSError) and error.errno in _DISK_FULL:
            return True
        error = error.__cause__
    return False


def _one_line(error: BaseException, path: Path) -> str:
    """`path: reason`, the reason on one line; the path as it is (its own line breaks, if
    any, are escaped where the message is printed)."""
    text = str(error) or type(error).__name__
    if isinstance(error, OSError) and not isinstance(error, MediaError):
        text = error.strerror or text
    reason = " ".join(text.removeprefix(f"{path}: ").split())
    return f"{path}: {reason}"
