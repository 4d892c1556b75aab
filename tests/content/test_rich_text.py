"""HTML from spreadsheets reduced to what a kiosk text may hold, and shown safely."""

import re

from kiosk.content.rich_text import (
    from_html,
    paragraphs,
    plain,
    searchable,
    styled_marks,
    styled_paragraphs,
)
from tests.hostile import HTML_EVASIONS


def test_scripts_styles_and_event_attributes_are_dropped_with_their_content():
    text = from_html(
        '<p onclick="steal()">Hello</p><script>alert("x")</script>'
        "<style>p { color: red }</style><iframe src='x'>frame</iframe>"
    )
    assert text == "Hello"


def test_paragraphs_emphasis_and_lists_survive_and_links_keep_only_their_text():
    text = from_html(
        '<p>One <em>two</em> <b>three</b></p><p>See <a href="https://x.org">the page</a>.</p>'
        "<ul><li>first</li><li>second</li></ul>"
    )
    assert paragraphs(text) == [
        "One <em>two</em> <strong>three</strong>",
        "See the page.",
        "• first\n• second",
    ]


def test_a_line_break_in_html_is_a_space_and_a_blank_line_still_parts_paragraphs():
    assert from_html("one\ntwo\n\nthree") == "one two\n\nthree"
    assert from_html("a<br>b") == "a\nb"


def test_plain_keeps_no_tags_at_all():
    assert plain('<a href="x">Portrait</a> by <i>Chalon</i>') == "Portrait by Chalon"


def test_shown_text_is_escaped_so_only_the_emphasis_is_markup():
    (shown,) = styled_paragraphs('x < y & <em>z</em> <img src="a">')
    assert shown == 'x &lt; y &amp; <i>z</i> &lt;img src="a"&gt;'


def test_search_sees_the_words_not_the_markup():
    assert searchable("<em>Baku</em>\n• night") == "Baku\nnight"


TAGS_QT_MAY_SEE = {"<i>", "</i>", "<b>", "</b>", "<br>"}


def test_the_story_qt_draws_holds_only_the_kiosks_own_tags():
    for markup in HTML_EVASIONS:
        for styled in styled_paragraphs(from_html(markup)):
            tags = set(re.findall(r"<[^>]*>", styled))
            assert tags <= TAGS_QT_MAY_SEE, (markup, styled)
            assert "<" not in re.sub(r"</?[ib]>|<br>", "", styled), (markup, styled)


def test_markup_written_as_entities_stays_text():
    (styled,) = styled_paragraphs(from_html("&lt;img src=x&gt; and &lt;a href=x&gt;"))
    assert styled == "&lt;img src=x&gt; and &lt;a href=x&gt;"


def test_a_search_marks_spans_in_bold_and_escapes_the_rest():
    assert styled_marks("Tom & <Jerry> in Baku", ((17, 21),)) == (
        "Tom &amp; &lt;Jerry&gt; in <b>Baku</b>"
    )
    assert styled_marks("<b>", ()) == "&lt;b&gt;"
