"""Staff access: the PIN that closes a locked-down kiosk."""

from __future__ import annotations

from dataclasses import replace

from kiosk.content.pin import hash_pin
from kiosk.services.home import KioskHome


def set_staff_pin(home: KioskHome, pin: str) -> None:
    """Store only a salted scrypt hash of `pin` in the home's settings file."""
    home.require_settings()
    home.save_settings(replace(home.settings(), pin_hash=hash_pin(pin)))
