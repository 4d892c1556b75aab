"""Real Syncthing daemons for the tests, each with a home, ports and an API key of its own, on
127.0.0.1 only: no discovery, relays, NAT, usage reports or upgrades, so nothing leaves the
machine. Introduced to each other and given folders with `syncthing cli` (a client of the
daemon's REST API), as README's "Several kiosks" tells an installer to."""

from __future__ import annotations

import json
import secrets
import socket
import subprocess
import time
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

OFF = ("globalAnnounceEnabled", "localAnnounceEnabled", "relaysEnabled", "natEnabled")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Syncthing:
    def __init__(self, home: Path, name: str, receive_kbps: int = 0):
        self.home, self.name = home, name
        self.api_key = secrets.token_urlsafe(24)
        self.gui, self.listen = free_port(), free_port()
        subprocess.run(
            ["syncthing", "generate", "--home", str(home), "--no-default-folder"],
            check=True,
            capture_output=True,
        )
        self._configure(receive_kbps)
        self.process = subprocess.Popen(
            ["syncthing", "serve", "--home", str(home), "--no-browser", "--no-restart",
             "--no-upgrade", "--no-default-folder", f"--gui-apikey={self.api_key}",
             f"--gui-address=http://127.0.0.1:{self.gui}"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        self.device_id = self._wait_for_api()["myID"]

    def _configure(self, receive_kbps: int) -> None:
        path = self.home / "config.xml"
        tree = ET.parse(path)
        options = tree.getroot().find("options")
        options.find("listenAddress").text = f"tcp://127.0.0.1:{self.listen}"
        for name in OFF:
            options.find(name).text = "false"
        options.find("urAccepted").text = "-1"  # no usage reports, and never asked
        options.find("autoUpgradeIntervalH").text = "0"
        options.find("crashReportingEnabled").text = "false"
        options.find("maxRecvKbps").text = str(receive_kbps)
        options.find("limitBandwidthInLan").text = "true"  # 127.0.0.1 is the LAN
        tree.write(path)

    def _wait_for_api(self) -> dict:
        deadline = time.monotonic() + 60
        while True:
            try:
                return self.get("/rest/system/status")
            except OSError:
                if time.monotonic() > deadline or self.process.poll() is not None:
                    raise
                time.sleep(0.2)

    def get(self, path: str) -> dict:
        return self._call("GET", path)

    def _call(self, method: str, path: str, body: object = None) -> dict:
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.gui}{path}",
            data=data,
            method=method,
            headers={"X-API-Key": self.api_key, "Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            text = response.read()
        return json.loads(text) if text.strip() else {}

    def introduce(self, other: Syncthing) -> None:
        """Know `other` by its ID, at its address on 127.0.0.1 (README, "Several kiosks")."""
        self.cli("config", "devices", "add", "--device-id", other.device_id, "--name", other.name)
        # Syncthing 1.19's `devices add --addresses` fails (a panic in its CLI library): the
        # address is added by a command of its own.
        address = f"tcp://127.0.0.1:{other.listen}"
        self.cli("config", "devices", other.device_id, "addresses", "add", address)

    def share(self, folder_id: str, path: Path, kind: str, other: Syncthing) -> None:
        """Share `path` with `other` as folder `folder_id`: "sendonly" or "receiveonly", with
        the commands the README gives an installer."""
        path.mkdir(parents=True, exist_ok=True)
        self.cli("config", "folders", "add", "--id", folder_id, "--label", folder_id,
                 "--path", str(path), "--type", kind)  # fmt: skip
        self.cli("config", "folders", folder_id, "devices", "add", "--device-id", other.device_id)

    def cli(self, *words: str) -> None:
        """`syncthing cli`, which an installer uses on a PC with no browser."""
        subprocess.run(
            ["syncthing", "cli", f"--gui-address=127.0.0.1:{self.gui}",
             f"--gui-apikey={self.api_key}", *words],
            check=True, capture_output=True,
        )  # fmt: skip

    def scan(self, folder_id: str) -> None:
        self._call("POST", f"/rest/db/scan?folder={folder_id}")

    def needed(self, folder_id: str) -> int:
        """Files the folder still needs from the other side."""
        return self.get(f"/rest/db/status?folder={folder_id}")["needFiles"]

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
