"""The SQLite archive. The only package that talks SQL."""

from kiosk.archive.archive import Archive
from kiosk.archive.database import is_disk_full, is_read_only, snapshot_problems

__all__ = ["Archive", "is_disk_full", "is_read_only", "snapshot_problems"]
