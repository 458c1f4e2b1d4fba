"""Connection type and Wi-Fi safety: open Wi-Fi fails; weak, public or hotspot networks warn."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from hwclient.checks.model import CheckResult, Status
from hwclient.checks.parse import interfaces, wifi, windows
from hwclient.checks.policy import Policy
from hwclient.checks.raw import RawBundle
from hwclient.checks.rules.base import on, result, unknown
from hwclient.i18n import translate

WIFI_URI = ("ms-settings:network-wifi", "x-apple.systempreferences:com.apple.preference.network")
STATUS_URI = (
    "ms-settings:network-status",
    "x-apple.systempreferences:com.apple.preference.network",
)


def _wifi_info(bundle: RawBundle) -> wifi.WifiInfo:
    sources = {
        "Windows": ("win.wlan", wifi.from_netsh),
        "Darwin": ("mac.airport", wifi.from_system_profiler),
    }
    probe, parser = sources.get(bundle.system, ("linux.nmcli_wifi", wifi.from_nmcli))
    raw = bundle.get(probe)
    return parser(raw.stdout) if raw and raw.error is None else wifi.WifiInfo()


def _main_kind(bundle: RawBundle, up: list[dict[str, Any]], info: wifi.WifiInfo) -> str:
    """The kind of the interface carrying the default route; VPN wins when one is up."""
    if any(i["kind"] == "vpn" for i in up):
        return "vpn"
    route = None
    if bundle.system == "Linux":
        raw = bundle.get("linux.route")
        route = interfaces.default_route_linux(raw.stdout) if raw else None
    elif bundle.system == "Darwin":
        raw = bundle.get("mac.route")
        route = interfaces.default_route_macos(raw.stdout) if raw else None
        if route and info.interface == route:
            return "wifi"
    if route:
        return interfaces.kind(route)
    if info.connected:
        return "wifi"
    kinds = [i["kind"] for i in up]
    for preferred in ("wired", "cellular", "wifi", "other"):
        if preferred in kinds:
            return preferred
    return "none"


def evaluate(bundle: RawBundle, policy: Policy, now: datetime) -> CheckResult:
    raw = bundle.get("net.interfaces")
    if raw is None or raw.error is not None:
        return unknown("network", raw)
    up = interfaces.up_interfaces(raw.json_value())
    info = _wifi_info(bundle)
    kind = _main_kind(bundle, up, info)
    facts: dict[str, Any] = {"type": kind, "interfaces": up}
    if kind == "none":
        return result(
            "network",
            Status.FAIL,
            translate("Checks", "This computer is not connected to a network."),
            translate(
                "Checks", "Connect to your home Wi-Fi or plug in a network cable, then check again."
            ),
            settings_uri=on(bundle.system, *STATUS_URI),
            data=facts,
        )
    findings: list[tuple[Status, str, str]] = []
    if info.connected:
        facts["wifi"] = _wifi_facts(info)
        findings += _wifi_findings(info)
    findings += _category_findings(bundle, facts)
    return _combine(bundle, kind, findings, facts)


def _wifi_facts(info: wifi.WifiInfo) -> dict[str, Any]:
    return {
        "security": wifi.humanize_security(info.security),
        "cipher": info.cipher,
        "grade": wifi.grade(info.security, info.cipher),
        "ssid_hidden_by_os": info.ssid == wifi.REDACTED_BY_OS,
        "looks_like_hotspot": wifi.looks_like_hotspot(info.ssid),
    }


def _wifi_findings(info: wifi.WifiInfo) -> list[tuple[Status, str, str]]:
    grade = wifi.grade(info.security, info.cipher)
    out: list[tuple[Status, str, str]] = []
    if grade in ("open", "wep"):
        out.append(
            (
                Status.FAIL,
                translate("Checks", "This Wi-Fi has no password or uses old, unsafe protection."),
                translate(
                    "Checks",
                    "Use your home Wi-Fi with a password (WPA2 or WPA3) or a network cable.",
                ),
            )
        )
    elif grade in ("wpa", "owe"):
        out.append(
            (
                Status.WARN,
                translate("Checks", "This Wi-Fi uses weak protection."),
                translate("Checks", "If it is your router, set it to WPA2 or WPA3 (AES)."),
            )
        )
    if wifi.looks_like_hotspot(info.ssid):
        out.append(
            (
                Status.WARN,
                translate("Checks", "This looks like a free or public Wi-Fi hotspot."),
                translate(
                    "Checks", "Counselling is private: use your home network, not a public one."
                ),
            )
        )
    return out


def _category_findings(bundle: RawBundle, facts: dict[str, Any]) -> list[tuple[Status, str, str]]:
    raw = bundle.get("win.netprofile")
    if bundle.system != "Windows" or raw is None or raw.error is not None:
        return []
    profiles = windows.network_profiles(raw.stdout)
    facts["categories"] = [p["category"] for p in profiles]
    if any(p["category"] == "Public" for p in profiles):
        return [
            (
                Status.WARN,
                translate("Checks", "Windows treats this network as a public network."),
                translate(
                    "Checks",
                    "If you are at a café, station or hotel, go home first. At home, you "
                    "can set this network to Private.",
                ),
            )
        ]
    return []


def _kind_text(kind: str) -> str:
    return {
        "wired": translate("Checks", "Connected by cable."),
        "wifi": translate("Checks", "Connected by Wi-Fi."),
        "cellular": translate(
            "Checks", "Connected by mobile data. A 30-minute video call uses a lot of data."
        ),
        "vpn": translate("Checks", "Connected through a VPN."),
    }.get(kind, translate("Checks", "Connected."))


def _combine(
    bundle: RawBundle, kind: str, findings: list[tuple[Status, str, str]], facts: dict[str, Any]
) -> CheckResult:
    if not findings:
        return result("network", Status.PASS, _kind_text(kind), data=facts)
    status = Status.FAIL if any(s == Status.FAIL for s, _, _ in findings) else Status.WARN
    detail = " ".join([_kind_text(kind), *(d for _, d, _ in findings)])
    remedy = " ".join(dict.fromkeys(r for _, _, r in findings))
    return result(
        "network", status, detail, remedy, settings_uri=on(bundle.system, *WIFI_URI), data=facts
    )
