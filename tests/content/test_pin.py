"""Staff PINs, stored only as scrypt hashes."""

import pytest

from kiosk.content.pin import hash_pin, is_pin_hash, verify_pin


def test_a_hash_verifies_its_pin_only():
    stored = hash_pin("1234")
    assert is_pin_hash(stored) and verify_pin("1234", stored) and not verify_pin("1235", stored)


@pytest.mark.parametrize(
    "stored",
    [
        "garbage",
        "scrypt$16384$8$1$zz$" + "00" * 64,  # salt not hex
        "scrypt$16384$8$1$" + "00" * 16 + "$abcd",  # digest too short to ever match
        "scrypt$16383$8$1$" + "00" * 16 + "$" + "00" * 64,  # n not a power of two
        "scrypt$1048576$8$1$" + "00" * 16 + "$" + "00" * 64,  # more memory than scrypt gets
        "scrypt$²$8$1$" + "00" * 16 + "$" + "00" * 64,  # a digit int() does not take
        "bcrypt$16384$8$1$" + "00" * 16 + "$" + "00" * 64,
    ],
)
def test_a_malformed_hash_is_recognised_as_one(stored):
    assert not is_pin_hash(stored)
