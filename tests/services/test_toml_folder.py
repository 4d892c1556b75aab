"""`kiosk import FOLDER` of a folder holding an exhibition written in TOML."""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from PIL import Image

from kiosk.cli import main
from kiosk.content import model as m
from kiosk.content.resources import demo_source_dir
from kiosk.media.store import sha256_of
from kiosk.services.check import check
from kiosk.services.home import KioskHome
from kiosk.services.ingest import import_media

EXHIBITION = """
[exhibition]
slug = "river"
title = { en = "The River", lt = "Upė" }
sources = ["diary"]

[[sections]]
slug = "story"
kind = "chronology"
title = "Story"

[[sections]]
slug = "photos"
kind = "media"
title = "Photos"

[[sections]]
slug = "drawings"
kind = "artworks"
title = "Drawings"

[[sources]]
slug = "diary"
title = "A ferryman's diary"
"""

CHRONOLOGY = """
section = "story"

[[tracks]]
slug = "banks"
title = "The banks"

[[events]]
slug = "flood"
track = "banks"
start = 1931-05-02
sources = ["diary"]
media = ["bridge"]
title = { en = "The flood", lt = "Potvynis" }

[[events.facts]]
measure = "height"
value = 4.5
source = "diary"
label = "Water above the quay (m)"

[[events]]
slug = "ferry"
start = "1932"
title = "The last ferry"
"""

MEDIA = """
[defaults]
credit = "Town archive"
rights = "CC BY 4.0"

[[images]]
slug = "bridge"
file = "photos/bridge.jpg"
sections = ["photos"]
caption = "The old bridge"
alt = "A stone bridge over brown water."
"""

ARTWORKS = """
section = "drawings"

[[artists]]
slug = "ona"
full_name = "Ona K."

[[artworks]]
slug = "boats"
artist = "ona"
title = "Boats"
year = 2024

[artworks.image]
file = "photos/boats.jpg"
alt = "Three boats in pencil."
credit = "Ona K."
rights = "With permission"
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A small exhibition, with two photos it names and one it does not."""
    root = tmp_path / "river"
    (root / "photos").mkdir(parents=True)
    for name, colour in (("bridge", (120, 90, 60)), ("boats", (40, 70, 110)), ("spare", "red")):
        Image.new("RGB", (64, 48), colour).save(root / "photos" / f"{name}.jpg", "JPEG")
    write(root, exhibition=EXHIBITION, chronology=CHRONOLOGY, media=MEDIA, artworks=ARTWORKS)
    return root


def write(folder: Path, **files: str) -> None:
    for name, text in files.items():
        (folder / f"{name}.toml").write_text(text, encoding="utf-8")


def edit(folder: Path, name: str, old: str, new: str) -> None:
    path = folder / f"{name}.toml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def content(home: KioskHome) -> m.ExhibitionContent:
    with contextlib.closing(home.open_draft()) as archive:
        return archive.content()


def test_the_exhibition_comes_in_with_the_files_it_names(home, folder):
    report = import_media(home, [folder], workers=1)
    assert report.rejected == []
    assert sorted(p.name for p in report.imported) == ["boats.jpg", "bridge.jpg"]  # not spare
    draft = content(home)
    bridge, boats = (sha256_of(folder / "photos" / f"{n}.jpg") for n in ("bridge", "boats"))
    assert draft.exhibition.title.get("lt") == "Upė"
    assert [s.slug for s in draft.sections] == ["story", "photos", "drawings"]
    flood = next(e for e in draft.events if e.slug == "flood")
    assert flood.media == (bridge,) and flood.start.iso() == "1931-05-02"
    assert [(f.event, f.value) for f in draft.facts] == [("flood", 4.5)]
    assert draft.artworks[0].media == boats
    media = {x.sha256: x for x in draft.media}
    assert media[bridge].caption.get("en") == "The old bridge"
    assert media[bridge].credit.get("en") == "Town archive"  # from [defaults]
    assert media[boats].caption.get("en") == "Boats"  # an artwork's image takes its title
    # Each picture is shown where the TOML says: the artwork's in no media section.
    assert [(s.section, s.media) for s in draft.section_media] == [("photos", bridge)]


def test_importing_the_folder_again_changes_nothing(home, folder):
    import_media(home, [folder], workers=1)
    before = content(home)
    report = import_media(home, [folder], workers=1)
    assert report.rejected == [] and len(report.present) == 2
    assert [plan.changes for plan in report.sheets] == [[]]
    assert content(home) == before


def test_a_dry_run_says_what_would_change_and_writes_nothing(home, folder):
    import_media(home, [folder], workers=1)
    edit(folder, "chronology", 'title = "The last ferry"', 'title = "The last ferry crossing"')
    report = import_media(home, [folder], dry_run=True)
    assert report.sheets[0].changes == [
        'event ferry: title (en): "The last ferry" → "The last ferry crossing"'
    ]
    assert next(e for e in content(home).events if e.slug == "ferry").title.get("en") == (
        "The last ferry"
    )


def test_a_missing_section_is_one_line_naming_the_file(home, folder):
    edit(folder, "chronology", 'section = "story"', "")
    report = import_media(home, [folder], workers=1)
    assert [reason for _, reason in report.rejected] == [
        f"{folder / 'chronology.toml'}: has no 'section'"
    ]
    assert content(home) == m.ExhibitionContent()  # and no file imported either


def test_each_problem_names_the_file_the_entry_and_the_reason(home, folder):
    edit(folder, "chronology", 'title = "The last ferry"', "")
    edit(folder, "chronology", 'media = ["bridge"]', 'media = ["bridge", "brige"]')
    edit(folder, "artworks", 'section = "drawings"', 'section = "drawing"')
    edit(folder, "media", 'file = "photos/bridge.jpg"', 'file = "../river.jpg"')
    write(folder, programme='[programme]\nslug = "concert"\ntitle = "Concert\n')
    report = import_media(home, [folder], workers=1)
    chronology, artworks = folder / "chronology.toml", folder / "artworks.toml"
    assert sorted(reason for _, reason in report.rejected) == sorted(
        [
            f"{chronology}: event 1 ('flood'): unknown media slug 'brige' (not in media.toml)",
            f"{chronology}: event 2 ('ferry'): has no 'title'",
            f"{artworks}: unknown section 'drawing'",
            f"{folder / 'media.toml'}: image 1 ('bridge'): file '../river.jpg' is outside "
            f"{folder}; not imported",
            f'{folder / "programme.toml"}: not valid TOML: line 3 (title = "Concert): '
            "illegal character '\\n'",
        ]
    )
    assert content(home) == m.ExhibitionContent()


def test_a_wrong_type_is_told_with_the_value(home, folder):
    edit(folder, "artworks", "year = 2024", 'year = "2024"')
    report = import_media(home, [folder], workers=1)
    assert [reason for _, reason in report.rejected] == [
        f"{folder / 'artworks.toml'}: artwork 1 ('boats'): year must be a whole number, not '2024'"
    ]


def test_an_unknown_media_slug_is_refused(home, folder):
    edit(folder, "chronology", 'media = ["bridge"]', 'media = ["brige"]')
    report = import_media(home, [folder], workers=1)
    assert [reason for _, reason in report.rejected] == [
        f"{folder / 'chronology.toml'}: event 1 ('flood'): unknown media slug 'brige' "
        "(not in media.toml)"
    ]
    assert report.imported == []


def test_a_folder_with_a_problem_changes_nothing_it_already_holds(home, folder):
    import_media(home, [folder], workers=1)
    before = content(home)
    edit(folder, "exhibition", 'title = "Story"', 'title = "The story"')  # sound, but not alone
    edit(folder, "chronology", 'track = "banks"', 'track = "bank"')
    report = import_media(home, [folder], workers=1)
    assert [reason for _, reason in report.rejected] == [
        f"{folder / 'chronology.toml'}: event 1 ('flood'): unknown track 'bank'"
    ]
    assert content(home) == before


def test_a_file_that_is_not_a_picture_leaves_the_draft_as_it_was(home, folder):
    (folder / "photos" / "bridge.jpg").write_bytes(b"not a jpeg")
    report = import_media(home, [folder], workers=1)
    reasons = [reason for _, reason in report.rejected]
    assert len(reasons) == 2 and "bridge.jpg" in reasons[0]
    assert reasons[1].endswith("bridge.jpg: not imported (the reason is above)")
    draft = content(home)
    assert draft.exhibition is None and draft.events == []


def test_the_command_line_exits_1_with_one_line_per_problem(home, folder, monkeypatch):
    edit(folder, "chronology", 'section = "story"', "")
    monkeypatch.setenv("KIOSK_HOME", str(home.root))
    result = CliRunner().invoke(main, ["import", str(folder)])
    assert result.exit_code == 1
    assert f"rejected: {folder / 'chronology.toml'}: has no 'section'" in result.output


@pytest.mark.slow
def test_the_demo_folder_imports_into_a_new_home(home, built_demo, tmp_path):
    """The demo's source is an exhibition folder: its recipes make the sample media."""
    demo = shutil.copytree(demo_source_dir(), tmp_path / "demo")
    report = import_media(home, [demo], workers=2)
    assert report.rejected == [] and report.sheets[0].changes
    assert check(home).errors == []
    with contextlib.closing(built_demo.open_published()) as built:
        expected = built.counts()
    with contextlib.closing(home.open_draft()) as archive:
        assert archive.counts() == expected
    assert import_media(home, [demo], dry_run=True).sheets[0].changes == []
