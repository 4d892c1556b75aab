"""The museum's signing key (Ed25519, with the `cryptography` library): made once on the staff
PC by `kiosk keys new`, it signs every exhibition bundle; kiosks list its public key in
settings.toml ([fleet] trusted_keys) and install only bundles it signed.

The private key stays in HOME/keys/signing-key.pem, readable by its owner only. It is what
makes a bundle trusted: keep a copy somewhere safe (a lost key means a new one, and every
kiosk told the new public key)."""

from __future__ import annotations

import base64
import binascii
from dataclasses import replace
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from kiosk.content.errors import KioskError
from kiosk.content.fleet import key_bytes, key_text
from kiosk.media.files import atomic_write_bytes
from kiosk.services.home import KioskHome

OWNER_ONLY = 0o600


def key_file(home: KioskHome) -> Path:
    return home.root / "keys" / "signing-key.pem"


def new_key(home: KioskHome) -> str:
    """Make the museum's signing key; returns its public key as kiosks list it. An existing
    key is never replaced: every kiosk trusting it would refuse the next bundle."""
    home.require_settings()
    path = key_file(home)
    if path.exists():
        raise KioskError(
            f"{path}: a signing key exists already (public key {public_key(home)}); replacing "
            "it would make every kiosk refuse your bundles until told the new one: remove the "
            "file first if that is what you want"
        )
    private = Ed25519PrivateKey.generate()
    pem = private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    path.parent.mkdir(mode=0o700, exist_ok=True)
    atomic_write_bytes(path, pem, OWNER_ONLY)
    return _public_text(private.public_key())


def signing_key(home: KioskHome) -> Ed25519PrivateKey:
    path = key_file(home)
    try:
        private = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except FileNotFoundError as error:
        raise KioskError(
            f"{home.root}: has no signing key to sign bundles with; run: "
            f"kiosk keys new --home {home.root}"
        ) from error
    except (OSError, ValueError, TypeError) as error:
        raise KioskError(f"{path}: not a signing key ({error})") from error
    if not isinstance(private, Ed25519PrivateKey):
        raise KioskError(f"{path}: not an Ed25519 key, as `kiosk keys new` makes")
    return private


def public_key(home: KioskHome) -> str:
    return _public_text(signing_key(home).public_key())


def trust(home: KioskHome, public: str) -> bool:
    """Add `public` to the kiosk's trusted keys; False if it was there already."""
    settings = home.settings()
    key_bytes(public, "the key to trust")
    if public in settings.trusted_keys:
        return False
    home.save_settings(replace(settings, trusted_keys=[*settings.trusted_keys, public]))
    return True


def public_of(private: Ed25519PrivateKey) -> str:
    """The public key of `private`, as kiosks list it."""
    return _public_text(private.public_key())


def signature(private: Ed25519PrivateKey, payload: bytes) -> str:
    """`private`'s signature of `payload`, in base64."""
    return base64.b64encode(private.sign(payload)).decode("ascii")


def signed_by(public: str, signed: str, payload: bytes) -> bool:
    """Whether `signed` (base64) is `public`'s signature of `payload`."""
    try:
        key = Ed25519PublicKey.from_public_bytes(key_bytes(public, "the bundle's key"))
        key.verify(base64.b64decode(signed, validate=True), payload)
    except (KioskError, InvalidSignature, binascii.Error, ValueError, TypeError):
        return False
    return True


def _public_text(public: Ed25519PublicKey) -> str:
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return key_text(raw)
