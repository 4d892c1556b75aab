"""The SQLite archive. The only package that talks SQL."""

from kiosk.archive.archive import Archive
from kiosk.archive.database import snapshot_problems

__all__ = ["Archive", "snapshot_problems"]
