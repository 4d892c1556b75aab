"""Every QML delegate asks only for roles its model has, of the type the row gives.

A delegate's `required property` is filled from the model's role of the same name; a name no
role has leaves the delegate unmade at run time, or `undefined` on screen. The QML is read
here, with no window: each view whose model is a backend list model (`model: Exhibition.events`),
its delegate's required properties (and those its type declares in its own file and the
delegate does not set), against the fields of the model's row dataclass.
"""

from __future__ import annotations

import re
import typing
from dataclasses import dataclass
from pathlib import Path

from kiosk.services.exhibit import Exhibit
from kiosk.services.rows import field_names
from kiosk.ui.exhibition import Exhibition
from kiosk.ui.gallery import Gallery

QML = Path(__file__).parents[2] / "kiosk/ui/qml/Kiosk"
MODEL = re.compile(r"^\s*model:\s*(Exhibition|Gallery)\.(\w+)\s*$")
REQUIRED = re.compile(r"^\s*required property (\w+) (\w+)")
ASSIGNED = re.compile(r"^\s*(\w+)\s*:")
OBJECT = re.compile(r"^\s*(?:delegate:\s*)?([A-Z]\w*)\s*\{")
FROM_THE_VIEW = {"index", "model"}  # every view gives these, whatever the model
QML_TYPES = {str: "string", int: "int", float: "real", bool: "bool"}


@dataclass
class Delegate:
    where: str  # file:line of the model
    singleton: str
    model: str
    needs: dict[str, str]  # required property -> its QML type


def test_every_delegate_needs_only_roles_its_model_has(qapp, built_demo):
    models = _backend_models(built_demo)
    delegates = list(_delegates(QML))
    faults = [fault for d in delegates for fault in _faults(d, models)]
    assert faults == []
    # The check reads every backend model that QML shows, not a lucky few.
    assert {(d.singleton, d.model) for d in delegates} >= {
        ("Exhibition", name) for name in ("sections", "events", "tracks", "eras")
    } | {("Exhibition", name) for name in ("highlights", "artworks", "programme")} | {
        ("Gallery", "media")
    }


def test_a_misspelt_role_is_caught(qapp, built_demo, tmp_path):
    copy = tmp_path / "Kiosk"
    for path in QML.rglob("*.qml"):
        target = copy / path.relative_to(QML)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    card = copy / "components/EventCard.qml"
    card.write_text(card.read_text().replace("property int lane", "property int lame"))
    faults = [f for d in _delegates(copy) for f in _faults(d, _backend_models(built_demo))]
    # The landscape timeline's measured cards are EventCards made from rows with no `lame`.
    assert faults == ["Exhibition.tallestEvents: no role 'lame' (TimelineAcross.qml)"]


def _backend_models(home) -> dict[tuple[str, str], type]:
    exhibit = Exhibit.load(home)
    exhibition = Exhibition(exhibit, "en")
    models = {("Exhibition", name): model for name, model in exhibition.models().items()}
    models["Gallery", "media"] = Gallery(exhibit, "en").media
    return {name: model.row_type() for name, model in models.items()}


def _faults(delegate: Delegate, models: dict[tuple[str, str], type]) -> list[str]:
    name = f"{delegate.singleton}.{delegate.model}"
    row_type = models.get((delegate.singleton, delegate.model))
    if row_type is None:
        return [f"{name}: not a backend list model ({delegate.where})"]
    hints = typing.get_type_hints(row_type)
    found = []
    for prop, qml_type in delegate.needs.items():
        if prop in FROM_THE_VIEW:
            continue
        if prop not in field_names(row_type):
            found.append(f"{name}: no role {prop!r} ({delegate.where.split(':')[0]})")
        elif QML_TYPES.get(hints[prop]) != qml_type:
            found.append(f"{name}: {prop} is {hints[prop].__name__}, not {qml_type}")
    return found


def _delegates(root: Path):
    for path in sorted(root.rglob("*.qml")):
        lines = [line.split("//", 1)[0] for line in path.read_text(encoding="utf-8").splitlines()]
        for number, line in enumerate(lines):
            if match := MODEL.match(line):
                start, end = _enclosing_block(lines, number)
                needs = _delegate_needs(root, lines, start, end)
                yield Delegate(f"{path.name}:{number + 1}", *match.groups(), needs)


def _delegate_needs(root: Path, lines: list[str], start: int, end: int) -> dict[str, str]:
    """The required properties of the view's delegate: the `delegate:` object, else the view's
    first child object (a Repeater's default property)."""
    children = _children(lines, start, end)  # `header: Column {` is no child: not matched
    chosen = next(
        (n for n in children if "delegate:" in lines[n]), children[0] if children else None
    )
    assert chosen is not None, f"a view with no delegate at line {start + 1}"
    first, last = _block_at(lines, chosen)
    own = _top_level(lines, first, last)
    needs = {m[2]: m[1] for n in own if (m := REQUIRED.match(lines[n]))}
    set_here = {m[1] for n in own if (m := ASSIGNED.match(lines[n]))}
    type_file = next(root.rglob(f"{OBJECT.match(lines[chosen])[1]}.qml"), None)
    if type_file is not None:
        inherited = _required_of(type_file)
        needs |= {name: t for name, t in inherited.items() if name not in set_here}
    return needs


def _required_of(path: Path) -> dict[str, str]:
    lines = [line.split("//", 1)[0] for line in path.read_text(encoding="utf-8").splitlines()]
    root = next(n for n, line in enumerate(lines) if OBJECT.match(line))
    first, last = _block_at(lines, root)
    return {m[2]: m[1] for n in _top_level(lines, first, last) if (m := REQUIRED.match(lines[n]))}


def _depths(lines: list[str]) -> list[int]:
    """Each line's brace depth at its start, and the depth after the last line."""
    depth, found = 0, []
    for line in lines:
        found.append(depth)
        depth += line.count("{") - line.count("}")
    return [*found, depth]


def _enclosing_block(lines: list[str], number: int) -> tuple[int, int]:
    depths = _depths(lines)
    start = max(n for n in range(number) if depths[n] < depths[number] and "{" in lines[n])
    return _block_at(lines, start)


def _block_at(lines: list[str], start: int) -> tuple[int, int]:
    """The lines of the object opened at `start`, to its closing brace."""
    depths = _depths(lines)
    end = next(n for n in range(start + 1, len(lines)) if depths[n + 1] <= depths[start])
    return start, end


def _top_level(lines: list[str], start: int, end: int) -> list[int]:
    depths = _depths(lines)
    return [n for n in range(start + 1, end + 1) if depths[n] == depths[start] + 1]


def _children(lines: list[str], start: int, end: int) -> list[int]:
    return [n for n in _top_level(lines, start, end) if OBJECT.match(lines[n])]
