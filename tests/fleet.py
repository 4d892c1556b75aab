"""A museum's staff PC and its kiosks, for the tests of bundles, the inbox and fleets."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.content import model as m
from kiosk.content.text import LocalText
from kiosk.services.bundle_export import export_bundle
from kiosk.services.home import KioskHome
from kiosk.services.ingest import import_media
from kiosk.services.publish import publish
from kiosk.services.signing import new_key, public_key, trust
from tests.media_files import photo


def publish_titled(home: KioskHome, title: str, *photos: Path) -> str:
    """Publish the draft under `title`, with `photos` imported first; the snapshot's name."""
    draft = home.open_draft()
    draft.put(m.Exhibition("ex", LocalText.of(title)))
    draft.close()
    if photos:
        import_media(home, list(photos))
    return publish(home, force=True).name  # photos without alt text are errors


def shown_title(home: KioskHome) -> str:
    archive = home.open_published()
    try:
        return archive.exhibition().title.get("en")
    finally:
        archive.close()


def exported(staff: KioskHome, out: Path) -> Path:
    export_bundle(staff, out)
    return out


@pytest.fixture
def staff(home: KioskHome, tmp_path: Path) -> KioskHome:
    """The staff PC: a signing key, and an exhibition "First" of two photos, published."""
    new_key(home)
    red, blue = photo(tmp_path / "a.jpg"), photo(tmp_path / "b.jpg", colour=(9, 9, 90))
    publish_titled(home, "First", red, blue)
    return home


@pytest.fixture
def kiosk(staff: KioskHome, tmp_path: Path) -> KioskHome:
    """A kiosk PC that trusts the staff's key and has nothing yet: no draft, no snapshot."""
    home = KioskHome.resolve(tmp_path / "kiosk")
    home.create()
    trust(home, public_key(staff))
    return home
