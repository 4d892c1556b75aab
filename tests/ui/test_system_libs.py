"""`kiosk run` names the system libraries its platform lacks instead of letting Qt abort."""

from __future__ import annotations

import shutil

import pytest

from kiosk.content.errors import KioskError
from kiosk.ui import app, system_libs


def test_qt_chooses_the_platform_asked_for_then_wayland_alone_then_x11():
    assert system_libs.chosen_platform({"QT_QPA_PLATFORM": "wayland;xcb"}) == "wayland"
    assert system_libs.chosen_platform({"WAYLAND_DISPLAY": "wayland-0"}) == "wayland"
    assert system_libs.chosen_platform({"WAYLAND_DISPLAY": "w", "DISPLAY": ":0"}) == "xcb"
    assert system_libs.chosen_platform({"DISPLAY": ":0"}) == "xcb"


def test_a_platform_plugin_whose_library_is_missing_is_named_with_its_package(
    tmp_path, monkeypatch
):
    # Qt's own xcb plugin, its need for libxcb-icccm renamed to a library no machine has.
    qt = system_libs.qt_dir()
    plugins = tmp_path / "plugins" / "platforms"
    plugins.mkdir(parents=True)
    plugin = (qt / "plugins" / "platforms" / "libqxcb.so").read_bytes()
    assert b"libxcb-icccm.so.4" in plugin
    (plugins / "libqxcb.so").write_bytes(plugin.replace(b"libxcb-icccm.so.4", b"libxcb-iccXm.so.4"))
    monkeypatch.setattr(system_libs, "qt_dir", lambda: tmp_path)
    monkeypatch.setenv("LD_LIBRARY_PATH", str(qt / "lib"))  # its Qt libraries, as in the wheel
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")

    assert "libxcb-iccXm.so.4" in system_libs.missing_for("xcb")
    with pytest.raises(KioskError, match="xcb platform cannot start: libxcb-iccXm.so.4"):
        app._choose_platform(smoke=False)


def test_every_library_the_platforms_need_is_here_after_make():
    if shutil.which("ldd") is None:
        pytest.skip("no ldd")
    for platform in ("xcb", "wayland", "offscreen"):
        assert system_libs.missing_for(platform) == [], platform
