"""`kiosk new`: an exhibition begun with one section of each kind, in one go or not at all."""

from dataclasses import replace

import pytest

from kiosk.content import model as m
from kiosk.content.errors import KioskError
from kiosk.content.text import LocalText
from kiosk.services.home import KioskHome
from kiosk.services.new import new_exhibition
from kiosk.services.publish import publish


def test_a_new_home_gets_the_exhibition_its_four_sections_and_an_empty_programme(tmp_path):
    home = KioskHome.resolve(tmp_path / "home")
    made = new_exhibition(home, "The Old Harbour")
    content = home.draft_content()
    assert content.exhibition == made.exhibition
    assert (made.exhibition.slug, made.exhibition.title.values) == (
        "the-old-harbour",
        {"en": "The Old Harbour"},
    )
    sections = [(s.slug, s.kind, s.position) for s in content.sections]
    assert sections == [(kind, kind, n) for n, kind in enumerate(m.SECTION_KINDS)]
    for section in content.sections:
        assert sorted(section.title.values) == ["az", "en", "lt", "ru"]
    assert content.sections[1].title.get("az") == "Foto və video"
    (programme,) = content.programmes
    assert (programme.slug, programme.section) == ("programme", "programme")
    assert not programme.title and content.programme_items == []
    assert publish(home).new  # nothing for check to refuse


def test_the_title_is_in_the_language_given(home):
    made = new_exhibition(home, "Köhnə Liman", lang="az")
    assert made.exhibition.title.values == {"az": "Köhnə Liman"}
    assert made.exhibition.slug == "kohne-liman"


def test_the_title_is_in_the_default_language_without_one(home):
    home.save_settings(replace(home.settings(), default_language="lt"))
    assert new_exhibition(home, "Senasis uostas").exhibition.title.values == {
        "lt": "Senasis uostas"
    }


def test_a_language_the_kiosk_does_not_show_is_refused_and_no_home_made(tmp_path):
    home = KioskHome.resolve(tmp_path / "home")
    with pytest.raises(KioskError, match=r"--lang de: not one of the kiosk's languages"):
        new_exhibition(home, "Der alte Hafen", lang="de")
    assert not home.root.exists()


def test_a_title_with_nothing_to_name_it_by_is_refused(home):
    with pytest.raises(KioskError, match="no letters or digits"):
        new_exhibition(home, " ?! ")
    assert home.draft_content().sections == []


def test_a_draft_with_an_exhibition_is_left_as_it_was(home):
    new_exhibition(home, "The Old Harbour")
    before = home.draft_content()
    with pytest.raises(
        KioskError, match=rf"^{home.root}: already has an exhibition \(The Old Harbour\); nothing"
    ):
        new_exhibition(home, "Another")
    assert home.draft_content() == before


def test_a_section_already_in_the_draft_is_kept(home):
    draft = home.open_draft()
    draft.put(m.Section("media", "media", LocalText.of("Harbour photos")))
    draft.close()
    made = new_exhibition(home, "The Old Harbour")
    assert [s.slug for s in made.sections] == ["chronology", "artworks", "programme"]
    kept = next(s for s in home.draft_content().sections if s.slug == "media")
    assert kept.title.get("en") == "Harbour photos"
