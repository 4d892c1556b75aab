"""The operating system's calls do their work on Linux and do nothing, saying so, elsewhere."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kiosk import system

LINUX = sys.platform == "linux"


def test_a_file_locked_by_one_holder_is_refused_to_the_next_until_it_is_closed(tmp_path):
    lock = tmp_path / ".lock"
    with lock.open("w") as first:
        assert system.lock_exclusively(first)
        with lock.open("w") as second:
            assert not system.lock_exclusively(second)
    with lock.open("w") as third:
        assert system.lock_exclusively(third)


# A child starts a grandchild that asks to die with its parent, then the child ends.
ORPHAN = """
import subprocess, sys
grandchild = subprocess.Popen([sys.executable, "-c",
    "import sys, time; from kiosk import system; "
    "print(system.die_with_parent(), flush=True); time.sleep(60)"],
    stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
print(grandchild.pid, grandchild.stdout.readline().strip(), flush=True)
"""


@pytest.mark.skipif(not LINUX, reason="Linux's prctl")
def test_a_process_that_asked_dies_with_its_parent():
    done = subprocess.run(
        [sys.executable, "-c", ORPHAN], capture_output=True, text=True, timeout=30
    )
    pid, asked = done.stdout.split()
    assert asked == "True"
    deadline = time.monotonic() + 10
    while _alive(int(pid)) and time.monotonic() < deadline:
        time.sleep(0.05)
    try:
        assert not _alive(int(pid))
    finally:
        if _alive(int(pid)):
            os.kill(int(pid), signal.SIGKILL)


def _alive(pid: int) -> bool:
    """Running: neither gone nor a zombie waiting for a parent (in a container, pid 1 may
    never reap it)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state not in ("Z", "X")


@pytest.mark.skipif(not LINUX, reason="Linux's /proc")
def test_the_process_age_is_measured_from_its_start():
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            "import time; time.sleep(0.3); "
            "from kiosk import system; print(system.process_age_seconds())",
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=30,
    )
    assert 0.3 <= float(out.stdout) < 30


def test_glibcs_allocator_takes_the_settings():
    if not system.set_malloc_option(system.M_ARENA_MAX, 8):  # glibc's default for 2 cores
        pytest.skip("not glibc")
    assert system.trim_malloc()


def test_without_the_c_library_each_call_does_nothing_and_says_so(monkeypatch):
    monkeypatch.setattr(system, "_libc", lambda: None)
    assert not system.set_malloc_option(system.M_ARENA_MAX, 2)
    assert not system.trim_malloc()
    assert not system.die_with_parent()


def test_without_fcntl_a_lock_is_granted_unchecked(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "fcntl", None)  # as on Windows: importing it fails
    with (tmp_path / ".lock").open("w") as first, (tmp_path / ".lock").open("w") as second:
        assert system.lock_exclusively(first) and system.lock_exclusively(second)


def test_without_proc_the_age_is_unknown(monkeypatch):
    def no_proc(*args, **kwargs):
        raise FileNotFoundError("/proc/self/stat")

    monkeypatch.setattr(system, "open", no_proc, raising=False)
    assert system.process_age_seconds() is None


def test_the_service_manager_hears_the_kiosk_on_its_socket_abstract_or_not(tmp_path, monkeypatch):
    import socket

    for address, bound in (
        (str(tmp_path / "notify"), str(tmp_path / "notify")),
        ("@kiosk-test-notify", "\0kiosk-test-notify"),
    ):
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as listener:
            listener.bind(bound)
            monkeypatch.setenv("NOTIFY_SOCKET", address)
            assert system.notify_service_manager("READY=1", "STATUS=up")
            assert listener.recv(4096) == b"READY=1\nSTATUS=up"


def test_no_service_manager_no_notice_and_no_watchdog(monkeypatch):
    monkeypatch.delenv("NOTIFY_SOCKET", raising=False)
    monkeypatch.delenv("WATCHDOG_USEC", raising=False)
    assert system.notify_service_manager("READY=1") is False
    assert system.watchdog_seconds() is None
    monkeypatch.setenv("WATCHDOG_USEC", "30000000")
    monkeypatch.setenv("WATCHDOG_PID", "4194305")  # another process (past Linux's pid_max)
    assert system.watchdog_seconds() is None
    monkeypatch.delenv("WATCHDOG_PID")
    assert system.watchdog_seconds() == 30.0


def test_the_watchdog_of_the_parent_is_the_kiosk_s_too(monkeypatch):
    """Under cage, systemd watches cage (the service's main process); the kiosk, its client,
    is the one that draws and so the one that speaks."""
    monkeypatch.setenv("WATCHDOG_USEC", "30000000")
    monkeypatch.setenv("WATCHDOG_PID", str(os.getppid()))
    assert system.watchdog_seconds() == 30.0
