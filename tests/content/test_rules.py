from kiosk.content import model as m
from kiosk.content.rules import check_content
from kiosk.content.text import LocalText

T = LocalText.of


def _content(**lists):
    return m.ExhibitionContent(
        exhibition=m.Exhibition("ex", T({"en": "Ex", "az": "Ex"})),
        sources=[m.Source("s", "Article")],
        **lists,
    )


def _codes(content, languages=("en",)):
    return {(f.level, f.code) for f in check_content(content, list(languages), "en")}


def test_a_figure_without_a_source_is_an_error():
    content = _content(facts=[m.Fact("e", "killed", T("Killed"), 147, None)])
    assert ("error", "fact-without-source") in _codes(content)


def test_a_figure_citing_an_unknown_source_is_an_error():
    content = _content(facts=[m.Fact("e", "killed", T("Killed"), 147, "nowhere")])
    assert ("error", "unknown-source") in _codes(content)


def test_an_image_needs_alt_credit_and_rights_in_the_default_language():
    image = m.Media(
        "ab" * 32, "image", "image/jpeg", 1, "x.jpg", alt=T({"az": "şəkil"}), credit=T("Museum")
    )
    codes = _codes(_content(media=[image]))
    assert {("error", "image-without-alt"), ("error", "image-without-rights")} <= codes
    assert ("error", "image-without-credit") not in codes


def test_a_minor_needs_a_consent_record():
    artist = m.Artist("kid", "Kid Name", minor=True)
    work = m.Artwork("w", "artworks", T("Work"), "kid")
    assert ("error", "minor-without-consent") in _codes(_content(artists=[artist], artworks=[work]))


def test_missing_translations_are_warnings_per_language():
    findings = check_content(_content(), ["en", "az", "lt"], "en")
    untranslated = [f for f in findings if f.code == "untranslated"]
    assert {f.lang for f in untranslated} == {"lt"}  # the title has en and az
    assert all(f.level == "warning" for f in untranslated)


def test_clean_content_has_no_errors():
    assert not [f for f in check_content(_content(), ["en"], "en") if f.level == "error"]
