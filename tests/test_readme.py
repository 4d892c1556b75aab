"""The README's command table says what `kiosk --help` says: every command and every option
is there, and nothing that is not (it is written by hand, so a test keeps it from drifting)."""

from __future__ import annotations

import re

import click

from kiosk.cli import main
from tests.conftest import PROJECT

EVERY_COMMAND_HAS = {"--home", "--help"}  # said once above the table


def _table() -> dict[str, set[str]]:
    """Per command, the options its rows of the README's table mention."""
    readme = (PROJECT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Command line", 1)[1].split("\n## ", 1)[0]
    found: dict[str, set[str]] = {}
    for line in section.splitlines():
        command = re.match(r"^\| `kiosk ([\w-]+)", line)
        if command:
            synopsis, text = line.split("|")[1], "|".join(line.split("|")[2:])
            text = re.sub(r"`kiosk [^`]*`", "", text)  # another command's options, quoted
            options = set(re.findall(r"(?<![\w-])--[a-z][\w-]*", synopsis + text))
            found.setdefault(command[1], set()).update(options)
    return found


def _help() -> dict[str, set[str]]:
    return {
        name: _options(command) - EVERY_COMMAND_HAS
        for name, command in main.commands.items()
        if not command.hidden  # as --help: `kiosk stopped` is the service's, not a person's
    }


def _options(command: click.Command) -> set[str]:
    """A command's options; a group's (`kiosk bundle`), those of its commands."""
    if isinstance(command, click.Group):
        return set().union(*(_options(c) for c in command.commands.values()))
    return {o for p in command.params for o in p.opts if o.startswith("--")}


def test_the_command_table_has_every_command_and_option_and_no_other():
    assert _table() == _help()
