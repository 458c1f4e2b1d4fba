"""Linux probes: best effort, since distributions differ (missing tools give `not-found`)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from hwclient.checks.probes import Probe
from hwclient.checks.probes.runner import call_python, read_file, run_command

TIMEOUT = 3.0
CLAMAV_FILES = ("/var/lib/clamav/daily.cld", "/var/lib/clamav/daily.cvd")
ZOOM_PATHS = (
    "/opt/zoom/zoom",
    "/usr/bin/zoom",
    "/var/lib/flatpak/app/us.zoom.Zoom",
    str(Path.home() / ".local/share/flatpak/app/us.zoom.Zoom"),
    "/snap/zoom-client",
)


def clamav() -> dict[str, Any]:
    times = [Path(p).stat().st_mtime for p in CLAMAV_FILES if Path(p).is_file()]
    newest = datetime.fromtimestamp(max(times), UTC).isoformat() if times else None
    return {"newest": newest}


def zoom_files() -> list[dict[str, Any]]:
    return [{"path": p, "version": None} for p in ZOOM_PATHS if Path(p).exists()]


def _cmd(name: str, argv: list[str], checks: set[str]) -> Probe:
    return Probe(name, lambda: run_command(name, argv, TIMEOUT), frozenset(checks), TIMEOUT + 0.5)


def _file(name: str, path: str, checks: set[str]) -> Probe:
    return Probe(name, lambda: read_file(name, path), frozenset(checks), TIMEOUT)


def probes() -> list[Probe]:
    return [
        _file("linux.os_release", "/etc/os-release", {"os"}),
        Probe(
            "linux.clamav", lambda: call_python("linux.clamav", clamav), frozenset({"antivirus"})
        ),
        _file("linux.ufw", "/etc/ufw/ufw.conf", {"firewall"}),
        _cmd("linux.firewalld", ["firewall-cmd", "--state"], {"firewall"}),
        _cmd(
            "linux.nmcli_wifi",
            ["nmcli", "-t", "-f", "ACTIVE,SSID,SECURITY", "dev", "wifi", "list", "--rescan", "no"],
            {"network"},
        ),
        _file("linux.route", "/proc/net/route", {"network"}),
        _cmd("linux.zoom_pkg", ["dpkg-query", "-W", "-f=${Version}", "zoom"], {"zoom"}),
        Probe("zoom.files", lambda: call_python("zoom.files", zoom_files), frozenset({"zoom"})),
    ]
