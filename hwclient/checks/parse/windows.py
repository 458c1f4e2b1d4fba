"""Windows facts: SecurityCenter2, Defender, firewall profiles, OS, hotfixes, Zoom.

productState is undocumented; the masks come from community analysis
(community.idera.com "Identifying Antivirus Engine State"; neophob.com 2010/03),
see resources/policy/SOURCES.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from hwclient.checks.parse import powershell

NEVER_DAYS = 4294967295  # Defender's "never" for scan and signature ages


@dataclass(frozen=True)
class AvProduct:
    name: str
    enabled: bool
    up_to_date: bool
    snoozed: bool
    expired: bool
    microsoft: bool
    state: int


def decode_product_state(state: int) -> dict[str, bool]:
    """Bits 0xF000 = scanner state (1 on, 2 snoozed, 3 expired), 0x00F0 = 0x10 out of date."""
    scanner = (state >> 12) & 0xF
    return {
        "enabled": scanner == 1,
        "snoozed": scanner == 2,
        "expired": scanner == 3,
        "up_to_date": (state & 0xF0) == 0,
        "microsoft": (state & 0xF00) == 0x100,
    }


def av_products(text: str) -> list[AvProduct]:
    out = []
    for item in powershell.as_list(powershell.load(text)):
        try:
            state = int(item.get("productState"))
        except (TypeError, ValueError):
            continue
        bits = decode_product_state(state)
        out.append(AvProduct(name=str(item.get("displayName") or "?"), state=state, **bits))
    return out


def is_invalid_namespace(stdout: str, stderr: str) -> bool:
    """Windows Server has no SecurityCenter2: 'Invalid namespace' / 0x8004100e."""
    text = f"{stdout}\n{stderr}".lower()
    return "invalid namespace" in text or "0x8004100e" in text or "名前空間" in text


def defender_status(text: str) -> dict[str, Any] | None:
    """The few Get-MpComputerStatus fields the antivirus check uses."""
    items = powershell.as_list(powershell.load(text))
    if not items:
        return None
    item = items[0]
    age = item.get("AntivirusSignatureAge")
    updated = powershell.parse_date(item.get("AntivirusSignatureLastUpdated"))
    return {
        "antivirus_enabled": item.get("AntivirusEnabled"),
        "real_time": item.get("RealTimeProtectionEnabled"),
        "signature_age_days": age if isinstance(age, int) and age != NEVER_DAYS else None,
        "signature_updated": updated.isoformat() if updated else None,
        "out_of_date": item.get("DefenderSignaturesOutOfDate"),
        "running_mode": item.get("AMRunningMode"),
    }


def firewall_profiles_json(text: str) -> dict[str, bool]:
    """`Get-NetFirewallProfile | Select Name,Enabled`: Enabled is bool or 1/0 (GpoBoolean)."""
    out = {}
    for item in powershell.as_list(powershell.load(text)):
        name, enabled = item.get("Name"), item.get("Enabled")
        if not isinstance(name, str):
            continue
        if isinstance(enabled, bool):
            out[name.lower()] = enabled
        elif enabled in (0, 1, "True", "False"):  # GpoBoolean; 2 = NotConfigured says nothing
            out[name.lower()] = enabled in (1, "True")
    return out


_PROFILE_HEADER = re.compile(
    r"^(Domain|Private|Public|ドメイン|プライベート|パブリック)\s*(Profile|プロファイル)", re.I
)
_PROFILE_NAMES = {"ドメイン": "domain", "プライベート": "private", "パブリック": "public"}
_ON = {"on", "オン", "有効"}
_OFF = {"off", "オフ", "無効"}


def firewall_profiles_netsh(text: str) -> dict[str, bool]:
    """`netsh advfirewall show allprofiles` in English or Japanese ("状態 オン")."""
    out: dict[str, bool] = {}
    current: str | None = None
    for line in (text or "").splitlines():
        header = _PROFILE_HEADER.match(line.strip())
        if header:
            word = header[1]
            current = _PROFILE_NAMES.get(word, word.lower())
            continue
        parts = line.split()
        if current and len(parts) >= 2 and parts[0].lower() in ("state", "状態"):
            value = parts[-1].lower()
            if value in _ON | _OFF:
                out[current] = value in _ON
    return out


def network_profiles(text: str) -> list[dict[str, Any]]:
    """Get-NetConnectionProfile: NetworkCategory is 0/1/2 or Public/Private/DomainAuthenticated."""
    names = {0: "Public", 1: "Private", 2: "DomainAuthenticated"}
    out = []
    for item in powershell.as_list(powershell.load(text)):
        category = item.get("NetworkCategory")
        if isinstance(category, int):
            category = names.get(category, str(category))
        out.append(
            {
                "alias": str(item.get("InterfaceAlias") or ""),
                "category": str(category or ""),
                "name": str(item.get("Name") or ""),
            }
        )
    return out


def os_info(text: str) -> dict[str, Any] | None:
    """Caption/BuildNumber from Win32_OperatingSystem plus UBR, DisplayVersion and EditionID."""
    items = powershell.as_list(powershell.load(text))
    if not items:
        return None
    item = items[0]
    try:
        build = int(str(item.get("BuildNumber") or item.get("CurrentBuild") or "").strip())
    except ValueError:
        build = None
    ubr = item.get("UBR")
    return {
        "caption": str(item.get("Caption") or "").strip(),
        "build": build,
        "ubr": ubr if isinstance(ubr, int) else None,
        "display_version": str(item.get("DisplayVersion") or ""),
        "edition_id": str(item.get("EditionID") or ""),
        "product_type": item.get("ProductType"),
    }


_ENTERPRISE = re.compile(r"enterprise|education|iot", re.I)
_LTSC = re.compile(r"ltsc|ltsb|EnterpriseS", re.I)


def edition_class(edition_id: str, caption: str) -> str:
    """consumer | enterprise | ltsc | server — the classes Microsoft's lifecycle dates differ by.

    Pro Education and Pro for Workstations follow the Home/Pro dates
    (endoflife.date "(W)"), Enterprise and Education the "(E)" ones.
    """
    text = f"{edition_id} {caption}"
    if re.search(r"server", text, re.I):
        return "server"
    if _LTSC.search(text):
        return "ltsc"
    if re.search(r"pro\s*education|ProfessionalEducation", text, re.I):
        return "consumer"
    if _ENTERPRISE.search(text):
        return "enterprise"
    return "consumer"


def latest_hotfix(text: str) -> datetime | None:
    """Newest InstalledOn among Get-HotFix entries (5.1 wraps dates as {value, DateTime})."""
    dates = [
        powershell.parse_date(i.get("InstalledOn"))
        for i in powershell.as_list(powershell.load(text))
    ]
    found = [d for d in dates if d is not None]
    return max(found) if found else None


def zoom_versions(text: str) -> list[str]:
    """DisplayVersion of uninstall entries whose DisplayName mentions Zoom (MSI or per user)."""
    out = []
    for item in powershell.as_list(powershell.load(text)):
        name = str(item.get("DisplayName") or "")
        version = str(item.get("DisplayVersion") or "").strip()
        if "zoom" in name.lower() and "outlook" not in name.lower() and version:
            out.append(version)
    return out
