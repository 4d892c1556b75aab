import os
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from kiosk.cli import main
from kiosk.content.errors import HomeError, KioskError
from kiosk.content.settings import Settings
from kiosk.services.home import KioskHome
from kiosk.services.pin_lockout import PinLockout
from tests.media_files import photo


def test_home_comes_from_the_option_then_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("KIOSK_HOME", str(tmp_path / "from-env"))
    assert KioskHome.resolve(tmp_path / "given").root == tmp_path / "given"
    assert KioskHome.resolve(None).root == tmp_path / "from-env"


def test_without_either_the_home_is_the_user_data_folder(monkeypatch):
    monkeypatch.delenv("KIOSK_HOME", raising=False)
    assert KioskHome.resolve(None).root.name == "museum-kiosk"


def test_create_writes_default_settings_that_read_back(tmp_path):
    home = KioskHome.resolve(tmp_path)
    home.create()
    assert home.settings() == Settings()
    assert "idle_seconds = 90" in home.settings_file.read_text()
    assert home.inbox_dir.is_dir()  # where bundles are copied to: there to be found


def test_edited_settings_are_used(tmp_path):
    home = KioskHome.resolve(tmp_path)
    home.create()
    text = home.settings_file.read_text().replace("idle_seconds = 90", "idle_seconds = 30")
    home.settings_file.write_text(text)
    assert home.settings().idle_seconds == 30


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (
            ("idle_seconds = 90", "idle_seconds = -1"),
            r"idle_seconds = -1 is out of range \(from 10",
        ),
        (("idle_seconds = 90", 'idle_seconds = "soon"'), "idle_seconds must be a whole number"),
        (("idle_seconds = 90", "idle_secs = 9"), "unknown setting 'idle_secs'"),
        (('default_language = "en"', 'default_language = "fr"'), "default_language 'fr'"),
        (("[visitors]", "[visitors"), r"line 3 \(\[visitors\): expected '\]'"),
    ],
)
def test_a_bad_setting_names_the_file_and_the_reason(tmp_path, edit, message):
    home = KioskHome.resolve(tmp_path)
    home.create()
    home.settings_file.write_text(home.settings_file.read_text().replace(*edit))
    with pytest.raises(KioskError, match=message) as error:
        home.settings()
    assert "settings.toml" in str(error.value)


def test_a_folder_that_is_not_a_home_says_how_to_make_one(tmp_path):
    with pytest.raises(HomeError, match="run: kiosk init"):
        KioskHome.resolve(tmp_path).open_draft()


def test_a_home_without_a_draft_says_init_was_interrupted(tmp_path):
    home = KioskHome.resolve(tmp_path)
    home.create()
    with pytest.raises(HomeError, match="interrupted.*kiosk init"):
        home.open_draft()


def test_every_file_and_folder_of_a_home_follows_the_permissions_model(tmp_path):
    """The kiosk runs as its own user: it must read all that staff import and publish (files
    0644, folders 2755 so that all keeps the home's group, a snapshot's files 0444), read the
    settings that only the home's group may (0640: the PIN's hash) and write HOME/logs (2775,
    files 0664), whatever the umask of the staff member running the commands."""
    photo(tmp_path / "usb" / "steps.jpg")
    home = tmp_path / "home"
    home.mkdir(mode=0o700)  # made beforehand by a staff member with umask 077
    runner, before = CliRunner(), os.umask(0o077)
    try:
        for args, stdin in [
            (["init"], None),
            (["new", "--title", "Steps"], None),
            (["import", str(tmp_path / "usb")], None),
            (["publish", "--force"], None),
            (["set-pin"], "2468\n"),
        ]:
            result = runner.invoke(main, [*args, "--home", str(home)], input=stdin)
            assert result.exit_code == 0, result.output
    finally:
        os.umask(before)
    PinLockout.load(KioskHome.resolve(home).pin_lockout_file).wrong_pin()
    wrong = {
        str(path.relative_to(home)): oct(stat.S_IMODE(path.stat().st_mode))
        for path in [home, *home.rglob("*")]
        if stat.S_IMODE(path.stat().st_mode) != _expected_mode(path.relative_to(home), path)
    }
    assert not wrong
    assert (home / "logs" / "pin-lockout.json").exists()


def _expected_mode(relative: Path, path: Path) -> int:
    if relative.parts[:1] == ("logs",):
        return 0o2775 if path.is_dir() else 0o664
    if path.is_dir():
        return 0o2755
    if relative.parts[:1] == ("snapshots",) and len(relative.parts) == 3:
        return 0o444
    return 0o640 if relative == Path("settings.toml") else 0o644
