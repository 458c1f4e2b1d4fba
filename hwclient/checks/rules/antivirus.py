"""Virus protection on and its definitions current (a term of the service)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from hwclient.checks.model import CheckResult, Status
from hwclient.checks.parse import macos, powershell, windows
from hwclient.checks.policy import Policy
from hwclient.checks.raw import RawBundle
from hwclient.checks.rules.base import dict_items, result, unknown
from hwclient.i18n import translate

DEFENDER_URI = "windowsdefender:"
XPROTECT_MAX_AGE_DAYS = 60  # XProtect data usually changes every few weeks


def evaluate(bundle: RawBundle, policy: Policy, now: datetime) -> CheckResult:
    if bundle.system == "Windows":
        return _windows(bundle, policy)
    if bundle.system == "Darwin":
        return _macos(bundle, now)
    return _linux(bundle, policy, now)


def _off(names: list[str], facts: dict[str, Any]) -> CheckResult:
    detail = translate("Checks", "Virus protection is turned off.")
    if names:
        detail = translate("Checks", "Virus protection is turned off: %1.").replace(
            "%1", ", ".join(names)
        )
    return result(
        "antivirus",
        Status.FAIL,
        detail,
        translate("Checks", "Open your virus protection and turn real-time protection on."),
        settings_uri=DEFENDER_URI,
        data=facts,
    )


def _stale(names: list[str], facts: dict[str, Any]) -> CheckResult:
    return result(
        "antivirus",
        Status.FAIL,
        translate("Checks", "The virus definitions of %1 are out of date.").replace(
            "%1", ", ".join(names)
        ),
        translate("Checks", "Open your virus protection and choose to check for updates."),
        settings_uri=DEFENDER_URI,
        data=facts,
    )


def _windows(bundle: RawBundle, policy: Policy) -> CheckResult:
    sc = bundle.get("win.av")
    products = windows.av_products(sc.stdout) if sc and sc.error is None else []
    no_center = bool(sc) and windows.is_invalid_namespace(sc.stdout, sc.stderr)
    dr = bundle.get("win.defender")
    defender = windows.defender_status(dr.stdout) if dr and dr.error is None else None
    max_age = policy.thresholds.av_signature_max_age_days
    facts: dict[str, Any] = {
        "products": [
            {"name": p.name, "state": p.state, "enabled": p.enabled, "up_to_date": p.up_to_date}
            for p in products
        ],
        "security_center": not no_center,
        "defender": defender,
    }
    if products:
        active = [p for p in products if p.enabled]
        if not active:
            return _off([p.name for p in products], facts)
        current = [p for p in active if p.up_to_date]
        if not current:
            return _stale([p.name for p in active], facts)
        if _defender_only(current) and _defender_too_old(defender, max_age):
            return _stale([p.name for p in current], facts)
        names = ", ".join(p.name for p in current)
        detail = translate("Checks", "%1 is on and up to date.").replace("%1", names)
        return result("antivirus", Status.PASS, detail, data=facts)
    if defender is None:
        return unknown("antivirus", dr if no_center or sc is None else sc, facts)
    if not (defender["real_time"] and defender["antivirus_enabled"]):
        return _off(["Microsoft Defender"], facts)
    if _defender_too_old(defender, max_age):
        return _stale(["Microsoft Defender"], facts)
    detail = translate("Checks", "%1 is on and up to date.").replace("%1", "Microsoft Defender")
    return result("antivirus", Status.PASS, detail, data=facts)


def _defender_only(products: list[windows.AvProduct]) -> bool:
    return all(p.microsoft for p in products)


def _defender_too_old(defender: dict[str, Any] | None, max_age: int) -> bool:
    if not defender:
        return False
    age = defender.get("signature_age_days")
    return bool(defender.get("out_of_date")) or (isinstance(age, int) and age > max_age)


def _macos(bundle: RawBundle, now: datetime) -> CheckResult:
    gk_raw = bundle.get("mac.gatekeeper")
    gatekeeper = macos.gatekeeper_enabled(gk_raw.stdout + gk_raw.stderr) if gk_raw else None
    xp_raw = bundle.get("mac.xprotect")
    xprotect = dict_items(xp_raw.json_value() if xp_raw else None)
    dates = [powershell.parse_date(x.get("modified")) for x in xprotect]
    newest = max((d for d in dates if d), default=None)
    age = (now - newest).days if newest else None
    facts = {
        "gatekeeper": gatekeeper,
        "xprotect_version": max((str(x.get("version")) for x in xprotect), default=None),
        "xprotect_age_days": age,
    }
    if gatekeeper is False:
        return result(
            "antivirus",
            Status.FAIL,
            translate(
                "Checks", "Gatekeeper, the Mac's protection against harmful apps, is turned off."
            ),
            translate(
                "Checks",
                "Ask someone you trust to turn it back on (Terminal: sudo spctl --master-enable).",
            ),
            settings_uri="x-apple.systempreferences:com.apple.preference.security",
            data=facts,
        )
    if age is not None and age > XPROTECT_MAX_AGE_DAYS:
        return result(
            "antivirus",
            Status.WARN,
            translate(
                "Checks", "The Mac's built-in malware data was last updated %1 days ago."
            ).replace("%1", str(age)),
            translate("Checks", "Open Software Update and install the updates."),
            settings_uri="x-apple.systempreferences:com.apple.preferences.softwareupdate",
            data=facts,
        )
    if gatekeeper is None and age is None:
        return unknown("antivirus", gk_raw, facts)
    return result(
        "antivirus",
        Status.PASS,
        translate("Checks", "The Mac's built-in protection (Gatekeeper and XProtect) is on."),
        data=facts,
    )


def _linux(bundle: RawBundle, policy: Policy, now: datetime) -> CheckResult:
    raw = bundle.get("linux.clamav")
    value = raw.json_value() if raw and raw.error is None else None
    newest = powershell.parse_date(value.get("newest")) if isinstance(value, dict) else None
    if newest is None:
        return result(
            "antivirus",
            Status.UNKNOWN,
            translate("Checks", "No virus scanner was found that this app can check."),
            data={"clamav": None},
        )
    age = (now - newest).days
    facts = {"clamav_age_days": age}
    if age > policy.thresholds.av_signature_max_age_days:
        return result(
            "antivirus",
            Status.FAIL,
            translate("Checks", "The virus definitions of %1 are out of date.").replace(
                "%1", "ClamAV"
            ),
            translate("Checks", "Update them (for example with: sudo freshclam)."),
            data=facts,
        )
    detail = translate("Checks", "%1 is on and up to date.").replace("%1", "ClamAV")
    return result("antivirus", Status.PASS, detail, data=facts)
