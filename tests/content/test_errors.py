"""Messages a user reads: one line each, whatever the names in them hold."""

from kiosk.content.errors import printable


def test_control_characters_are_escaped_and_every_script_kept():
    name = "a\nb\r\x1b[2K\u2028\u202eQərənfillər Ąžuolas Ёлка\u00a0"
    assert printable(name) == "a\\nb\\r\\x1b[2K\\u2028\\u202eQərənfillər Ąžuolas Ёлка\u00a0"
    assert printable("plain: name.jpg") == "plain: name.jpg"


def test_bytes_of_a_file_name_that_are_not_utf8_read_as_bytes():
    import os

    assert printable(os.fsdecode(b"bad\xff\xfe.jpg")) == "bad\\xff\\xfe.jpg"
