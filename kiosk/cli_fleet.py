"""`kiosk keys`, `kiosk bundle` and `kiosk fleet`: exhibitions signed on the staff PC, carried
to the kiosks by a USB stick, rsync or Syncthing, and the kiosks' health carried back.
Registered on the `kiosk` command by kiosk.cli."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import click

from kiosk.services.home import KioskHome


def commands(say: Callable[[str], None], with_home: Callable) -> list[click.Command]:
    """The groups, built with kiosk.cli's printer and --home option."""

    @click.group()
    def keys() -> None:
        """The museum's signing key, which kiosks trust to install bundles."""

    @keys.command("new")
    @with_home
    def keys_new(home: KioskHome) -> None:
        """Make the museum's signing key (once, on the staff PC) and print its public key."""
        from kiosk.services.signing import key_file, new_key

        public = new_key(home)
        say(f"Signing key: {key_file(home)} (keep a copy somewhere safe; share it with no one).")
        say("On every kiosk, trust its public key:")
        say(f"  kiosk keys trust {public} --home KIOSK-HOME")

    @keys.command("show")
    @with_home
    def keys_show(home: KioskHome) -> None:
        """Print the public key of the museum's signing key, for kiosks to trust."""
        from kiosk.content.errors import KioskError
        from kiosk.services.signing import key_file, public_key

        if not key_file(home).exists():
            raise KioskError(
                f"{home.root}: holds no signing key (a kiosk only trusts one); the museum's is "
                "on the staff PC: run `kiosk keys show` there, then `kiosk keys trust KEY` here"
            )
        say(public_key(home))

    @keys.command("trust")
    @click.argument("public_key")
    @with_home
    def keys_trust(home: KioskHome, public_key: str) -> None:
        """On a kiosk: install the bundles signed by PUBLIC_KEY (as `kiosk keys show` prints
        it), by adding it to settings.toml's [fleet] trusted_keys."""
        from kiosk.services.signing import trust

        if trust(home, public_key):
            say(f"{home.settings_file}: now trusts {public_key}: bundles it signs are installed.")
        else:
            say(f"{home.settings_file}: trusts {public_key} already.")

    @click.group()
    def bundle() -> None:
        """Exhibition bundles: the published snapshot as one signed folder, and installing one."""

    @bundle.command("export")
    @click.option(
        "--out",
        "out_dir",
        type=click.Path(file_okay=False, path_type=Path),
        required=True,
        help="The bundle's folder (made if missing). Export again into the same folder, and "
        "only what changed is copied.",
    )
    @click.option(
        "--checksum",
        is_flag=True,
        help="Read back the files already in the folder, and rewrite those that differ.",
    )
    @with_home
    def bundle_export(home: KioskHome, out_dir: Path, checksum: bool) -> None:
        """Write the published snapshot to a folder, signed with the museum's key."""
        from kiosk.services.bundle_export import export_bundle

        with _bar("Exporting") as show:
            done = export_bundle(home, out_dir, checksum=checksum, progress=show)
        say(
            f"Bundle of snapshot {done.snapshot} in {out_dir}: {done.files} files, "
            f"{done.copied} copied ({done.copied_bytes / 1e6:.1f} MB), {done.removed} removed."
        )

    @bundle.command("install")
    @click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
    @with_home
    def bundle_install(home: KioskHome, folder: Path) -> None:
        """Verify a bundle and make its snapshot current; a running kiosk shows it at its next
        attract loop. Anything wrong, and nothing changes."""
        from kiosk.services.bundle_install import install_bundle

        with _bar("Verifying") as show:
            done = install_bundle(home, folder, progress=show)
        how = "installed" if done.new else "kept already; current again"
        say(f"Snapshot {done.snapshot}: {how}. The kiosk shows it at its next attract loop.")

    @bundle.command("verify")
    @click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
    @with_home
    def bundle_verify(home: KioskHome, folder: Path) -> None:
        """Check a bundle as a kiosk would, copying nothing: signed by a key this home trusts
        or holds, every file there and unaltered, the archive sound. Exits 1 if not."""
        from kiosk.services.bundle_install import verify_bundle
        from kiosk.services.signing import key_file, public_key

        trusted = list(home.settings().trusted_keys)
        if key_file(home).exists():
            trusted.append(public_key(home))
        manifest = verify_bundle(folder, trusted)
        say(f"{folder}: a whole bundle of snapshot {manifest.snapshot}, signed by {manifest.key}.")

    @click.group()
    def fleet() -> None:
        """The kiosks' status files, brought back by the same transport."""

    @fleet.command("status")
    @click.argument("folder", type=click.Path(file_okay=False, exists=True, path_type=Path))
    @click.option(
        "--stale-minutes",
        type=click.IntRange(min=1),
        default=60,
        show_default=True,
        help="A status written longer ago than this is marked stale.",
    )
    @with_home
    def fleet_status(home: KioskHome, folder: Path, stale_minutes: int) -> None:
        """A table of the kiosks whose status.json files are under FOLDER; stale or failing
        ones are marked. Exits 1 if any is."""
        from kiosk.services.fleet import fleet_table

        lines, marked = fleet_table(folder, stale_minutes)
        for line in lines:
            say(line)
        if marked:
            raise click.exceptions.Exit(1)

    return [keys, bundle, fleet]


@contextlib.contextmanager
def _bar(label: str) -> Iterator[Callable[[int, int], None]]:
    """A progress bar of files on a terminal; nothing elsewhere."""
    state: dict = {}

    def show(done: int, total: int) -> None:
        if not sys.stderr.isatty() or not total:
            return
        if "bar" not in state:
            state["bar"] = click.progressbar(length=total, label=label, file=sys.stderr)
            state["done"] = 0
        state["bar"].update(done - state["done"])
        state["done"] = done

    try:
        yield show
    finally:
        if "bar" in state:
            state["bar"].render_finish()
