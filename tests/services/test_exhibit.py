"""What visitors are shown, decided without Qt: lookups, consent, disputed figures, dates."""

import dataclasses
from dataclasses import replace

from kiosk.content.text import LocalText
from kiosk.services.exhibit import Exhibit
from kiosk.services.gallery import FilterGroup, GalleryFilter


def test_single_lookups_match_the_lists(built_demo):
    x = Exhibit.load(built_demo)
    for lang in ("en", "az"):
        assert x.section("concert", lang) == next(
            s for s in x.sections(lang) if s.slug == "concert"
        )
        first = x.piece("hajibeyov-sensiz", lang)
        assert vars(first).items() >= vars(x.programme_rows(lang)[0]).items()
        assert (first.previous, first.next) == ("", x.programme_rows(lang)[1].slug)
        assert first.nextWork == x.programme_rows(lang)[1].work
        rows = x.artwork_rows(lang)
        assert x.artwork(rows[2].slug, lang) == rows[2]


def test_an_item_not_in_the_exhibition_is_none_for_every_lookup(built_demo):
    """One way for every kind of item (an event once raised where the others gave {})."""
    x = Exhibit.load(built_demo)
    lookups = (x.section, x.artwork, x.piece, x.event_detail, x.media_item)
    assert [lookup("nothing-here", "en") for lookup in lookups] == [None] * len(lookups)
    assert x.event_detail("baku-night-1990", "en") is not None
    assert x.media_item(x.media_items("photos", "en")[0].slug, "en") is not None


def test_disputed_figures_are_grouped_and_flagged(built_demo):
    facts = Exhibit.load(built_demo).event_detail("baku-night-1990", "en").facts
    killed = next(group for group in facts if group.measure == "killed")
    assert [f.value for f in killed.figures] == ["147", "150"] and killed.disagree
    assert all(s.source for f in killed.figures for s in f.sources)


def test_sources_that_agree_share_one_figure_each_in_its_own_words(built_demo):
    facts = Exhibit.load(built_demo).event_detail("baku-night-1990", "en").facts
    injured = next(group for group in facts if group.measure == "injured")
    assert [f.value for f in injured.figures] == ["744"] and not injured.disagree
    sources = injured.figures[0].sources
    assert [s.label for s in sources] == ["Injured", "Seriously wounded"]
    assert injured.ownWords  # every source quoted in its words, the heading's included
    assert all(s.source for s in sources)


def test_an_anonymous_artist_is_not_named_and_dates_follow_the_language(built_demo):
    x = Exhibit.load(built_demo)
    assert "" in {row.artist for row in x.artwork_rows("en")}
    assert x.event_rows("ru")[0].date == "19–20 января 1990 г."


def test_events_on_no_track_have_a_lane_of_their_own_with_a_row_to_draw_it(built_demo):
    x = Exhibit.load(built_demo)
    named = x.track_rows("en")
    assert all(row.title for row in named) and x.timeline.trackless_lane is None
    first = x.content.events[0]
    loose = dataclasses.replace(first, track=None)
    events = [loose if e is first else e for e in x.content.events]
    x = Exhibit(dataclasses.replace(x.content, events=events), built_demo.root)
    rows = x.track_rows("en")
    assert rows[:-1] == named and (rows[-1].title, rows[-1].lane) == ("", len(named))
    (row,) = [e for e in x.event_rows("en") if e.slug == first.slug]
    assert (row.lane, row.track) == (len(named), "")


def test_an_imported_events_text_is_shown_escaped_with_its_emphasis(home, tmp_path):
    from kiosk.content.model import Exhibition
    from kiosk.content.text import LocalText
    from kiosk.services.ingest import import_media
    from kiosk.services.publish import publish
    from tests.media_files import timeline_sheet

    rows = [
        '1990,1,20,,,,,,,Night,"<p>Tanks &amp; <em>curfew</em> <script>x()</script></p>'
        '<ul><li>one</li><li>two</li></ul>",,,,,,,'
    ]
    import_media(home, [timeline_sheet(tmp_path, rows=rows)])
    draft = home.open_draft()
    draft.put(Exhibition("ex", LocalText.of("Events")))
    draft.close()
    publish(home)
    detail = Exhibit.load(home).event_detail("1990-night", "en")
    assert detail.paragraphs == ["Tanks &amp; <i>curfew</i>", "• one<br>• two"]


def test_the_gallery_filters_by_the_tracks_and_eras_its_media_is_linked_to(built_demo):
    x = Exhibit.load(built_demo)
    filters = x.media_filters("photos", "en")
    assert [f.key for f in filters] == [
        "track:baku-1990",
        "track:vilnius-1991",
        "track:remembrance",
        "era:january-nights",
        "era:remembering",
    ]
    assert [f.slug for f in filters][:2] == ["baku-1990", "vilnius-1991"]
    assert filters[0].title == "Baku 1990"
    assert [f.group for f in filters] == [FilterGroup.TRACK] * 3 + [FilterGroup.ERA] * 2
    every = [row.caption for row in x.media_items("photos", "en")]
    vilnius = x.media_items("photos", "en", GalleryFilter(FilterGroup.TRACK, "vilnius-1991"))
    assert [row.caption for row in vilnius] == [c for c in every if "television tower" in c]
    era = GalleryFilter(FilterGroup.ERA, "remembering")
    remembering = [row.slug for row in x.media_items("photos", "en", era)]
    film = next(sha for sha, item in x.media.items() if item.kind == "video")
    assert film in remembering and len(remembering) < len(every)
    # The viewer steps through what the grid shows.
    assert x.photo_sequence(film, "photos", era) == remembering
    assert x.media_filters("no-such-section", "en") == []


def test_a_source_in_english_says_so_on_other_screens(built_demo):
    x = Exhibit.load(built_demo)
    assert x.source_row("embassy-serbia-2025", "lt").inLanguage == "anglų kalba"
    assert x.source_row("embassy-serbia-2025", "en").inLanguage == ""
    facts = x.event_detail("baku-night-1990", "ru").facts
    assert all(s.inLanguage == "на английском" for g in facts for f in g.figures for s in f.sources)


def test_every_section_tile_has_a_picture_of_its_own(built_demo):
    covers = [row.image for row in Exhibit.load(built_demo).sections("en")]
    assert all(covers) and len(set(covers)) == len(covers)  # the concert's evening included


def test_the_draft_and_a_snapshot_by_name_are_each_read_as_they_stand(demo_home):
    published = demo_home.current_snapshot().parent.name
    draft = demo_home.open_draft()
    with draft.transaction():
        draft.put(replace(draft.exhibition(), title=LocalText.of("Still a Draft")))
    draft.close()
    assert Exhibit.load_draft(demo_home).exhibition("en").title == "Still a Draft"
    by_name = Exhibit.load(demo_home, published).exhibition("en").title
    assert by_name == Exhibit.load(demo_home).exhibition("en").title != "Still a Draft"


def test_home_offers_only_sections_with_something_in_them(built_demo):
    x = Exhibit.load(built_demo)
    x.content.artworks.clear()
    assert "artworks" not in [s.slug for s in x.sections("en")]
    assert x.section("artworks", "en") is not None  # still there, only not offered
    assert len(x.sections("en")) == len(x.content.sections) - 1
