"""When a picture was taken, in one form whatever its file wrote."""

import pytest

from kiosk.content.taken import iso_taken


@pytest.mark.parametrize(
    ("written", "offset", "stored"),
    [
        ("2019:05:04 13:22:01", "", "2019-05-04T13:22:01"),  # EXIF
        ("2019:05:04 13:22:01", "+04:00", "2019-05-04T13:22:01+04:00"),  # and its offset
        ("2019:05:04 13:22:01", "   :  ", "2019-05-04T13:22:01"),  # an offset left blank
        ("2019-05-04T13:22:01.53+04:00", "", "2019-05-04T13:22:01+04:00"),  # XMP
        ("2019-05-04T13:22:01-0530", "+04:00", "2019-05-04T13:22:01-05:30"),  # its own wins
        ("2019-05-04T13:22", "", "2019-05-04T13:22:00"),
        ("2019-05-04T13:22:01.000000Z", "", "2019-05-04T13:22:01+00:00"),  # FFmpeg's
        ("2019-05-04", "+04:00", "2019-05-04"),  # a date alone has no offset
        ("2019-05", "", "2019-05"),
        (" 1946 ", "", "1946"),
    ],
)
def test_every_form_a_file_writes_becomes_iso_8601(written, offset, stored):
    assert iso_taken(written, offset) == stored


@pytest.mark.parametrize(
    "written",
    [
        "0000:00:00 00:00:00",  # a camera whose clock was never set
        "    :  :     ",
        "May 2019",
        "2019-13-01",
        "2019-02-30",
        "2019-00",
        "2019-05-04T25:00:00",
        "2019-05-04T13:22:01 and more",
        "",
    ],
)
def test_what_is_no_date_is_none(written):
    assert iso_taken(written) is None
