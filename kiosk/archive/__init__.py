"""The SQLite archive. The only package that talks SQL."""

from kiosk.archive.archive import Archive

__all__ = ["Archive"]
