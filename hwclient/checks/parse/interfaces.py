"""Connection type from interface names (psutil has no wired/wireless field)."""

from __future__ import annotations

import re
from typing import Any

_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "virtual",
        re.compile(
            r"^(lo|docker|veth|br-|virbr|vmnet|vboxnet|vEthernet|utun[0-3]$|awdl|llw|bridge|ap\d|anpi|gif|stf)|loopback|hyper-v|virtualbox|vmware",
            re.I,
        ),
    ),
    (
        "vpn",
        re.compile(
            r"^(tun|tap|wg|ppp|ipsec|utun)|vpn|wireguard|tailscale|openvpn|forticlient|anyconnect|globalprotect",
            re.I,
        ),
    ),
    ("cellular", re.compile(r"^(wwan|ww[a-z]|rmnet|usb\d)|cellular|mobile|携帯|モバイル", re.I)),
    ("wifi", re.compile(r"^(wl|wlan|ath|ra\d)|wi-?fi|wireless|wlan|ワイヤレス|無線", re.I)),
    (
        "wired",
        re.compile(
            r"^(eth|en|em|eno|enp|ens|bond)|ethernet|イーサネット|ローカル エリア接続", re.I
        ),
    ),
)


def kind(name: str) -> str:
    """virtual | vpn | cellular | wifi | wired | other."""
    for label, pattern in _KINDS:
        if pattern.search(name):
            return label
    return "other"


def up_interfaces(value: Any) -> list[dict[str, Any]]:
    """Interfaces that are up, have an address and are not virtual, with their kind."""
    out = []
    for item in value if isinstance(value, list) else []:
        if not isinstance(item, dict) or not item.get("isup") or not item.get("has_address"):
            continue
        name = str(item.get("name", ""))
        label = kind(name)
        if label != "virtual":
            out.append({"name": name, "kind": label, "speed": item.get("speed", 0)})
    return out


def default_route_linux(proc_net_route: str) -> str | None:
    """The interface of the 00000000 destination in /proc/net/route."""
    for line in (proc_net_route or "").splitlines()[1:]:
        parts = line.split()
        if len(parts) > 2 and parts[1] == "00000000":
            return parts[0]
    return None


def default_route_macos(route_get: str) -> str | None:
    """`route -n get default` prints "interface: en0"."""
    match = re.search(r"interface:\s*(\S+)", route_get or "")
    return match[1] if match else None
