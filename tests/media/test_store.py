import errno
import hashlib
import os

import pytest

from kiosk.content.errors import MediaError
from kiosk.media.files import atomic_write, remove_stray_temporaries
from kiosk.media.store import MediaStore
from tests import hostile


def test_an_original_is_stored_untouched_under_its_hash(tmp_path):
    source = tmp_path / "Scan 01.TIF"
    source.write_bytes(b"original bytes \x00\xff")
    sha, stored = MediaStore(tmp_path / "home").add(source)
    assert sha == hashlib.sha256(source.read_bytes()).hexdigest()
    assert stored.read_bytes() == source.read_bytes()
    assert stored.name == f"{sha}.tif" and stored.parent.name == sha[:2]


@pytest.mark.parametrize("refusal", [errno.EXDEV, errno.EOPNOTSUPP, errno.ENOSYS])
def test_where_the_kernel_will_not_copy_the_file_is_copied_all_the_same(
    tmp_path, monkeypatch, refusal
):
    import kiosk.media.store as store

    source = tmp_path / "photo.jpg"
    source.write_bytes(bytes(range(256)) * 5000)
    calls = []

    def half_then_refuse(src, dst, count):  # some file systems stop part of the way
        calls.append(count)
        if len(calls) == 1:
            return os.copy_file_range(src, dst, 1000)
        raise OSError(refusal, os.strerror(refusal))

    monkeypatch.setattr(store.os, "copy_file_range", half_then_refuse)
    _, stored = MediaStore(tmp_path / "home").add(source)
    assert stored.read_bytes() == source.read_bytes() and len(calls) == 2


def test_adding_the_same_bytes_twice_keeps_one_file(tmp_path):
    store = MediaStore(tmp_path / "home")
    (tmp_path / "a.jpg").write_bytes(b"same")
    (tmp_path / "b.jpg").write_bytes(b"same")
    assert store.add(tmp_path / "a.jpg") == store.add(tmp_path / "b.jpg")
    assert len(list((tmp_path / "home").rglob("*.jpg"))) == 1


def test_an_unreadable_file_is_a_clear_error(tmp_path):
    with pytest.raises(MediaError, match="missing.jpg: cannot read"):
        MediaStore(tmp_path).add(tmp_path / "missing.jpg")


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "settings.toml"
    target.write_text("old")
    with pytest.raises(RuntimeError), atomic_write(target) as handle:
        handle.write(b"half of the new")
        raise RuntimeError("disk full")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["settings.toml"]


def test_stray_temporaries_from_a_killed_process_are_removed(tmp_path):
    (tmp_path / "ab").mkdir()
    (tmp_path / "ab" / ".x.jpg.123.tmp").write_bytes(b"half")
    (tmp_path / "ab" / "x.jpg").write_bytes(b"whole")
    assert remove_stray_temporaries(tmp_path) == 1
    assert [p.name for p in (tmp_path / "ab").iterdir()] == ["x.jpg"]


@pytest.mark.timeout(20, method="signal")  # before the fix, reading either never ended
@pytest.mark.parametrize("make", [hostile.make_fifo, hostile.make_dev_zero_link])
def test_a_pipe_or_a_device_is_never_read_as_an_original(tmp_path, make):
    source = make(tmp_path / "photo.jpg")
    with pytest.raises(MediaError, match="photo.jpg: a (named pipe|device).*not a regular file"):
        MediaStore(tmp_path / "home").add(source)
