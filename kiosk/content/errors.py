"""Errors a user can act on. Their message is one line naming the file and the reason."""


class KioskError(Exception):
    """A problem the user can fix; the command line prints it as one line, no traceback."""


class HomeError(KioskError):
    """The kiosk home is missing, incomplete or not writable."""


class ArchiveError(KioskError):
    """The archive cannot be opened, read or written."""


class MediaError(KioskError):
    """A media file cannot be read, stored or rendered."""


class DemoSourceError(KioskError):
    """The demo exhibition's source files are wrong."""
