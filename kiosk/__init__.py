"""Museum kiosk: an offline exhibition on a touchscreen, backed by a local SQLite archive."""

__version__ = "0.1.0"
