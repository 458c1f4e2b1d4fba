"""The Zoom app is installed and not below Zoom's own minimum version (it refuses to join)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from hwclient.checks.model import CheckResult, Status
from hwclient.checks.parse import versions, windows
from hwclient.checks.policy import Policy
from hwclient.checks.raw import RawBundle
from hwclient.checks.rules.base import dict_items, result, unknown
from hwclient.i18n import translate

DOWNLOAD = "https://zoom.us/download"


def installed_versions(bundle: RawBundle) -> tuple[list[str], bool, Any]:
    """(versions found, installed at all, the raw output used)."""
    if bundle.system == "Windows":
        raw = bundle.get("win.zoom")
        found = windows.zoom_versions(raw.stdout) if raw and raw.error is None else []
        files = bundle.get("zoom.files")
        paths = files.json_value() if files and files.error is None else None
        return found, bool(found or paths), raw
    raw = bundle.get("zoom.files")
    value = raw.json_value() if raw and raw.error is None else None
    items = dict_items(value)
    found = [str(i["version"]) for i in items if i.get("version")]
    pkg = bundle.get("linux.zoom_pkg")
    if pkg and pkg.ok and pkg.stdout.strip():
        found.append(pkg.stdout.strip())
    return found, bool(items or found), raw


def evaluate(bundle: RawBundle, policy: Policy, now: datetime) -> CheckResult:
    found, installed, raw = installed_versions(bundle)
    minimum = policy.zoom_minimum(bundle.system)
    facts: dict[str, Any] = {"versions": found, "minimum_version": minimum}
    if not installed:
        if raw is not None and raw.error not in (None, "not-found"):
            return unknown("zoom", raw, facts)
        return result(
            "zoom",
            Status.FAIL,
            translate("Checks", "The Zoom app is not installed."),
            translate("Checks", "Install Zoom Workplace from zoom.us, then check again."),
            link=DOWNLOAD,
            data=facts,
        )
    newest = max(found, key=lambda v: versions.parse(v) or versions.parse("0"), default=None)
    facts["version"] = newest
    ok = versions.at_least(newest, minimum) if newest else None
    if ok is None:
        return result(
            "zoom",
            Status.UNKNOWN,
            translate("Checks", "Zoom is installed, but its version could not be read."),
            translate("Checks", "Open Zoom once before the session so it can update itself."),
            data=facts,
        )
    if not ok:
        return result(
            "zoom",
            Status.FAIL,
            translate("Checks", "Zoom %1 is too old to join meetings (needs %2 or newer).")
            .replace("%1", newest or "")
            .replace("%2", minimum),
            translate(
                "Checks",
                "Open Zoom and choose Check for Updates, or install it again from zoom.us.",
            ),
            link=DOWNLOAD,
            data=facts,
        )
    return result(
        "zoom",
        Status.PASS,
        translate("Checks", "Zoom %1 is installed.").replace("%1", newest or ""),
        data=facts,
    )
