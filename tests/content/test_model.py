from kiosk.content.model import Artist, Consent
from kiosk.content.text import LocalText

GRADE = LocalText.of({"en": "Grade 9", "az": "9-cu sinif"})


def _artist(display=None, minor=True):
    consent = Consent(display, "Parent", "2025-01-10") if display else None
    return Artist("a", "Aysel Mammadova", "Aysel", GRADE, minor=minor, consent=consent)


def test_first_name_and_class_hides_the_surname():
    assert _artist("first_name_and_class").display_name("az") == "Aysel, 9-cu sinif"


def test_anonymous_consent_shows_no_name():
    assert _artist("anonymous").display_name("en") == ""


def test_a_minor_without_consent_is_not_named():
    assert _artist(None).display_name("en") == ""


def test_an_adult_without_a_record_is_named_in_full():
    assert _artist(None, minor=False).display_name("en") == "Aysel Mammadova"


def test_an_archive_from_before_names_per_script_still_reads_its_names():
    from kiosk.archive.rows import from_row

    row = {"slug": "a", "full_name": "Aysel Mammadova", "first_name": "Aysel", "minor": 0}
    artist = from_row(Artist, {**row, "class_name": None}, consent=None)
    assert artist.display_name("ru") == "Aysel Mammadova"
