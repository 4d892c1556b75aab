"""Errors a user can act on. Their message is one line naming the file and the reason; the
command line prints every message through `printable`, so that no name can break that line."""

import unicodedata


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


# Characters that, printed, would start a new line, move the cursor or turn the text around:
# a file name holding them could split a one-line message or forge a line of its own.
_BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
_LINE_BREAKING = frozenset({"Cc", "Zl", "Zp"})


def printable(text: str) -> str:
    """`text` with its control characters escaped as Python writes them (a line break as
    `\\n`, the terminal's escape as `\\x1b`), and the bytes of a file name that are not UTF-8
    as `\\xff`; every other letter, of any script, as it is."""
    if text.isprintable():
        return text
    return "".join(_escaped(ch) for ch in text)


def _escaped(ch: str) -> str:
    if unicodedata.category(ch) in _LINE_BREAKING or ch in _BIDI_CONTROLS:
        return ch.encode("unicode_escape").decode("ascii")
    if "\udc80" <= ch <= "\udcff":  # a byte of a file name that is not UTF-8 (surrogateescape)
        return f"\\x{ord(ch) - 0xDC00:02x}"
    return ch
