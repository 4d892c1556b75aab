"""The kiosk's settings, as read from the home's settings.toml, validated.

Every number has a range a museum could want; outside it the kiosk would misbehave (an idle
time in the millions overflows Qt's timer and stops `kiosk run`), so `kiosk check` and
`kiosk run` refuse it alike, in one line naming the setting, the value and the range.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any

from kiosk.content.errors import KioskError
from kiosk.content.fleet import key_bytes
from kiosk.content.hours import Hours
from kiosk.content.pin import is_pin_hash

KNOWN_LANGUAGES = {"en": "English", "az": "Azərbaycanca", "lt": "Lietuvių", "ru": "Русский"}

# The settings file's tables and the settings each holds, in the order staff see them.
TABLES = {
    "visitors": (
        "languages",
        "default_language",
        "idle_seconds",
        "countdown_seconds",
        "text_sizes",
        "default_text_size",
    ),
    "media": ("display_edge", "thumb_edge", "max_pixels", "max_file_mb"),
    "publishing": ("keep_snapshots",),
    "staff": ("pin_hash", "shutdown_command"),
    "health": ("restart_above_mb", "restart_above_errors"),
    "hours": ("opens", "closes", "closed_days"),
    "fleet": ("kiosk_name", "trusted_keys"),
    "access": ("high_contrast", "reduced_motion", "low_reach_percent"),
    "stats": ("keep_stats", "stats_days"),
}
TABLE_OF = {name: table for table, names in TABLES.items() for name in names}

# Inclusive ranges. default_text_size is checked against text_sizes instead.
RANGES = {
    "idle_seconds": (10, 3600),
    "countdown_seconds": (3, 120),
    "text_sizes": (1, 3),  # the interface has three text sizes
    "display_edge": (256, 16384),
    "thumb_edge": (64, 4096),
    "max_pixels": (1_000_000, 2_000_000_000),
    "max_file_mb": (1, 65536),
    "keep_snapshots": (1, 100),
    "restart_above_mb": (200, 65536),
    "restart_above_errors": (0, 1_000_000),
    "low_reach_percent": (30, 100),
    "stats_days": (1, 3650),
}


@dataclass(frozen=True)
class Settings:
    languages: list[str] = field(default_factory=lambda: ["en", "az", "lt", "ru"])
    default_language: str = "en"
    idle_seconds: int = 90
    countdown_seconds: int = 15
    text_sizes: int = 3
    default_text_size: int = 1  # 0 small, 1 normal, 2 large
    display_edge: int = 1920
    thumb_edge: int = 480
    max_pixels: int = 250_000_000
    max_file_mb: int = 4096  # larger files are refused at import
    keep_snapshots: int = 5
    pin_hash: str = ""
    # What the staff panel's "Shut down the PC" runs (empty: the button is not offered), e.g.
    # "systemctl poweroff", which the kiosk's account must be allowed to run.
    shutdown_command: str = ""
    # Past it the kiosk restarts itself at the next attract loop: three times what a
    # 10,000-photo exhibition uses, so only a leak reaches it.
    restart_above_mb: int = 800
    # Errors logged in an hour past which it restarts itself the same way (0: never). A
    # healthy kiosk logs none; a fault met at every tap logs hundreds.
    restart_above_errors: int = 200
    # Opening hours (kiosk.content.hours): outside them the screen is black until touched.
    opens: str = ""  # "10:00"; empty, with closes empty: always open
    closes: str = ""  # "18:00", also the time of the nightly restart
    closed_days: list[str] = field(default_factory=list)  # ["monday"]
    # Fleets (kiosk.services.bundles, kiosk.services.fleet): the name in the kiosk's status
    # (empty: the PC's host name); the public keys whose exhibition bundles it installs from
    # HOME/inbox (none: it installs none).
    kiosk_name: str = ""
    trusted_keys: list[str] = field(default_factory=list)
    # Access (kiosk.ui.access): how each visit begins, before the visitor's own choices in the
    # Access panel; and how much of the screen, from its bottom edge, a seated visitor reaches.
    high_contrast: bool = False
    reduced_motion: bool = False
    low_reach_percent: int = 60
    # Statistics (kiosk.services.stats): whether visits are counted in HOME/stats.db, and for
    # how many days each visit's own rows are kept before they are rolled up into days.
    keep_stats: bool = True
    stats_days: int = 90

    @classmethod
    def from_dict(cls, data: dict[str, Any], origin: str) -> Settings:
        flat = _flatten(data, origin)
        for name, value in flat.items():
            _check_type(name, value, origin)
        settings = cls(**flat)
        settings.validate(origin)
        return settings

    def validate(self, origin: str) -> None:
        self._validate_languages(origin)
        for name, (low, high) in RANGES.items():
            value = getattr(self, name)
            if not low <= value <= high:
                raise KioskError(
                    f"{origin}: {name} = {value} is out of range (from {low} to {high})"
                )
        if not 0 <= self.default_text_size < self.text_sizes:
            raise KioskError(
                f"{origin}: default_text_size = {self.default_text_size} is out of range "
                f"(from 0 to {self.text_sizes - 1}, one less than text_sizes)"
            )
        self.hours(origin)
        for key in self.trusted_keys:
            key_bytes(key, f"{origin}: trusted_keys")
        if self.pin_hash and not is_pin_hash(self.pin_hash):
            raise KioskError(
                f"{origin}: pin_hash is not a PIN hash written by `kiosk set-pin`, so no PIN "
                "could close the kiosk; set one with `kiosk set-pin`, or empty it"
            )

    def hours(self, origin: str = "settings.toml") -> Hours:
        return Hours.from_settings(self.opens, self.closes, self.closed_days, origin)

    def _validate_languages(self, origin: str) -> None:
        unknown = [lang for lang in self.languages if lang not in KNOWN_LANGUAGES]
        if not self.languages or unknown:
            raise KioskError(f"{origin}: languages must be some of {sorted(KNOWN_LANGUAGES)}")
        twice = sorted({lang for lang in self.languages if self.languages.count(lang) > 1})
        if twice:
            raise KioskError(f"{origin}: languages lists {twice[0]!r} more than once")
        if self.default_language not in self.languages:
            raise KioskError(
                f"{origin}: default_language {self.default_language!r} is not one of the languages"
            )

    def to_dict(self) -> dict[str, dict[str, Any]]:
        """Grouped as the settings file shows them to staff."""
        values = asdict(self)
        return {table: {k: values[k] for k in names} for table, names in TABLES.items()}


def _flatten(data: dict[str, Any], origin: str) -> dict[str, Any]:
    """The settings from their tables; a setting outside its table, or in another table, is
    refused rather than ignored: staff would think it applied."""
    flat: dict[str, Any] = {}
    for table, section in data.items():
        if not isinstance(section, dict):
            if table in TABLE_OF:
                raise KioskError(
                    f"{origin}: {table} is outside its table; move it under [{TABLE_OF[table]}]"
                )
            raise KioskError(f"{origin}: unknown setting {table!r}")
        if table not in TABLES:
            raise KioskError(f"{origin}: unknown table [{table}]; the tables are {list(TABLES)}")
        for name, value in section.items():
            if name not in TABLE_OF:
                raise KioskError(f"{origin}: unknown setting {name!r} in [{table}]")
            if TABLE_OF[name] != table:
                raise KioskError(
                    f"{origin}: {name} is misplaced in [{table}]; move it under [{TABLE_OF[name]}]"
                )
            flat[name] = value
    return flat


TYPE_WORDS = {
    "int": "a whole number",
    "str": "text in quotes",
    "list": "a list",
    "bool": "true or false",
}
_TOML_PLACE = re.compile(r"\s*\(at line (\d+), column \d+\)")


def toml_problem(text: str, error: ValueError) -> str:
    """A TOML parser's complaint as staff can act on it: the line, and the setting on it."""
    reason = str(error)
    found = _TOML_PLACE.search(reason)
    if not found:
        return f"not a valid settings file ({reason})"
    number = int(found[1])
    lines = text.splitlines()
    line = lines[number - 1].strip() if number <= len(lines) else ""
    key = line.split("=", 1)[0].strip() if "=" in line else ""
    if reason.startswith("Cannot overwrite a value") and key:
        return f"line {number}: {key} is set twice; keep one"
    said = f" ({line})" if line else ""
    return f"line {number}{said}: {reason[: found.start()].rstrip('.').lower()}"


def _check_type(name: str, value: Any, origin: str) -> None:
    expected = type(getattr(Settings(), name))
    if not isinstance(value, expected) or (isinstance(value, bool) and expected is not bool):
        kind = TYPE_WORDS.get(expected.__name__, expected.__name__)
        raise KioskError(f"{origin}: {name} must be {kind}, not {value!r}")
    if isinstance(value, list) and not all(isinstance(item, str) for item in value):
        words = {"closed_days": "days", "trusted_keys": "public keys"}.get(name, "language codes")
        raise KioskError(f"{origin}: {name} must be a list of {words}, not {value!r}")
