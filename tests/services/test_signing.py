"""The museum's signing key: made once, kept private, and what kiosks check bundles against."""

import pytest

from kiosk.content.errors import KioskError
from kiosk.services.signing import (
    key_file,
    new_key,
    public_key,
    signature,
    signed_by,
    signing_key,
    trust,
)


def test_a_signature_holds_for_the_bytes_signed_only(home):
    public = new_key(home)
    assert public == public_key(home)
    signed = signature(signing_key(home), b"the manifest")
    assert signed_by(public, signed, b"the manifest")
    assert not signed_by(public, signed, b"the manifest!")
    assert not signed_by(public, "not base64", b"the manifest")
    assert not signed_by("ed25519:AAAA", signed, b"the manifest")


def test_the_key_is_its_owners_alone_and_never_replaced(home):
    new_key(home)
    assert key_file(home).stat().st_mode & 0o777 == 0o600
    before = key_file(home).read_bytes()
    with pytest.raises(KioskError, match="exists already"):
        new_key(home)
    assert key_file(home).read_bytes() == before


def test_without_a_key_signing_says_how_to_make_one(home):
    with pytest.raises(KioskError, match="kiosk keys new"):
        signing_key(home)


def test_a_kiosk_trusts_a_key_once(home, tmp_path):
    public = new_key(home)
    assert trust(home, public) and not trust(home, public)
    assert home.settings().trusted_keys == [public]
