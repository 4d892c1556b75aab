"""Wrong staff PINs: locks that grow and outlive a restart."""

import logging

import pytest

from kiosk.services.pin_lockout import (
    FIRST_LOCK_SECONDS,
    FORGOTTEN_AFTER_SECONDS,
    LONGEST_LOCK_SECONDS,
    MAX_TRIES,
    PinLockout,
)
from tests.conftest import Clock


@pytest.fixture
def clock():
    return Clock()


def _guess_wrong(lockout: PinLockout, times: int = MAX_TRIES) -> None:
    for _ in range(times):
        lockout.wrong_pin()


def test_a_restart_forgets_neither_the_lock_nor_the_wrong_pins_before_it(tmp_path, clock):
    path = tmp_path / "pin-lockout.json"
    _guess_wrong(PinLockout.load(path, clock))
    restarted = PinLockout.load(path, clock)  # power off and on again
    assert restarted.seconds_left() == FIRST_LOCK_SECONDS
    clock.now += FIRST_LOCK_SECONDS
    _guess_wrong(restarted, MAX_TRIES - 1)
    assert PinLockout.load(path, clock).tries_left() == 1
    _guess_wrong(PinLockout.load(path, clock), 1)
    assert PinLockout.load(path, clock).seconds_left() == 2 * FIRST_LOCK_SECONDS


def test_each_lock_lasts_twice_the_one_before_up_to_an_hour(tmp_path, clock):
    lockout = PinLockout.load(tmp_path / "pin-lockout.json", clock)
    locks = []
    for _ in range(9):
        _guess_wrong(lockout)
        locks.append(lockout.seconds_left())
        clock.now += lockout.seconds_left()
    assert locks == [60, 120, 240, 480, 960, 1920, 3600, 3600, 3600]
    assert LONGEST_LOCK_SECONDS == 3600


def test_the_right_pin_starts_the_count_again(tmp_path, clock):
    path = tmp_path / "pin-lockout.json"
    lockout = PinLockout.load(path, clock)
    _guess_wrong(lockout)
    clock.now += FIRST_LOCK_SECONDS
    _guess_wrong(lockout, 2)
    lockout.right_pin()
    lockout = PinLockout.load(path, clock)
    assert lockout.tries_left() == MAX_TRIES
    _guess_wrong(lockout)
    assert lockout.seconds_left() == FIRST_LOCK_SECONDS


def test_every_wrong_pin_is_logged(tmp_path, clock, caplog):
    caplog.set_level(logging.INFO, logger="kiosk")
    _guess_wrong(PinLockout.load(tmp_path / "pin-lockout.json", clock))
    wrong = [r for r in caplog.records if "wrong staff PIN" in r.getMessage()]
    assert len(wrong) == MAX_TRIES and all(r.levelno == logging.WARNING for r in wrong)
    assert any("locked for 60 s" in r.getMessage() for r in caplog.records)


def test_a_clock_set_back_never_lengthens_a_lock_beyond_the_longest(tmp_path, clock):
    lockout = PinLockout.load(tmp_path / "pin-lockout.json", clock)
    _guess_wrong(lockout)
    clock.now -= 10 * 365 * 86400
    assert lockout.seconds_left() == LONGEST_LOCK_SECONDS


@pytest.mark.parametrize("damage", [b"", b"{", b'{"failures": "x"}', b"[]", b"\xff\xfe"])
def test_a_damaged_file_is_no_way_round_the_lock(tmp_path, clock, damage):
    path = tmp_path / "pin-lockout.json"
    path.write_bytes(damage)
    lockout = PinLockout.load(path, clock)
    _guess_wrong(lockout)
    assert lockout.seconds_left() == 2 * FIRST_LOCK_SECONDS  # counted as one lock served


def test_a_home_that_cannot_keep_the_file_still_locks(tmp_path, clock, caplog):
    lockout = PinLockout.load(tmp_path / "no-such-folder" / "file" / "pin-lockout.json", clock)
    (tmp_path / "no-such-folder").write_text("a file where a folder should be")
    _guess_wrong(lockout)
    assert lockout.seconds_left() == FIRST_LOCK_SECONDS
    assert "cannot remember the wrong PINs" in caplog.text


def test_a_day_with_no_wrong_pin_starts_the_count_again(tmp_path, clock):
    path = tmp_path / "pin-lockout.json"
    lockout = PinLockout.load(path, clock)
    for _ in range(3):  # visitors try the corner, three locks over an afternoon
        _guess_wrong(lockout)
        clock.now += lockout.seconds_left()
    _guess_wrong(lockout, 2)
    clock.now += FORGOTTEN_AFTER_SECONDS - 1
    assert PinLockout.load(path, clock).tries_left() == MAX_TRIES - 2  # not yet a day
    clock.now += 2
    lockout = PinLockout.load(path, clock)  # the next morning, after a restart
    assert lockout.tries_left() == MAX_TRIES
    _guess_wrong(lockout)
    assert lockout.seconds_left() == FIRST_LOCK_SECONDS  # the first lock's length again


def test_a_lockout_file_without_its_last_wrong_pin_forgives_nothing_today(tmp_path, clock):
    path = tmp_path / "pin-lockout.json"
    path.write_text('{"failures": 4, "locks": 2, "until": 0}')
    assert PinLockout.load(path, clock).tries_left() == 1
    _guess_wrong(PinLockout.load(path, clock), 1)
    assert PinLockout.load(path, clock).seconds_left() == 4 * FIRST_LOCK_SECONDS
