"""A text in another language than the visitor's says which."""

from kiosk.content.languages import language_note


def test_a_source_in_another_language_is_named_in_the_visitors():
    assert language_note("en", "ru") == "на английском"
    assert language_note("en", "az") == "ingilis dilində"
    assert language_note("en", "en") == ""  # the visitor's own: nothing to say
    assert language_note(None, "lt") == ""  # not recorded: nothing claimed
    assert language_note("xx", "lt") == "xx"
