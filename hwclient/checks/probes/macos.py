"""macOS probes: sw_vers, softwareupdate, Gatekeeper, firewall, XProtect, Wi-Fi, Zoom."""

from __future__ import annotations

import plistlib
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from hwclient.checks.probes import Probe
from hwclient.checks.probes.runner import call_python, run_command

TIMEOUT = 8.0
XPROTECT_BUNDLES = (
    "/Library/Apple/System/Library/CoreServices/XProtect.bundle",  # up to Sonoma
    "/var/protected/xprotect/XProtect.bundle",  # Sequoia and later (research §3)
)
ZOOM_APPS = ("/Applications/zoom.us.app", str(Path.home() / "Applications" / "zoom.us.app"))


def _cmd(name: str, argv: list[str], checks: set[str], timeout: float = TIMEOUT) -> Probe:
    return Probe(name, lambda: run_command(name, argv, timeout), frozenset(checks), timeout + 1)


def _bundle_info(path: str) -> dict[str, Any] | None:
    plist = Path(path) / "Contents" / "Info.plist"
    if not plist.is_file():
        return None
    with plist.open("rb") as fh:
        data = plistlib.load(fh)
    modified = datetime.fromtimestamp(plist.stat().st_mtime, UTC).isoformat()
    return {
        "path": path,
        "version": str(data.get("CFBundleShortVersionString") or data.get("CFBundleVersion") or ""),
        "modified": modified,
    }


def xprotect() -> list[dict[str, Any]]:
    return [i for i in map(_bundle_info, XPROTECT_BUNDLES) if i]


def zoom_files() -> list[dict[str, Any]]:
    return [i for i in map(_bundle_info, ZOOM_APPS) if i]


def probes() -> list[Probe]:
    return [
        _cmd("mac.sw_vers", ["sw_vers"], {"os"}),
        # --no-scan lists what the last background scan found: no network wait.
        _cmd("mac.softwareupdate", ["softwareupdate", "--list", "--no-scan"], {"os"}, 15.0),
        _cmd("mac.gatekeeper", ["spctl", "--status"], {"antivirus"}),
        Probe(
            "mac.xprotect", lambda: call_python("mac.xprotect", xprotect), frozenset({"antivirus"})
        ),
        _cmd(
            "mac.firewall",
            ["/usr/libexec/ApplicationFirewall/socketfilterfw", "--getglobalstate"],
            {"firewall"},
        ),
        _cmd("mac.airport", ["system_profiler", "SPAirPortDataType", "-json"], {"network"}, 12.0),
        _cmd("mac.route", ["route", "-n", "get", "default"], {"network"}),
        Probe("zoom.files", lambda: call_python("zoom.files", zoom_files), frozenset({"zoom"})),
    ]
