from kiosk.content.text import LocalText


def test_get_returns_the_requested_language():
    text = LocalText.of({"en": "Chronology", "az": "Xronologiya"})
    assert text.get("az") == "Xronologiya"


def test_get_falls_back_to_english_then_to_any_language():
    assert LocalText.of({"en": "Chronology", "az": "Xronologiya"}).get("lt") == "Chronology"
    assert LocalText.of({"az": "Xronologiya"}).get("lt") == "Xronologiya"


def test_blank_values_are_not_translations():
    text = LocalText.of({"en": "Home", "lt": "  "})
    assert not text.has("lt")
    assert text.get("lt") == "Home"


def test_json_round_trip_keeps_every_script():
    text = LocalText.of({"az": "Azərbaycan", "lt": "ąžuolas", "ru": "Ёлка"})
    assert LocalText.from_json(text.to_json()) == text
    assert "ə" in text.to_json()  # stored readable, not \\u-escaped


def test_empty_text_is_falsy_and_gives_empty_string():
    assert not LocalText.of(None)
    assert LocalText.of(None).get("en") == ""


def test_a_numbers_suffix_stays_on_its_line_on_screen():
    from kiosk.content.text import LocalText, unbroken

    assert unbroken("1990-cı il, 9-cu sinif") == "1990\u2011cı il, 9\u2011cu sinif"
    assert unbroken("1990-1991, Baku-Vilnius") == "1990-1991, Baku-Vilnius"  # ranges, words
    text = LocalText.of({"en": "x", "az": "1990-cı il"})
    assert text.shown("az") == "1990\u2011cı il" and text.get("az") == "1990-cı il"
