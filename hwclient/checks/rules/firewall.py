"""The firewall is on (help desks ask for it; not a term of the service, so off warns)."""

from __future__ import annotations

from datetime import datetime

from hwclient.checks.model import CheckResult, Status
from hwclient.checks.parse import macos, windows
from hwclient.checks.policy import Policy
from hwclient.checks.raw import RawBundle
from hwclient.checks.rules.base import result, unknown
from hwclient.i18n import translate

WINDOWS_URI = "windowsdefender://network/"
MAC_URI = "x-apple.systempreferences:com.apple.preference.security?Firewall"


def evaluate(bundle: RawBundle, policy: Policy, now: datetime) -> CheckResult:
    if bundle.system == "Windows":
        return _windows(bundle)
    if bundle.system == "Darwin":
        return _macos(bundle)
    return _linux(bundle)


def _windows(bundle: RawBundle) -> CheckResult:
    ps, ns = bundle.get("win.firewall"), bundle.get("win.firewall_netsh")
    profiles = windows.firewall_profiles_json(ps.stdout) if ps and ps.error is None else {}
    if not profiles and ns and ns.error is None:
        profiles = windows.firewall_profiles_netsh(ns.stdout)
    if not profiles:
        return unknown("firewall", ps or ns)
    off = sorted(name for name, enabled in profiles.items() if not enabled)
    facts = {"profiles": profiles}
    if not off:
        return result(
            "firewall", Status.PASS, translate("Checks", "The firewall is on."), data=facts
        )
    status = Status.FAIL if len(off) == len(profiles) else Status.WARN
    return result(
        "firewall",
        status,
        translate("Checks", "The firewall is off for these networks: %1.").replace(
            "%1", ", ".join(off)
        ),
        translate("Checks", "Open the firewall settings and turn the firewall on."),
        settings_uri=WINDOWS_URI,
        data=facts,
    )


def _macos(bundle: RawBundle) -> CheckResult:
    raw = bundle.get("mac.firewall")
    state = macos.firewall_state(raw.stdout) if raw and raw.error is None else None
    if state is None:
        return unknown("firewall", raw)
    if state == 0:
        return result(
            "firewall",
            Status.WARN,
            translate("Checks", "The Mac's firewall is off."),
            translate("Checks", "Open the Network settings, choose Firewall and turn it on."),
            settings_uri=MAC_URI,
            data={"state": state},
        )
    return result(
        "firewall", Status.PASS, translate("Checks", "The firewall is on."), data={"state": state}
    )


def _linux(bundle: RawBundle) -> CheckResult:
    ufw = bundle.get("linux.ufw")
    firewalld = bundle.get("linux.firewalld")
    ufw_on = bool(ufw and ufw.error is None and _ufw_enabled(ufw.stdout))
    firewalld_on = bool(firewalld and firewalld.ok and firewalld.stdout.strip() == "running")
    facts = {"ufw": ufw_on, "firewalld": firewalld_on}
    if ufw_on or firewalld_on:
        return result(
            "firewall", Status.PASS, translate("Checks", "The firewall is on."), data=facts
        )
    return result(
        "firewall",
        Status.UNKNOWN,
        translate("Checks", "No firewall was found that this app can check."),
        data=facts,
    )


def _ufw_enabled(conf: str) -> bool:
    for line in conf.splitlines():
        key, _, value = line.partition("=")
        if key.strip() == "ENABLED":
            return value.strip().strip('"').lower() == "yes"
    return False
