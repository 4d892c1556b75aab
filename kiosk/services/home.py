"""The kiosk home: one folder with the settings, the draft archive, media, snapshots and logs.

HOME/settings.toml             what staff may change (languages, idle times, ...)
HOME/draft.db                  the working archive that init and import write
HOME/media/originals/ab/...    every original, untouched, named by its SHA-256
HOME/media/renditions/ab/...   thumbnails and display images made from them
HOME/snapshots/<name>/         published, read-only copies of the archive
HOME/snapshots/CURRENT         the name of the snapshot the visitor app runs
HOME/logs/kiosk.log            what happened, for the technician
HOME/logs/pin-lockout.json     wrong staff PINs in a row and the lock they earned
HOME/inbox/                    exhibition bundles arriving (kiosk.services.inbox)
HOME/outbox/status.json        the kiosk's health, for the fleet (kiosk.services.fleet)
HOME/keys/signing-key.pem      the museum's key that signs bundles, on the staff PC only

Files are 0644 and folders 0755, so a kiosk running as its own user reads what staff
publish; HOME/logs, which the kiosk writes too, is 2775 with files 0664 (see kiosk.media.files).
"""

from __future__ import annotations

import logging
import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

import platformdirs
import tomli_w

from kiosk.archive import Archive, snapshot_problems
from kiosk.content.errors import HomeError, KioskError
from kiosk.content.model import ExhibitionContent
from kiosk.content.settings import Settings, toml_problem
from kiosk.media.files import (
    HOME_FOLDER_MODE,
    PRIVATE_FILE_MODE,
    SHARED_FOLDER_MODE,
    atomic_write_bytes,
)
from kiosk.media.store import MediaStore

APP_NAME = "museum-kiosk"
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class KioskHome:
    root: Path

    @classmethod
    def resolve(cls, home: str | Path | None = None) -> KioskHome:
        """`--home`, else $KIOSK_HOME, else the platform's user data folder."""
        chosen = home or os.environ.get("KIOSK_HOME") or platformdirs.user_data_dir(APP_NAME)
        return cls(Path(chosen).expanduser().resolve())

    @property
    def settings_file(self) -> Path:
        return self.root / "settings.toml"

    @property
    def draft_file(self) -> Path:
        return self.root / "draft.db"

    @property
    def snapshots_dir(self) -> Path:
        return self.root / "snapshots"

    @property
    def current_file(self) -> Path:
        return self.snapshots_dir / "CURRENT"

    @property
    def stats_file(self) -> Path:
        """Visitor statistics: a database of their own, never the exhibition's."""
        return self.root / "stats.db"

    @property
    def pin_lockout_file(self) -> Path:
        """Wrong staff PINs and the lock they earned, kept across restarts."""
        return self.logs_dir / "pin-lockout.json"

    @property
    def logs_dir(self) -> Path:
        return self.root / "logs"

    @property
    def inbox_dir(self) -> Path:
        """Where exhibition bundles arrive (kiosk.services.inbox)."""
        return self.root / "inbox"

    @property
    def work_dir(self) -> Path:
        """Scratch space for builds in progress; anything here after a crash is discarded."""
        return self.root / "work"

    @property
    def store(self) -> MediaStore:
        return MediaStore(self.root)

    def create(self) -> None:
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            self.root.chmod(HOME_FOLDER_MODE)  # also a folder made beforehand under umask 077
            for folder in (self.snapshots_dir, self.logs_dir, self.root / "media", self.inbox_dir):
                folder.mkdir(parents=True, exist_ok=True)
            self.logs_dir.chmod(SHARED_FOLDER_MODE)  # the kiosk's account writes here too
        except OSError as error:
            raise HomeError(
                f"{self.root}: cannot create the kiosk home ({error.strerror or error})"
            ) from error
        if not self.settings_file.exists():
            self.save_settings(Settings())

    def settings(self) -> Settings:
        self.require_settings()
        try:
            text = self.settings_file.read_text(encoding="utf-8")
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as error:
            raise KioskError(f"{self.settings_file}: {toml_problem(text, error)}") from error
        except (OSError, UnicodeDecodeError) as error:
            raise KioskError(
                f"{self.settings_file}: not a valid settings file ({error})"
            ) from error
        return Settings.from_dict(data, str(self.settings_file))

    def save_settings(self, settings: Settings) -> None:
        settings.validate(str(self.settings_file))
        header = b"# Kiosk settings. Edit, then restart the kiosk.\n\n"
        text = header + tomli_w.dumps(settings.to_dict()).encode()
        atomic_write_bytes(self.settings_file, text, PRIVATE_FILE_MODE)  # the PIN's hash

    def require_settings(self) -> None:
        if not self.settings_file.exists():
            raise HomeError(
                f"{self.root}: not a kiosk home (no settings.toml); "
                f"run: kiosk init --home {self.root}"
            )

    def require_draft(self) -> None:
        self.require_settings()
        if not self.draft_file.exists():
            raise HomeError(
                f"{self.root}: has no archive (an earlier init may have been "
                f"interrupted); run: kiosk init --home {self.root} [--demo]"
            )

    def open_draft_new(self) -> None:
        """Create the empty draft archive; an existing one is left as it is."""
        Archive.open(self.draft_file).close()

    def open_draft(self) -> Archive:
        self.require_draft()
        return Archive.open(self.draft_file)

    def read_draft(self) -> Archive:
        """The draft, read-only: for commands that change nothing, even on a read-only home."""
        self.require_draft()
        return Archive.open_draft_read_only(self.draft_file)

    def draft_content(self) -> ExhibitionContent:
        """Everything in the draft, read in one go."""
        archive = self.read_draft()
        try:
            return archive.content()
        finally:
            archive.close()

    def current_snapshot(self) -> Path | None:
        """The archive CURRENT names, or None before the first publish (or without CURRENT)."""
        name = self._current_name()
        path = self.snapshots_dir / (name or "") / "content.db"
        return path if name and path.is_file() else None

    def _current_name(self) -> str | None:
        try:
            return self.current_file.read_text(encoding="utf-8").strip() or None
        except FileNotFoundError:
            return None
        except (OSError, UnicodeDecodeError) as error:
            log.warning("%s: unreadable (%s)", self.current_file, error)
            return None

    def snapshot_names(self) -> list[str]:
        """Complete snapshots, oldest first (names sort by time)."""
        if not self.snapshots_dir.exists():
            return []
        return sorted(
            p.name
            for p in self.snapshots_dir.iterdir()
            if p.is_dir() and not p.name.startswith(".") and (p / "content.db").is_file()
        )

    def shown_snapshot(self) -> str | None:
        """The snapshot `kiosk run` shows: the one CURRENT names if SQLite's quick check finds
        it sound; else, so that a lost CURRENT or a damaged disk never leaves visitors with
        nothing, the newest sound one published before it, else the newest sound one at all.
        Each fallback is logged; CURRENT itself is left for staff to change."""
        names, current = self.snapshot_names(), self._current_name()
        if current in names:
            problems = snapshot_problems(self.snapshots_dir / current / "content.db")
            if not problems:
                return current
            log.error("snapshot %s (named in CURRENT) is damaged: %s", current, problems[:3])
        elif current:
            log.error("%s names %s, which is not a complete snapshot", self.current_file, current)
        else:
            log.error("%s is missing", self.current_file)
        before = [n for n in names if current and n < current]
        for name in [*reversed(before), *reversed(names)]:
            if name != current and not snapshot_problems(self.snapshots_dir / name / "content.db"):
                log.warning("showing snapshot %s instead, the newest sound one", name)
                return name
        return None

    def open_published(self) -> Archive:
        """The snapshot to show. A kiosk fed by bundles has snapshots and no draft."""
        return Archive.open_snapshot(self.published_file())

    def published_file(self) -> Path:
        """The archive of the snapshot to show (KioskHome.shown_snapshot), or HomeError."""
        self.require_settings()
        name = self.shown_snapshot()
        if name is None:
            if self.snapshot_names():
                raise HomeError(
                    f"{self.snapshots_dir}: every snapshot is damaged; "
                    f"run: kiosk publish --home {self.root}"
                )
            raise HomeError(
                f"{self.root}: nothing is published yet; run: kiosk publish --home {self.root}"
            )
        log.info("showing snapshot %s", name)
        return self.snapshots_dir / name / "content.db"
