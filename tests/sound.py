"""A sound device of the tests' own: a private PulseAudio server whose one output is a null sink.

The kiosk plays excerpts into it as into a real card, silently, and a test can also run the
kiosk with no device at all. Never the machine's own server: the tests make no noise, and a
server that accepts but never answers (a stale socket) would stall QtMultimedia for its 30 s
connection timeout at every excerpt."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

NO_SOUND = "unix:/nonexistent/kiosk-tests-have-no-sound"


@contextmanager
def null_sink(folder: Path) -> Iterator[str | None]:
    """The address of a PulseAudio server with a null output, for as long as the block runs;
    None where PulseAudio is not installed (make test installs it as root)."""
    if shutil.which("pulseaudio") is None:
        yield None
        return
    socket = folder / "native"
    server = subprocess.Popen(
        [
            *("pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1"),
            *("--use-pid-file=no", "--disable-shm=yes", "--log-target=stderr"),
            *("-L", "module-null-sink sink_name=kiosk_tests"),
            *("-L", f"module-native-protocol-unix socket={socket} auth-anonymous=1"),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "HOME": str(folder), "XDG_RUNTIME_DIR": str(folder)},
    )
    try:
        end = time.monotonic() + 10
        while not socket.exists() and server.poll() is None and time.monotonic() < end:
            time.sleep(0.05)
        yield f"unix:{socket}" if socket.exists() else None
    finally:
        server.terminate()
        try:
            server.wait(5)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
