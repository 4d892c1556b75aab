"""What an import is asked to do: the walk of the folders given, and each file's verdict."""

from __future__ import annotations

from kiosk.services.ingest_scan import scan
from tests import hostile
from tests.media_files import photo


def _scan(*paths):
    return scan(list(paths), ["en", "ru"], "en", 1 << 30, paths[0].parent / "home")


def test_pipes_devices_and_sockets_are_refused_by_name_and_the_rest_kept(tmp_path):
    usb = tmp_path / "usb"
    photo(usb / "real.jpg")
    hostile.make_fifo(usb / "photo.jpg")
    hostile.make_dev_zero_link(usb / "zero.jpg")
    hostile.make_socket(usb / "socket.jpg")
    hostile.make_fifo(usb / "texts.csv")
    found = _scan(usb)
    assert [job.path.name for job in found.jobs] == ["real.jpg"] and not found.sheets
    reasons = {path.name: reason for path, reason in found.rejected}
    assert set(reasons) == {"photo.jpg", "zero.jpg", "socket.jpg", "texts.csv"}
    assert "a named pipe (FIFO), not a regular file" in reasons["photo.jpg"]
    assert "a device, not a regular file" in reasons["zero.jpg"]
    assert "a socket, not a regular file" in reasons["socket.jpg"]
    assert all(str(usb / name) in reason for name, reason in reasons.items())


def test_a_pipe_given_by_itself_is_refused_as_a_pipe(tmp_path):
    fifo = hostile.make_fifo(tmp_path / "usb" / "photo.jpg")
    ((path, reason),) = _scan(fifo).rejected
    assert path == fifo and "a named pipe (FIFO)" in reason


def test_a_link_to_a_folder_is_reported_and_not_followed(tmp_path):
    usb = tmp_path / "usb"
    photo(usb / "real.jpg")
    photo(tmp_path / "elsewhere" / "private.jpg")
    hostile.make_folder_link(usb / "more", tmp_path / "elsewhere")
    hostile.make_folder_link(usb / "loop", usb)
    found = _scan(usb)
    assert [job.path.name for job in found.jobs] == ["real.jpg"]
    assert found.rejected == [
        (usb / "loop", f"{usb / 'loop'}: a link to a folder, not followed"),
        (usb / "more", f"{usb / 'more'}: a link to a folder, not followed"),
    ]


def test_a_link_to_a_file_outside_the_folder_is_reported_and_not_read(tmp_path):
    usb = tmp_path / "usb"
    photo(usb / "real.jpg")
    (usb / "same.jpg").symlink_to(usb / "real.jpg")  # inside: a second name for a file there
    photo(tmp_path / "elsewhere" / "private.jpg")
    (usb / "DCIM").mkdir()
    (usb / "DCIM" / "out.jpg").symlink_to(tmp_path / "elsewhere" / "private.jpg")
    (usb / "shadow.jpg").symlink_to("/etc/shadow")
    found = _scan(usb)
    assert [job.path.name for job in found.jobs] == ["real.jpg", "same.jpg"]
    assert found.rejected == [
        (usb / "shadow.jpg", f"{usb / 'shadow.jpg'}: a link leading outside {usb}, not followed"),
        (
            usb / "DCIM" / "out.jpg",
            f"{usb / 'DCIM' / 'out.jpg'}: a link leading outside {usb}, not followed",
        ),
    ]
