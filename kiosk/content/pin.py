"""Staff PINs, kept only as salted scrypt hashes: "scrypt$n$r$p$salt$hash" (hex)."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from kiosk.content.errors import KioskError

_N, _R, _P = 2**14, 8, 1


def hash_pin(pin: str) -> str:
    check_pin(pin)
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


def verify_pin(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        candidate = hashlib.scrypt(
            pin.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p)
        )
    except ValueError:
        return False
    return hmac.compare_digest(candidate, bytes.fromhex(digest))


def check_pin(pin: str) -> None:
    if not (pin.isdigit() and pin.isascii() and 4 <= len(pin) <= 12):
        raise KioskError("a PIN is 4 to 12 digits")
