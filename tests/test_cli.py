"""The `kiosk` command as staff and installers use it."""

import getpass
import io
import json
import sys
from dataclasses import replace

import pytest
from click.testing import CliRunner

from kiosk.cli import main
from kiosk.content.errors import KioskError
from kiosk.content.pin import verify_pin
from kiosk.services import restarts
from kiosk.services.sheet_kinds import KINDS
from tests.hostile import fill_disk, read_only_view, small_disk

COMMANDS = [
    "init",
    "new",
    "publish",
    "snapshots",
    "check",
    "export",
    "search",
    "run",
    "demo",
    "stats",
]


@pytest.fixture
def runner():
    return CliRunner()


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_and_takes_home(runner, command):
    result = runner.invoke(main, [command, "--help"])
    assert result.exit_code == 0
    assert "--home" in result.output
    assert len(main.commands[command].help or "") > 20


def test_init_then_new_then_check_then_publish(runner, tmp_path):
    home = str(tmp_path / "home")
    made = runner.invoke(main, ["init", "--home", home])
    assert made.exit_code == 0 and f"Next: kiosk new --home {home} --title" in made.output
    again = runner.invoke(main, ["init", "--home", home])
    assert again.exit_code == 0 and "nothing changed" in again.output
    checked = runner.invoke(main, ["check", "--home", home])
    assert checked.exit_code == 1 and "no-exhibition" not in checked.output
    assert f"the archive has no exhibition; run: kiosk new --home {home} --title" in checked.output
    for force in ([], ["--force"]):
        refused = runner.invoke(main, ["publish", *force, "--home", home])
        assert refused.exit_code == 1 and refused.output.count("\n") == 1
        assert "has no exhibition; nothing was published" in refused.output
    assert not list((tmp_path / "home" / "snapshots").iterdir())
    new = runner.invoke(main, ["new", "--home", home, "--title", "The Old Harbour"])
    assert new.exit_code == 0, new.output
    assert "section media: Photos and video" in new.output
    assert f"kiosk publish --home {home}" in new.output
    assert runner.invoke(main, ["check", "--home", home]).exit_code == 0
    published = runner.invoke(main, ["publish", "--home", home])
    assert published.exit_code == 0 and "Published" in published.output


def test_new_refuses_a_draft_that_has_an_exhibition_in_one_line(runner, demo_home):
    home = str(demo_home.root)
    result = runner.invoke(main, ["new", "--home", home, "--title", "Another"])
    assert result.exit_code == 1 and result.output == (
        f"kiosk: {home}: already has an exhibition "
        "(Memory Lives Because It Bears Witness); nothing changed\n"
    )


def test_new_makes_the_home_and_titles_the_sections_in_the_language_given(runner, tmp_path):
    home = str(tmp_path / "new-home")
    result = runner.invoke(main, ["new", "--home", home, "--title", "Köhnə Liman", "--lang", "az"])
    assert result.exit_code == 0, result.output
    assert (
        "(kohne-liman)" in result.output and "section programme: Konsert proqramı" in result.output
    )
    refused = runner.invoke(main, ["new", "--home", home, "--title", "X", "--lang", "de"])
    assert (
        refused.exit_code == 1 and "--lang de: not one of the kiosk's languages" in refused.output
    )


@pytest.mark.slow
def test_check_passes_on_the_demo_with_every_text_in_every_language(runner, demo_home):
    result = runner.invoke(main, ["check", "--home", str(demo_home.root)])
    assert result.exit_code == 0, result.output
    assert "0 error(s), 0 warning(s)" in result.output


def test_check_json_lists_findings_for_machines(runner, demo_home):
    victim = next((demo_home.root / "media" / "renditions").rglob("*-display.jpg"))
    victim.unlink()
    result = runner.invoke(main, ["check", "--json", "--home", str(demo_home.root)])
    findings = json.loads(result.output)
    assert result.exit_code == 1
    assert [(f["level"], f["code"]) for f in findings] == [("error", "missing-file")]
    assert str(victim) in findings[0]["message"]


def test_check_fails_when_a_media_file_is_gone(runner, demo_home):
    victim = next((demo_home.root / "media" / "renditions").rglob("*-thumb.jpg"))
    victim.unlink()
    result = runner.invoke(main, ["check", "--home", str(demo_home.root)])
    assert result.exit_code == 1
    assert f"{victim}: file is missing" in result.output


def test_export_to_stdout_and_to_a_file(runner, demo_home, tmp_path):
    printed = runner.invoke(main, ["export", "--home", str(demo_home.root), "--format", "json"])
    out = tmp_path / "exhibition.json"
    written = runner.invoke(main, ["export", "--home", str(demo_home.root), "--out", str(out)])
    assert written.exit_code == 0
    assert json.loads(printed.output) == json.loads(out.read_text())


def test_search_finds_azerbaycan_as_written(runner, demo_home):
    result = runner.invoke(main, ["search", "--home", str(demo_home.root), "azerbaycan"])
    assert result.exit_code == 0 and "Azərbaycan" in result.output


def test_search_with_a_language(runner, demo_home):
    result = runner.invoke(main, ["search", "--home", str(demo_home.root), "--lang", "lt", "zuvo"])
    assert "[lt]" in result.output and "[en]" not in result.output


def _change_the_draft(home, intro: str) -> None:
    from dataclasses import replace

    from kiosk.content.text import LocalText

    draft = home.open_draft()
    exhibition = draft.exhibition()
    draft.put(replace(exhibition, intro=LocalText.of(intro)))
    draft.close()


def test_publishing_an_unchanged_draft_makes_no_snapshot(runner, demo_home):
    home = str(demo_home.root)
    for force in ([], ["--force"]):
        result = runner.invoke(main, ["publish", *force, "--home", home])
        assert result.exit_code == 0
        assert result.output == (
            f"Nothing changed since {demo_home.current_snapshot().parent.name}; "
            "no new snapshot made.\n"
        )
    assert len(demo_home.snapshot_names()) == 1


def test_publish_rollback(runner, demo_home):
    home = str(demo_home.root)
    _change_the_draft(demo_home, "A second edition.")
    assert runner.invoke(main, ["publish", "--home", home]).exit_code == 0
    result = runner.invoke(main, ["publish", "--rollback", "--home", home])
    assert result.exit_code == 0 and "Rolled back" in result.output


def test_publish_rollback_to_a_name_and_snapshots_lists_them(runner, demo_home):
    home = str(demo_home.root)
    first = demo_home.snapshot_names()[0]
    _change_the_draft(demo_home, "A second edition.")
    runner.invoke(main, ["publish", "--home", home])
    second = demo_home.snapshot_names()[1]
    listed = runner.invoke(main, ["snapshots", "--home", home])
    assert listed.exit_code == 0
    lines = listed.output.splitlines()
    assert [line.split()[0] for line in lines] == [first, second]
    draft = demo_home.open_draft()
    counts = draft.counts()
    draft.close()
    assert (
        f"  {counts['events']} events, {counts['media']} media, {counts['artworks']} artworks, "
        f"{counts['programme_items']} pieces" in lines[0]
    )
    assert not lines[0].endswith("CURRENT") and lines[1].endswith("  CURRENT")
    result = runner.invoke(main, ["publish", "--rollback", first, "--home", home])
    assert result.exit_code == 0 and result.output == f"{first} is current again.\n"
    lines = runner.invoke(main, ["snapshots", "--home", home]).output.splitlines()
    assert lines[0].endswith("  CURRENT") and not lines[1].endswith("CURRENT")


def test_publish_rollback_to_an_unknown_name_lists_the_kept_ones(runner, demo_home):
    home = str(demo_home.root)
    result = runner.invoke(main, ["publish", "--home", home, "--rollback", "20990101T000000Z-01"])
    kept = demo_home.snapshot_names()[0]
    assert result.exit_code == 1 and result.output == (
        f"kiosk: {demo_home.snapshots_dir}: no snapshot '20990101T000000Z-01' is kept "
        f"(kept: {kept})\n"
    )


def test_snapshots_with_nothing_published_is_one_line(runner, home):
    result = runner.invoke(main, ["snapshots", "--home", str(home.root)])
    assert result.exit_code == 0
    assert result.output == (
        f"{home.root}: nothing is published yet; run: kiosk publish --home {home.root}\n"
    )


@pytest.mark.parametrize(
    "command", [["check"], ["publish"], ["export"], ["search", "x"], ["run", "--smoke"]]
)
def test_errors_are_one_line_naming_the_folder(runner, tmp_path, command):
    result = runner.invoke(main, [*command, "--home", str(tmp_path / "nowhere")])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.output
    assert str(tmp_path / "nowhere") in lines[0] and "kiosk init" in lines[0]


def test_a_broken_settings_file_is_one_line(runner, demo_home):
    demo_home.settings_file.write_text("[visitors\n")
    result = runner.invoke(main, ["check", "--home", str(demo_home.root)])
    assert result.exit_code == 1
    assert result.output.count("\n") == 1
    assert "settings.toml: line 1 ([visitors): expected ']'" in result.output


def test_import_prints_each_rejection_on_one_line_and_a_summary(runner, home, tmp_path):
    from tests.media_files import BAD, GOOD, usb_stick

    usb = usb_stick(tmp_path / "usb")
    result = runner.invoke(main, ["import", "--home", str(home.root), str(usb)])
    assert result.exit_code == 1
    rejected = [line for line in result.stderr.splitlines() if line.startswith("rejected: ")]
    assert len(rejected) == len(BAD)
    assert f"Imported {len(GOOD)}, already present 0, rejected {len(BAD)}." in result.stdout
    again = runner.invoke(main, ["import", "--home", str(home.root), str(usb / "DCIM")])
    assert again.exit_code == 0 and "Imported 0, already present 2" in again.stdout


def test_a_stick_of_good_and_bad_files_and_sheets_ends_in_a_home_that_passes_check(
    runner, demo_home, tmp_path
):
    """Good and bad media, a TimelineJS sheet with its photo, staff's descriptions of every
    file and a spreadsheet of the wrong kind: the summary counts each, and the result is
    publishable."""
    from tests.media_files import BAD, GOOD, descriptions_sheet, timeline_sheet, usb_stick

    usb = usb_stick(tmp_path / "usb")
    timeline_sheet(usb / "timeline")
    (usb / "budget.csv").write_text("item,cost\nframes,120\n")
    described = [str(p.relative_to(usb)) for p in usb.rglob("*") if p.name in GOOD]
    descriptions_sheet(usb, [*described, "timeline/photos/steps.jpg"])
    home = str(demo_home.root)
    result = runner.invoke(main, ["import", "--home", home, str(usb)])
    assert result.exit_code == 1
    assert f"Imported {len(GOOD) + 1}, already present 0, rejected {len(BAD) + 1}." in result.stdout
    assert "budget.csv: not a TimelineJS or kiosk metadata spreadsheet" in result.stderr
    assert "descriptions.csv: " in result.stdout and "change(s) made" in result.stdout
    assert "https://example.org/video.mp4: not available offline" in result.stderr
    checked = runner.invoke(main, ["check", "--home", home])
    assert checked.exit_code == 0 and "0 error(s)" in checked.stdout, checked.stdout
    assert "its media is on the web" in checked.stdout
    assert runner.invoke(main, ["publish", "--home", home]).exit_code == 0


def test_export_csv_writes_one_sheet_per_kind_and_dry_run_previews(runner, demo_home, tmp_path):
    home, out = str(demo_home.root), tmp_path / "sheets"
    result = runner.invoke(main, ["export", "--home", home, "--format", "csv", "--out", str(out)])
    assert result.exit_code == 0
    assert sorted(p.stem for p in out.iterdir()) == sorted(KINDS)
    header = (out / "media.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.startswith("media id,file,kind,sections,taken,sample,caption (en),caption (az),")
    text = (out / "programme.csv").read_text(encoding="utf-8-sig")
    (out / "programme.csv").write_text(text.replace("Vocalise", "Vocalise, Op. 34 No. 14", 1))
    preview = runner.invoke(main, ["import", "--home", home, "--dry-run", str(out)])
    assert preview.exit_code == 0, preview.output
    assert "programme.csv: would make 1 change(s):" in preview.stdout
    assert '"Vocalise, Op. 34 No. 14"' in preview.stdout
    assert "media.csv: no changes." in preview.stdout
    assert "Dry run: nothing was changed." in preview.stdout
    missing = runner.invoke(main, ["export", "--home", home, "--format", "csv"])
    assert missing.exit_code == 2 and "--format csv needs --out FOLDER" in missing.output


@pytest.mark.parametrize("command", [["check"], ["run", "--smoke"]])
def test_an_idle_time_beyond_qts_timer_is_one_line_from_check_as_from_run(
    runner, demo_home, command
):
    text = demo_home.settings_file.read_text().replace(
        "idle_seconds = 90", "idle_seconds = 2147484"
    )
    demo_home.settings_file.write_text(text)
    result = runner.invoke(main, [*command, "--home", str(demo_home.root)])
    assert result.exit_code == 1 and result.output.count("\n") == 1, result.output
    assert "settings.toml: idle_seconds = 2147484 is out of range (from 10 to 3600)" in (
        result.output
    )


def test_set_pin_reads_the_pin_from_standard_input_and_keeps_it_out_of_argv(runner, home):
    result = runner.invoke(main, ["set-pin", "--home", str(home.root)], input="2468\n")
    assert result.exit_code == 0, result.output
    assert "warning" not in result.output
    assert verify_pin("2468", home.settings().pin_hash)
    empty = runner.invoke(main, ["set-pin", "--home", str(home.root)], input="")
    assert empty.exit_code == 1 and "no PIN on standard input" in empty.output
    assert verify_pin("2468", home.settings().pin_hash)  # a failed attempt changes nothing


def test_set_pin_with_the_pin_in_argv_warns_that_it_stays_in_the_history(runner, home):
    result = runner.invoke(main, ["set-pin", "--pin", "1357", "--home", str(home.root)])
    assert result.exit_code == 0 and "warning: --pin leaves the PIN in the shell's history" in (
        result.output
    )
    assert verify_pin("1357", home.settings().pin_hash)


def test_set_pin_on_a_terminal_asks_twice_without_echo(monkeypatch):
    from kiosk.cli import _read_pin

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    answers = iter(["9753", "9752"])
    monkeypatch.setattr(sys, "stdin", Terminal())
    monkeypatch.setattr(getpass, "getpass", lambda prompt: next(answers))
    with pytest.raises(KioskError, match="the two PINs differ"):
        _read_pin()
    answers = iter(["9753", "9753"])
    assert _read_pin() == "9753"


def test_publish_rollback_without_current(runner, demo_home):
    home = str(demo_home.root)
    _change_the_draft(demo_home, "A second edition.")
    runner.invoke(main, ["publish", "--home", home])
    demo_home.current_file.unlink()
    result = runner.invoke(main, ["publish", "--rollback", "--home", home])
    assert result.exit_code == 0 and "Rolled back" in result.output, result.output
    assert demo_home.current_snapshot() is not None


def test_a_read_only_home_reads_and_refuses_writes_in_one_line(runner, demo_home, tmp_path):
    view = tmp_path / "read-only"
    with read_only_view(demo_home.root, view):
        home = ["--home", str(view)]
        for command in (["check"], ["search", "azerbaycan"], ["export"]):
            result = runner.invoke(main, [*command, *home])
            assert result.exit_code == 0, (command, result.output)
        csv_out = runner.invoke(main, ["export", "--format", "csv", "--out", str(tmp_path), *home])
        assert csv_out.exit_code == 0, csv_out.output
        for command, stdin in (
            (["import", str(tmp_path / "media.csv")], None),
            (["set-pin"], "2468\n"),
        ):
            result = runner.invoke(main, [*command, *home], input=stdin)
            lines = result.output.strip().splitlines()
            assert result.exit_code == 1 and "Traceback" not in result.output, result.output
            assert f"kiosk: {view}: HOME is read-only:" in lines[-1]


def test_a_full_disk_is_called_full(runner, tmp_path):
    with small_disk(tmp_path / "disk") as disk:
        home = ["--home", str(disk / "home")]
        assert runner.invoke(main, ["new", "--title", "Full", *home]).exit_code == 0
        fill_disk(disk)
        result = runner.invoke(main, ["publish", "--force", *home])
        assert result.exit_code == 1 and "Traceback" not in result.output, result.output
        assert "the disk holding HOME is full" in result.output.strip().splitlines()[-1]


def test_a_sheet_with_a_note_on_every_row_prints_ten_and_how_many_more(runner, home, tmp_path):
    from tests.media_files import timeline_sheet

    rows = [f"1990,1,{n + 1},,,,,,,Event {n},,missing-{n}.jpg,,,,,," for n in range(25)]
    sheet = timeline_sheet(tmp_path / "usb", rows=rows)
    result = runner.invoke(main, ["import", "--home", str(home.root), str(sheet)])
    notes = [line for line in result.stderr.splitlines() if line.startswith("note: ")]
    assert len(notes) == 11 and "missing-0.jpg: no such file" in notes[0]
    assert notes[-1] == f"note: … and 15 more notes in {sheet}"


def test_a_line_break_in_a_file_name_cannot_split_or_forge_a_message(runner, home, tmp_path):
    from tests.hostile import FORGED_LINE, name_with_a_newline
    from tests.media_files import photo

    usb = tmp_path / "usb"
    name_with_a_newline(usb).write_text("not a picture")
    photo(name_with_a_newline(usb / "good"))
    imported = runner.invoke(main, ["import", "--home", str(home.root), str(usb)])
    checked = runner.invoke(main, ["check", "--home", str(home.root)])
    for result in (imported, checked):
        lines = result.output.splitlines()
        assert FORGED_LINE not in lines and "\x1b" not in result.output
        assert all(
            line.startswith(("rejected: ", "note: ", "Imported ", "error: ", "0 e", "4 e"))
            for line in lines
        ), lines
    (rejected,) = [line for line in imported.stderr.splitlines() if line.startswith("rejected")]
    assert rejected.startswith(f"rejected: {usb}/evil\\n{FORGED_LINE}\\x1b[2K.jpg: not a picture")
    assert sum("forged.jpg" in line for line in checked.stdout.splitlines()) == 3


def test_hours_are_shown_and_give_the_restart_timer(runner, home):
    home.save_settings(replace(home.settings(), opens="10:00", closes="18:00"))
    shown = runner.invoke(main, ["hours", "--home", str(home.root)])
    assert shown.exit_code == 0, shown.output
    assert "Hours: open 10:00–18:00." in shown.output
    assert "Nightly restart: 18:00, between two visits." in shown.output
    timer = runner.invoke(main, ["hours", "--timer", "--home", str(home.root)])
    assert timer.output.endswith("OnCalendar=\nOnCalendar=*-*-* 18:00:00\n")


def test_wrong_hours_are_refused_by_name(runner, home):
    text = home.settings_file.read_text().replace('opens = ""', 'opens = "9am"')
    home.settings_file.write_text(text.replace('closes = ""', 'closes = "18:00"'))
    refused = runner.invoke(main, ["hours", "--home", str(home.root)])
    assert refused.exit_code != 0
    assert "opens = '9am' is not a time like" in refused.output


def test_restart_asks_the_running_kiosk_to_restart_between_visits(runner, home):
    said = runner.invoke(main, ["restart", "--home", str(home.root), "--reason", "upgrade to 2"])
    assert said.exit_code == 0, said.output
    assert restarts.take_request(home) == "upgrade to 2"


def _count_two_visits(home) -> None:
    from kiosk.content.usage import End, Kind
    from kiosk.services.stats import Recorder

    recorder = Recorder(home.stats_file, 90, lambda: 0.0)
    recorder.start()
    for language in ("az", "lt"):
        recorder.visit_began(language, 1, [])
        recorder.happened(Kind.SCREEN, "chronology")
        recorder.happened(Kind.ITEM, "event:baku-night-1990")
        recorder.visit_ended(End.IDLE)
    recorder.stop()


def test_stats_before_any_visit_says_so(runner, tmp_path):
    result = runner.invoke(main, ["stats", "--home", str(tmp_path / "home")])
    assert result.exit_code == 0, result.output
    assert "No visits counted yet" in result.output and "Visits from" in result.output
    assert not (tmp_path / "home" / "stats.db").exists()


def test_stats_prints_a_table_and_writes_csv_and_a_report_with_charts(runner, demo_home, tmp_path):
    _count_two_visits(demo_home)
    report = tmp_path / "report.html"
    result = runner.invoke(
        main,
        [
            "stats",
            "--home",
            str(demo_home.root),
            "--csv",
            str(tmp_path / "csv"),
            "--report",
            str(report),
        ],
    )
    assert result.exit_code == 0, result.output
    assert ": 2" in result.output.splitlines()[0]  # Visits from ... to ...: 2
    assert "The night of 19–20 January 1990" in result.output  # by its title, not its key
    assert "Azərbaycanca" in result.output and "Lietuvių" in result.output
    assert (tmp_path / "csv" / "visits-per-day.csv").is_file()
    page = report.read_text(encoding="utf-8")
    assert page.count("data:image/png;base64,") >= 5


def test_stats_refuses_a_day_it_cannot_read_in_one_line(runner, tmp_path):
    result = runner.invoke(main, ["stats", "--since", "1 May", "--home", str(tmp_path)])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output
