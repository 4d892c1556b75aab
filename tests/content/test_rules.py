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


def test_the_caption_and_credit_of_media_not_shown_offline_need_no_translation():
    title = T({"en": "E", "az": "E"})
    web = {"web_media_caption": T({"en": "A film"}), "web_media_credit": T({"en": "TV"})}
    event = m.Event("e", "c", title, web_media="https://example.org/film", **web)
    findings = check_content(_content(events=[event]), ["en", "az"], "en")
    assert [f.ref for f in findings if f.code == "untranslated"] == []


def test_clean_content_has_no_errors():
    assert not [f for f in check_content(_content(), ["en"], "en") if f.level == "error"]


def test_audio_and_video_need_credit_and_rights_but_not_alt_text():
    video = m.Media("cd" * 32, "video", "video/mp4", 1, "v.mp4", credit=T("Museum"))
    codes = _codes(_content(media=[video]))
    assert ("error", "video-without-rights") in codes
    assert not {("error", "video-without-alt"), ("error", "video-without-credit")} & codes


def test_a_record_naming_media_a_track_or_an_era_that_is_not_there_is_an_error():
    event = m.Event("e", "chronology", T("E"), track="gone", era="past", media=("ef" * 32,))
    work = m.Artwork("w", "chronology", T("W"), "a", media="01" * 32)
    content = _content(
        sections=[m.Section("chronology", "chronology", T("C"))],
        events=[event],
        artists=[m.Artist("a", "A", consent=m.Consent("full_name", "A", "2026-01-01"))],
        artworks=[work],
    )
    findings = [f for f in check_content(content, ["en"], "en") if f.code.startswith("missing-")]
    assert sorted((f.ref, f.code) for f in findings) == [
        ("artwork:w", "missing-media"),
        ("event:e", "missing-era"),
        ("event:e", "missing-media"),
        ("event:e", "missing-track"),
    ]


def test_an_adult_shown_without_a_consent_record_is_a_warning():
    artist = m.Artist("grown", "Grown Up")
    work = m.Artwork("w", "artworks", T("Work"), "grown")
    assert ("warning", "artist-without-consent") in _codes(
        _content(artists=[artist], artworks=[work])
    )


def test_media_only_on_the_web_and_oversize_originals_are_warnings():
    event = m.Event("e", "c", T("E"), web_media="https://example.org/film")
    big = m.Media("ab" * 32, "audio", "audio/wav", 300 << 20, "a.wav", credit=T("M"), rights=T("R"))
    findings = check_content(_content(events=[event], media=[big]), ["en"], "en", 200 << 20)
    found = {(f.level, f.code): f.message for f in findings}
    assert "example.org/film" in found[("warning", "web-media")]
    assert "300 MB, over the 200 MB limit" in found[("warning", "oversize-original")]


def test_a_section_with_nothing_in_it_is_a_warning_naming_it():
    sections = [
        m.Section("photos", "media", T({"en": "Photos"})),
        m.Section("c", "chronology", T({"en": "C"})),
    ]
    events = [m.Event("e", "c", T({"en": "E"}))]
    findings = check_content(_content(sections=sections, events=events), ["en"], "en")
    empty = [f for f in findings if f.code == "empty-section"]
    assert [(f.level, f.ref) for f in empty] == [("warning", "section:photos")]
