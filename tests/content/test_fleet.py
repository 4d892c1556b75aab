"""The public keys a kiosk trusts, as settings.toml lists them."""

import base64

import pytest

from kiosk.content.errors import KioskError
from kiosk.content.fleet import key_bytes, key_text
from kiosk.content.settings import Settings

KEY = key_text(bytes(range(32)))


def test_a_key_reads_back_as_its_32_bytes():
    assert KEY.startswith("ed25519:") and key_bytes(KEY, "x") == bytes(range(32))


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("rsa:AAAA", "starts with 'ed25519:'"),
        ("ed25519:not base64!", "is not a public key"),
        ("ed25519:" + base64.b64encode(b"short").decode(), "5 bytes, not 32"),
    ],
)
def test_what_is_not_a_key_is_refused_naming_the_file(text, why):
    with pytest.raises(KioskError, match="settings.toml: trusted_keys") as raised:
        Settings.from_dict({"fleet": {"trusted_keys": [text]}}, "settings.toml")
    assert why in str(raised.value)


def test_the_fleet_table_holds_the_kiosks_name_and_keys():
    settings = Settings.from_dict(
        {"fleet": {"kiosk_name": "Hall 2", "trusted_keys": [KEY]}}, "settings.toml"
    )
    assert settings.to_dict()["fleet"] == {"kiosk_name": "Hall 2", "trusted_keys": [KEY]}
    with pytest.raises(KioskError, match="list of public keys"):
        Settings.from_dict({"fleet": {"trusted_keys": [1]}}, "settings.toml")
