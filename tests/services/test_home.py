import pytest

from kiosk.content.errors import HomeError, KioskError
from kiosk.content.settings import Settings
from kiosk.services.home import KioskHome


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
        (("idle_seconds = 90", 'idle_seconds = "soon"'), "idle_seconds must be a int"),
        (("idle_seconds = 90", "idle_secs = 9"), "unknown setting 'idle_secs'"),
        (('default_language = "en"', 'default_language = "fr"'), "default_language 'fr'"),
        (("[visitors]", "[visitors"), "not a valid settings file"),
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
