"""Mark the Python properties declared `constant=True` as constant in pyside6-metaobjectdump's
JSON, which drops the flag; without it qmllint takes a constant model for one that may change
unannounced (stale-property-read).

Usage: python scripts/qml_constants.py DUMP.json SOURCE.py...  (rewrites DUMP.json)"""

from __future__ import annotations

import ast
import json
import sys
from pathlib import Path


def constants(source: Path) -> set[tuple[str, str]]:
    """(class, property) for each `@Property(..., constant=True)` or `x = Property(...)` one."""
    found = set()
    for cls in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
        if not isinstance(cls, ast.ClassDef):
            continue
        for node in cls.body:
            if isinstance(node, ast.FunctionDef):
                calls = [(node.name, d) for d in node.decorator_list]
            elif isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
                calls = [(node.targets[0].id, node.value)]
            else:
                continue
            found |= {(cls.name, name) for name, call in calls if _is_constant(call)}
    return found


def _is_constant(call: ast.AST) -> bool:
    return (
        isinstance(call, ast.Call)
        and getattr(call.func, "id", getattr(call.func, "attr", "")) == "Property"
        and any(k.arg == "constant" and getattr(k.value, "value", False) for k in call.keywords)
    )


def main(dump: str, *sources: str) -> None:
    marked = set().union(*(constants(Path(s)) for s in sources))
    files = json.loads(Path(dump).read_text(encoding="utf-8"))
    for file in files:
        for cls in file["classes"]:
            for prop in cls.get("properties", []):
                if (cls["className"], prop["name"]) in marked:
                    prop["constant"] = True
    Path(dump).write_text(json.dumps(files, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main(*sys.argv[1:])
