"""Wi-Fi facts from netsh (any display language), nmcli and system_profiler.

Every parser returns a WifiInfo; unknown shapes give `WifiInfo()` (nothing
known), never an exception.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from typing import Any

from hwclient.checks.parse import keyvalue

# Japanese labels as printed by Japanese-locale Windows (see tests/data/checks/README.md).
_STATE = ("State", "状態")
_SSID = ("SSID",)
_AUTH = ("Authentication", "認証")
_CIPHER = ("Cipher", "暗号", "暗号化")
_CONNECTED_WORDS = ("connected", "接続されました", "接続済み")
_NAME = ("Name", "名前")

# Placeholder written by the redactor in place of an SSID.
SSID_TOKEN = re.compile(r"^<ssid(?P<hotspot>:hotspot)?:(?P<hash>[0-9a-f]+)>$")
REDACTED_BY_OS = "<redacted>"  # macOS without Location Services permission

_HOTSPOT_PATTERNS = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        r"free",
        r"guest",
        r"public",
        r"hot\s*spot",
        r"^0{3}\d",  # 0000docomo, 0001softbank, 0000Wi2…
        r"7spot",
        r"starbucks",
        r"wi2",
        r"famima",
        r"lawson",
        r"mcd",
        r"docomo",
        r"softbank",
        r"au_wi-?fi",
        r"hotel",
        r"(^|[\s_\-])cafe",
        r"airport",
        r"station",
        r"visitor",
        r"フリー",
        r"ゲスト",
    )
)


@dataclass(frozen=True)
class WifiInfo:
    present: bool = False  # a Wi-Fi interface exists
    connected: bool = False
    ssid: str | None = None
    security: str = ""  # as printed
    cipher: str = ""
    interface: str = ""

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def looks_like_hotspot(ssid: str | None) -> bool:
    """True for SSIDs that look like free or public Wi-Fi (or were flagged so when redacted)."""
    if not ssid:
        return False
    token = SSID_TOKEN.match(ssid)
    if token:
        return bool(token["hotspot"])
    return any(p.search(ssid) for p in _HOTSPOT_PATTERNS)


def grade(security: str, cipher: str = "") -> str:
    """open | wep | owe | wpa | wpa2 | wpa3 | unknown — the weakest part wins for TKIP."""
    text = f"{security} {cipher}".lower().replace(" ", "").replace("_", "")
    if not security.strip():
        return "unknown"
    if "wpa3" in text or "sae" in text:
        level = "wpa3"
    elif "wpa2" in text or "rsn" in text:
        level = "wpa2"
    elif "wpa" in text:
        level = "wpa"
    elif "wep" in text:
        return "wep"
    elif "owe" in text or "enhancedopen" in text:
        return "owe"
    elif any(w in text for w in ("open", "none", "オープン", "なし", "--")):
        return "open"
    else:
        return "unknown"
    if "tkip" in text and "ccmp" not in text and "aes" not in text and level != "wpa3":
        return "wpa"
    return level


def from_netsh(text: str) -> WifiInfo:
    """`netsh wlan show interfaces`: the first connected interface, else the first one."""
    interfaces = [b for b in keyvalue.blocks(text) if keyvalue.pick(b, *_STATE) is not None]
    if not interfaces:
        return WifiInfo()
    connected = [b for b in interfaces if _is_connected(keyvalue.pick(b, *_STATE) or "")]
    block = (connected or interfaces)[0]
    return WifiInfo(
        present=True,
        connected=bool(connected),
        ssid=keyvalue.pick(block, *_SSID) if connected else None,
        security=keyvalue.pick(block, *_AUTH) or "",
        cipher=keyvalue.pick(block, *_CIPHER) or "",
        interface=keyvalue.pick(block, *_NAME) or "",
    )


def _is_connected(state: str) -> bool:
    lowered = state.strip().lower()
    return lowered in _CONNECTED_WORDS or lowered.startswith("connected")


def split_terse(line: str) -> list[str]:
    """Split one `nmcli -t` line: ':' separates fields, '\\:' and '\\\\' are escapes."""
    fields, current, chars = [], [], iter(line)
    for ch in chars:
        if ch == "\\":
            current.append(next(chars, ""))
        elif ch == ":":
            fields.append("".join(current))
            current = []
        else:
            current.append(ch)
    fields.append("".join(current))
    return fields


def from_nmcli(text: str) -> WifiInfo:
    """`nmcli -t -f ACTIVE,SSID,SECURITY dev wifi`; "--" or empty security means open."""
    rows = [split_terse(line) for line in (text or "").splitlines() if line.strip()]
    rows = [r for r in rows if len(r) >= 3]
    if not rows:
        return WifiInfo()
    active = [r for r in rows if r[0].lower() in ("yes", "はい")]
    if not active:
        return WifiInfo(present=True)
    row = active[0]
    security = row[2].strip() or "--"
    return WifiInfo(present=True, connected=True, ssid=row[1], security=security)


def from_system_profiler(text: str) -> WifiInfo:
    """`system_profiler SPAirPortDataType -json`.

    `_name` (the SSID) is "<redacted>" when the app lacks Location Services.
    """
    try:
        data = json.loads(text or "")
        interfaces = data["SPAirPortDataType"][0]["spairport_airport_interfaces"]
    except (ValueError, KeyError, IndexError, TypeError):
        return WifiInfo()
    for iface in interfaces if isinstance(interfaces, list) else []:
        if not isinstance(iface, dict):
            continue
        current = iface.get("spairport_current_network_information")
        if isinstance(current, dict):
            return WifiInfo(
                present=True,
                connected=True,
                ssid=str(current.get("_name", "")) or None,
                security=str(current.get("spairport_security_mode", "")),
                interface=str(iface.get("_name", "")),
            )
    has_wifi = any(isinstance(i, dict) and i.get("_name") for i in interfaces or [])
    return WifiInfo(present=has_wifi)


def humanize_security(security: str) -> str:
    """`spairport_security_mode_wpa2_personal` → `WPA2 Personal` for people to read."""
    text = security.removeprefix("spairport_security_mode_")
    if text != security:
        return " ".join(w.upper() if w.startswith("wp") else w.title() for w in text.split("_"))
    return security
