"""macOS facts: sw_vers, Gatekeeper, the application firewall, softwareupdate."""

from __future__ import annotations

import re
from typing import Any

from hwclient.checks.parse import keyvalue


def sw_vers(text: str) -> dict[str, str] | None:
    """`ProductName: macOS / ProductVersion: 15.7.2 / BuildVersion: 24G325`."""
    fields = {}
    for block in keyvalue.blocks(text):
        fields.update(block)
    version = keyvalue.pick(fields, "ProductVersion")
    if not version:
        return None
    return {
        "name": keyvalue.pick(fields, "ProductName") or "macOS",
        "version": version,
        "build": keyvalue.pick(fields, "BuildVersion") or "",
    }


def major_version(version: str) -> int | None:
    """`15.7.2` → 15. A compatibility-mode `10.16` (Big Sur and later) is reported as 11."""
    match = re.match(r"(\d+)(?:\.(\d+))?", version or "")
    if not match:
        return None
    major, minor = int(match[1]), int(match[2] or 0)
    if major == 10 and minor >= 16:
        return 11
    return major


def gatekeeper_enabled(text: str) -> bool | None:
    """`spctl --status` prints "assessments enabled" or "assessments disabled"."""
    lowered = (text or "").lower()
    if "assessments enabled" in lowered:
        return True
    if "assessments disabled" in lowered:
        return False
    return None


def firewall_state(text: str) -> int | None:
    """socketfilterfw --getglobalstate: "(State = 1)"; 2 blocks all incoming; 0 is off."""
    match = re.search(r"State\s*=\s*(\d)", text or "")
    if match:
        return int(match[1])
    lowered = (text or "").lower()
    if "firewall is enabled" in lowered or "block all" in lowered:
        return 1
    if "firewall is disabled" in lowered:
        return 0
    return None


def pending_updates(text: str) -> list[dict[str, Any]] | None:
    """Items from `softwareupdate --list`; [] for "No new software available", None for garbage."""
    if "no new software available" in (text or "").lower():
        return []
    items: list[dict[str, Any]] = []
    for line in (text or "").splitlines():
        if "Title:" not in line:
            continue
        title = re.search(r"Title:\s*([^,]+)", line)
        items.append(
            {
                "title": title[1].strip() if title else line.strip(),
                "recommended": bool(re.search(r"Recommended:\s*YES", line, re.I)),
                "restart": bool(re.search(r"Action:\s*restart", line, re.I)),
            }
        )
    if items or "Software Update found" in (text or ""):
        return items
    return None
