"""A fleet's words: the public keys a kiosk trusts (settings.toml's [fleet] trusted_keys), as
`kiosk keys new` prints them: "ed25519:" and the key's 32 bytes in base64."""

from __future__ import annotations

import base64
import binascii

from kiosk.content.errors import KioskError

KEY_PREFIX = "ed25519:"
KEY_BYTES = 32


def key_bytes(text: str, origin: str) -> bytes:
    """The raw public key written as `text`; one line naming `origin` when it is not one."""
    problem = f"{origin}: {text!r} is not a public key as `kiosk keys new` prints it"
    if not text.startswith(KEY_PREFIX):
        raise KioskError(f"{problem} (it starts with {KEY_PREFIX!r})")
    try:
        raw = base64.b64decode(text[len(KEY_PREFIX) :], validate=True)
    except (binascii.Error, ValueError) as error:
        raise KioskError(f"{problem} (what follows {KEY_PREFIX!r} is not base64)") from error
    if len(raw) != KEY_BYTES:
        raise KioskError(f"{problem} ({len(raw)} bytes, not {KEY_BYTES})")
    return raw


def key_text(raw: bytes) -> str:
    return KEY_PREFIX + base64.b64encode(raw).decode("ascii")
