"""Staff PINs, kept only as salted scrypt hashes: "scrypt$n$r$p$salt$hash" (hex)."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from kiosk.content.errors import KioskError

_N, _R, _P = 2**14, 8, 1
_DIGEST_BYTES = 64  # hashlib.scrypt's default length, which verify_pin compares against
_MAX_MEMORY = 32 * 2**20  # what OpenSSL lets scrypt use by default (128 * r * n bytes)


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


def is_pin_hash(stored: str) -> bool:
    """Whether `stored` has the form `hash_pin` writes and parameters scrypt will run with: a
    malformed hash would leave a locked-down kiosk with no PIN that closes it."""
    parts = stored.split("$")
    if (
        len(parts) != 6
        or parts[0] != "scrypt"
        or not all(p.isascii() and p.isdigit() for p in parts[1:4])
    ):
        return False
    n, r, p = (int(part) for part in parts[1:4])
    if n < 2 or n & (n - 1) or not r or not p or 128 * r * n > _MAX_MEMORY:
        return False
    return _is_hex(parts[4], minimum=1) and _is_hex(parts[5], minimum=_DIGEST_BYTES, maximum=64)


def _is_hex(text: str, minimum: int, maximum: int = 1024) -> bool:
    try:
        return minimum <= len(bytes.fromhex(text)) <= maximum
    except ValueError:
        return False
