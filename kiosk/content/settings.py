"""The kiosk's settings, as read from the home's settings.toml, validated."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

from kiosk.content.errors import KioskError

KNOWN_LANGUAGES = {"en": "English", "az": "Azərbaycanca", "lt": "Lietuvių", "ru": "Русский"}


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

    @classmethod
    def from_dict(cls, data: dict[str, Any], origin: str) -> Settings:
        flat = {
            k: v
            for section in data.values()
            if isinstance(section, dict)
            for k, v in section.items()
        }
        known = {f.name: f for f in fields(cls)}
        unknown = sorted(set(flat) - set(known))
        if unknown:
            raise KioskError(f"{origin}: unknown setting {unknown[0]!r}")
        for name, value in flat.items():
            expected = type(getattr(cls(), name))
            if not isinstance(value, expected) or isinstance(value, bool):
                raise KioskError(f"{origin}: {name} must be a {expected.__name__}, not {value!r}")
        settings = cls(**flat)
        settings.validate(origin)
        return settings

    def validate(self, origin: str) -> None:
        unknown = [lang for lang in self.languages if lang not in KNOWN_LANGUAGES]
        if not self.languages or unknown:
            raise KioskError(f"{origin}: languages must be some of {sorted(KNOWN_LANGUAGES)}")
        if self.default_language not in self.languages:
            raise KioskError(
                f"{origin}: default_language {self.default_language!r} is not one of the languages"
            )
        for name in (
            "idle_seconds",
            "countdown_seconds",
            "display_edge",
            "thumb_edge",
            "max_pixels",
            "max_file_mb",
            "keep_snapshots",
            "text_sizes",
        ):
            if getattr(self, name) <= 0:
                raise KioskError(f"{origin}: {name} must be greater than 0")
        if not 0 <= self.default_text_size < self.text_sizes:
            raise KioskError(f"{origin}: default_text_size must be from 0 to {self.text_sizes - 1}")

    def to_dict(self) -> dict[str, dict[str, Any]]:
        """Grouped as the settings file shows them to staff."""
        values = asdict(self)
        return {
            "visitors": {
                k: values[k]
                for k in (
                    "languages",
                    "default_language",
                    "idle_seconds",
                    "countdown_seconds",
                    "text_sizes",
                    "default_text_size",
                )
            },
            "media": {
                k: values[k] for k in ("display_edge", "thumb_edge", "max_pixels", "max_file_mb")
            },
            "publishing": {"keep_snapshots": values["keep_snapshots"]},
            "staff": {"pin_hash": values["pin_hash"]},
        }
