"""The one place the kiosk's Python types are made known to QML (module Kiosk.Backend).

As Uranium's `register()`: nothing is registered by importing a module; the app calls
`register()` before it loads QML. The same list tells the build what qmllint must be told:

    python -m kiosk.ui.registry --sources       the files that define the types, one a line
    python -m kiosk.ui.registry --describe F    marks them in F, pyside6-metaobjectdump's output

pyside6-metaobjectdump learns that a class is a QML element, or a singleton, only from
decorators (@QmlElement, @QmlSingleton), which would also register it at import; so its output
is completed from here instead, and qmllint still checks QML's use of every type.
"""

from __future__ import annotations

import functools
import inspect
import json
import sys
from pathlib import Path

from PySide6.QtQml import qmlRegisterSingletonType, qmlRegisterType, qmlRegisterUncreatableType

from kiosk.ui.access import Access
from kiosk.ui.audio import Audio
from kiosk.ui.detail import ItemDetail
from kiosk.ui.exhibition import Exhibition
from kiosk.ui.gallery import Gallery
from kiosk.ui.idle import Idle
from kiosk.ui.media_filter import MediaFilter
from kiosk.ui.navigator import Navigator
from kiosk.ui.opening_hours import OpeningHours
from kiosk.ui.photo_sequence import PhotoSequence
from kiosk.ui.search import Search
from kiosk.ui.speech import Speech
from kiosk.ui.staff import Staff
from kiosk.ui.staff_panel import StaffPanel
from kiosk.ui.subtitles import Subtitles
from kiosk.ui.visit import Visit

URI = "Kiosk.Backend"
MAJOR, MINOR = 1, 0
PROJECT = Path(__file__).resolve().parents[2]

# One per engine, each found by its `create(engine)` among the controllers the app built.
SINGLETONS = (
    Visit,
    Exhibition,
    Gallery,
    Navigator,
    Idle,
    Staff,
    StaffPanel,
    Audio,
    OpeningHours,
    Search,
    Access,
    Speech,
)
# Made by QML wherever it declares one.
ELEMENTS = (Subtitles, ItemDetail, PhotoSequence)
# Never made by QML, only named for their enums (MediaFilter.Track), each with the reason QML
# gives if one is declared.
UNCREATABLE = {MediaFilter: "MediaFilter only names the media filters' groups"}
TYPES = (*SINGLETONS, *ELEMENTS, *UNCREATABLE)


@functools.cache  # Qt's type registry belongs to the process: once is enough
def register() -> None:
    """Make every type of Kiosk.Backend known to QML. Call it before the process makes its
    first QML engine: types registered after one (even one deleted since) leave later engines
    unable to load QtQuick items ("Cannot assign object of type QQuickImage ...")."""
    for singleton in SINGLETONS:
        name = singleton.__name__
        qmlRegisterSingletonType(singleton, URI, MAJOR, MINOR, name, singleton.create)
    for element in ELEMENTS:
        qmlRegisterType(element, URI, MAJOR, MINOR, element.__name__)
    for named, reason in UNCREATABLE.items():
        qmlRegisterUncreatableType(named, URI, MAJOR, MINOR, named.__name__, reason)


def sources() -> list[str]:
    """The files defining the types, relative to the project, for pyside6-metaobjectdump."""
    files = (Path(inspect.getsourcefile(t)).resolve() for t in TYPES)
    return list(dict.fromkeys(str(f.relative_to(PROJECT)) for f in files))


def describe(metatypes: list[dict]) -> list[dict]:
    """pyside6-metaobjectdump's classes, each registered one marked as decorators would have."""
    marks = {t.__name__: _marks(t) for t in TYPES}
    found = set()
    for source in metatypes:
        for cls in source["classes"]:
            if cls["className"] in marks:
                cls["classInfos"] = marks[cls["className"]]
                found.add(cls["className"])
    if missing := sorted(marks.keys() - found):
        raise ValueError(f"not in the metatypes: {', '.join(missing)} (run it on sources())")
    return metatypes


def _marks(registered: type) -> list[dict[str, str]]:
    element = [{"name": "QML.Element", "value": registered.__name__}]
    if registered in SINGLETONS:
        return [*element, {"name": "QML.Singleton", "value": "true"}]
    if registered in UNCREATABLE:
        return [
            *element,
            {"name": "QML.Creatable", "value": "false"},
            {"name": "QML.UncreatableReason", "value": UNCREATABLE[registered]},
        ]
    return element


def main(args: list[str]) -> int:
    if args == ["--sources"]:
        print("\n".join(sources()))
        return 0
    if len(args) == 2 and args[0] == "--describe":
        path = Path(args[1])
        try:
            described = describe(json.loads(path.read_text()))
        except ValueError as error:
            print(f"{path}: {error}", file=sys.stderr)
            return 1
        path.write_text(json.dumps(described, indent=4))
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
