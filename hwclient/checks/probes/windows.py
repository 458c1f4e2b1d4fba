"""Windows probes. PowerShell 5.1 output is JSON (`-InputObject @(...)` keeps lists as lists).

Only the fields the rules need are selected, so no serial numbers, product
keys or paths with user names are ever collected.
"""

from __future__ import annotations

import os
from pathlib import Path

from hwclient.checks.probes import Probe
from hwclient.checks.probes.runner import call_python, powershell_argv, run_command

TIMEOUT = 10.0  # PowerShell can take seconds to start on a busy or old PC

OS_INFO = (
    "$o=Get-CimInstance Win32_OperatingSystem;"
    "$r=Get-ItemProperty 'HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion';"
    "[pscustomobject]@{Caption=$o.Caption;BuildNumber=$o.BuildNumber;ProductType=$o.ProductType;"
    "UBR=$r.UBR;DisplayVersion=$r.DisplayVersion;EditionID=$r.EditionID}|ConvertTo-Json -Compress"
)
HOTFIX = (
    "ConvertTo-Json -Depth 3 -Compress -InputObject @(Get-HotFix|"
    "Select-Object HotFixID,Description,InstalledOn)"
)
AV = (
    "ConvertTo-Json -Depth 3 -Compress -InputObject @("
    "Get-CimInstance -Namespace root/SecurityCenter2"
    " -ClassName AntiVirusProduct|Select-Object displayName,productState,timestamp)"
)
DEFENDER = (
    "Get-MpComputerStatus|Select-Object AntivirusEnabled,RealTimeProtectionEnabled,"
    "AntivirusSignatureAge,AntivirusSignatureLastUpdated,DefenderSignaturesOutOfDate,AMRunningMode"
    "|ConvertTo-Json -Compress"
)
FIREWALL = (
    "ConvertTo-Json -Compress -InputObject @(Get-NetFirewallProfile|Select-Object Name,Enabled)"
)
NETPROFILE = (
    "ConvertTo-Json -Compress -InputObject @(Get-NetConnectionProfile|"
    "Select-Object Name,InterfaceAlias,NetworkCategory,IPv4Connectivity)"
)
ZOOM = (
    "$k='HKLM:\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\*',"
    "'HKLM:\\Software\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\*',"
    "'HKCU:\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\*';"
    "ConvertTo-Json -Compress -InputObject @(Get-ItemProperty $k -ErrorAction SilentlyContinue|"
    "Where-Object {$_.DisplayName -like '*Zoom*'}|Select-Object DisplayName,DisplayVersion)"
)


def _ps(name: str, script: str, checks: set[str]) -> Probe:
    return Probe(
        name,
        lambda: run_command(name, powershell_argv(script), TIMEOUT),
        frozenset(checks),
        TIMEOUT + 1,
    )


def _cmd(name: str, argv: list[str], checks: set[str]) -> Probe:
    return Probe(name, lambda: run_command(name, argv, TIMEOUT), frozenset(checks), TIMEOUT + 1)


def zoom_files() -> list[dict[str, str | None]]:
    """Per-user installs live in %APPDATA%\\Zoom\\bin (research §6); MSI in Program Files."""
    roots = [os.environ.get(v) for v in ("APPDATA", "ProgramFiles", "ProgramFiles(x86)")]
    found = []
    for root in filter(None, roots):
        exe = Path(root) / "Zoom" / "bin" / "Zoom.exe"
        if exe.is_file():
            found.append({"path": str(exe), "version": None})
    return found


def probes() -> list[Probe]:
    return [
        _ps("win.os", OS_INFO, {"os"}),
        _ps("win.hotfix", HOTFIX, {"os"}),
        _ps("win.av", AV, {"antivirus"}),
        _ps("win.defender", DEFENDER, {"antivirus"}),
        _ps("win.firewall", FIREWALL, {"firewall"}),
        _cmd(
            "win.firewall_netsh",
            ["netsh", "advfirewall", "show", "allprofiles", "state"],
            {"firewall"},
        ),
        _cmd("win.wlan", ["netsh", "wlan", "show", "interfaces"], {"network"}),
        _ps("win.netprofile", NETPROFILE, {"network"}),
        _ps("win.zoom", ZOOM, {"zoom"}),
        Probe(
            "zoom.files", lambda: call_python("zoom.files", zoom_files), frozenset({"zoom"}), 5.0
        ),
    ]
