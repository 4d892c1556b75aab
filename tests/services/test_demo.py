"""The demo exhibition as built by `kiosk init --demo`."""

import json
import shutil

import pytest

from kiosk.content import model as m
from kiosk.content.errors import DemoSourceError, HomeError
from kiosk.content.resources import demo_source_dir
from kiosk.services.check import check
from kiosk.services.demo import build_demo
from kiosk.services.export import export_json
from kiosk.services.home import KioskHome


@pytest.fixture(scope="module")
def content(built_demo):
    archive = built_demo.open_published()
    yield archive.content()
    archive.close()


def test_the_demo_passes_its_own_checks(built_demo):
    assert check(built_demo).errors == []


def test_the_chronology_has_the_events_the_sources_describe(content):
    dated = {e.slug: e.start.iso() for e in content.events if e.start}
    assert dated["baku-night-1990"] == "1990-01-19"
    assert dated["moscow-press-conference"] == "1990-01-21"
    assert dated["vilnius-night-1991"] == "1991-01-12"
    assert dated["milli-majlis-1994"] == "1994-03"
    assert dated["belgrade-2025"] == "2025-01-20"
    evening = next(e for e in content.events if e.slug == "baku-evening")
    assert evening.start is None and "not given" in evening.display_date.get("en")
    night = next(e for e in content.events if e.slug == "baku-night-1990")
    for place in ("Baku", "Sumgayit", "Lankaran", "Neftchala"):
        assert place in night.place.get("en")


def test_disagreeing_figures_are_both_kept_each_with_its_source(content):
    killed = {
        (f.value, f.source)
        for f in content.facts
        if f.event == "baku-night-1990" and f.measure == "killed"
    }
    assert killed == {(147, "baku-evening-report"), (150, "embassy-serbia-2025")}
    vilnius = {f.measure: f.value for f in content.facts if f.event == "vilnius-night-1991"}
    assert vilnius == {"killed": 15, "injured": 900}


def test_texts_are_in_english_azerbaijani_and_lithuanian(content):
    for event in content.events:
        for lang in ("en", "az", "lt"):
            assert event.title.has(lang) and event.body.has(lang), (event.slug, lang)


def test_sample_content_is_marked_as_sample(content):
    assert len(content.artworks) >= 8 and all(a.sample for a in content.artworks)
    assert len(content.programme_items) >= 6 and all(p.sample for p in content.programme_items)
    assert content.programmes[0].sample
    assert all(media.sample for media in content.media)
    photos = {link.media for link in content.section_media}
    captions = [media.caption.get("en") for media in content.media if media.sha256 in photos]
    # Said once, by the kiosk's badge in the visitor's language, not again in every caption.
    assert captions and not any("(sample)" in caption for caption in captions)


def test_minors_are_shown_only_as_their_consent_allows(content):
    names = {a.slug: a.display_name("en") for a in content.artists}
    assert names["aysel"] == "Aysel, Grade 9" and names["leyla"] == ""
    assert all("Nümunəli" not in name for slug, name in names.items() if slug != "nigar")


def test_names_are_written_in_the_script_of_the_visitors_language(content):
    artists = {a.slug: a for a in content.artists}
    assert artists["nigar"].display_name("ru") == "Нигяр Нумунели"
    assert artists["nigar"].display_name("lt") == "Nigar Nümunəli"  # Latin script: as written
    assert artists["aysel"].display_name("ru") == "Айсель, 9 класс"


def test_every_image_has_a_display_rendition_and_a_thumbnail(content, built_demo):
    images = [media for media in content.media if media.kind == "image"]
    assert len(images) >= 14
    for media in images:
        kinds = {r.kind: r for r in media.renditions}
        assert set(kinds) == {"display", "thumb"}
        assert (built_demo.root / kinds["thumb"].path).is_file()
    audio = [media for media in content.media if media.kind == "audio"]
    assert len(audio) >= 4 and all(a.duration and a.duration > 5 for a in audio)


def test_building_twice_gives_the_same_media(built_demo, tmp_path):
    again = KioskHome.resolve(tmp_path / "again")
    build_demo(again)
    first = sorted(p.name for p in (built_demo.root / "media" / "originals").rglob("*.*"))
    second = sorted(p.name for p in (again.root / "media" / "originals").rglob("*.*"))
    assert first == second


def test_export_holds_both_sets_of_figures_with_their_sources(built_demo):
    document = json.loads(export_json(built_demo))
    night = next(e for e in document["events"] if e["slug"] == "baku-night-1990")
    figures = {(f["measure"], f["value"], f["source"]) for f in night["facts"]}
    assert {
        ("killed", 147, "baku-evening-report"),
        ("killed", 150, "embassy-serbia-2025"),
        ("missing", 4, "embassy-serbia-2025"),
    } <= figures
    sources = {s["slug"]: s for s in document["sources"]}
    assert sources["embassy-serbia-2025"]["published"] == "2025-01-20"


def test_building_into_a_home_with_an_archive_is_refused(demo_home):
    with pytest.raises(HomeError, match="already has an archive"):
        build_demo(demo_home)


def test_a_broken_source_file_is_named(tmp_path):
    source = tmp_path / "demo"
    shutil.copytree(demo_source_dir(), source)
    (source / "chronology.toml").write_text("[[events]\n")
    with pytest.raises(DemoSourceError, match="chronology.toml: not valid TOML"):
        build_demo(KioskHome.resolve(tmp_path / "home"), source=source)


def test_search_finds_azerbaijani_text_typed_without_its_letters(built_demo):
    archive = built_demo.open_draft()
    hits = archive.search("azerbaycan")
    archive.close()
    assert hits and all(h.lang == "az" for h in hits)
    assert any("Azərbaycan" in h.title + h.snippet for h in hits)
    assert m.SearchHit in {type(h) for h in hits}


def test_the_demo_has_a_sample_film_with_subtitles_in_every_language(content, built_demo):
    films = [media for media in content.media if media.kind == "video"]
    assert len(films) == 1 and films[0].sample and films[0].duration == 12.0
    kinds = {r.kind: r for r in films[0].renditions}
    assert set(kinds) == {"display", "thumb", *(f"subtitles-{c}" for c in ("en", "az", "lt", "ru"))}
    russian = (built_demo.root / kinds["subtitles-ru"].path).read_text(encoding="utf-8")
    assert russian.startswith("WEBVTT") and "Это образец фильма" in russian
