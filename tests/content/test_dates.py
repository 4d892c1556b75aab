import pytest

from kiosk.content.dates import PartialDate
from kiosk.content.errors import KioskError


@pytest.mark.parametrize(
    ("text", "precision"),
    [("1994", "year"), ("1994-03", "month"), ("1990-01-20", "day"), ("1991-01-13T01:50", "minute")],
)
def test_precision_is_what_was_given(text, precision):
    date = PartialDate.parse(text)
    assert date.precision == precision
    assert date.iso() == text


def test_sort_key_orders_ancient_and_modern_dates():
    dates = [PartialDate.parse(t) for t in ("1990-01-20", "-0044-03-15", "0800", "1990-01")]
    ordered = sorted(dates, key=PartialDate.sort_key)
    assert [d.iso() for d in ordered] == ["-0044-03-15", "0800", "1990-01", "1990-01-20"]


@pytest.mark.parametrize("text", ["January 1990", "1990-13", "1990-01-32", ""])
def test_bad_dates_are_refused_with_the_text_in_the_message(text):
    with pytest.raises(KioskError, match="not a date"):
        PartialDate.parse(text)
