"""Is the OS still in vendor support today, and are its security updates recent?

Windows support ends per release *and* edition (Home/Pro earlier than
Enterprise/Education); macOS per major version. Dates come from the policy.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from hwclient.checks.model import CheckResult, Status, worst
from hwclient.checks.parse import macos, windows
from hwclient.checks.policy import OsSupport, Policy
from hwclient.checks.raw import RawBundle
from hwclient.checks.rules.base import result, unknown
from hwclient.i18n import translate

WARN_BEFORE_END_DAYS = 60
WINDOWS_UPDATE = "ms-settings:windowsupdate"
MAC_UPDATE = "x-apple.systempreferences:com.apple.preferences.softwareupdate"
WINDOWS_LIFECYCLE = (
    "https://learn.microsoft.com/windows/release-health/windows11-release-information"
)
MAC_LINK = "https://support.apple.com/en-us/100100"


def evaluate(bundle: RawBundle, policy: Policy, now: datetime) -> CheckResult:
    if bundle.system == "Windows":
        return _windows(bundle, policy, now)
    if bundle.system == "Darwin":
        return _macos(bundle, policy, now)
    return _linux(bundle)


def find_entry(
    entries: list[OsSupport], version: str, build: int | None, edition: str | None
) -> tuple[OsSupport | None, str]:
    """The policy row for this OS, and why: exact | older | newer | unknown.

    A build older than every listed release of its version is out of support;
    a newer one (an Insider or a release after the policy was dated) is given
    the benefit of the doubt.
    """
    rows = [e for e in entries if e.version == version]
    if edition is not None:
        rows = [e for e in rows if e.edition in (None, edition)] or rows
    if not rows:
        return None, "unknown"
    for row in rows:
        if build is None or row.build is None or row.build == build:
            return row, "exact"
    builds = sorted(r.build for r in rows if r.build is not None)
    if build is not None and builds and build < builds[0]:
        return None, "older"
    if build is not None and builds and build > builds[-1]:
        return None, "newer"
    return None, "unknown"


def _support_result(
    row: OsSupport | None, why: str, name: str, now: datetime
) -> tuple[Status, str, str]:
    today = now.date()
    if row is None and why == "older":
        return (
            Status.FAIL,
            translate("Checks", "%1 no longer gets security updates.").replace("%1", name),
            translate("Checks", "Update to a newer version. Open the update settings to start."),
        )
    if row is None and why == "newer":
        return Status.PASS, translate("Checks", "%1 is a current version.").replace("%1", name), ""
    if row is None:
        return (
            Status.UNKNOWN,
            translate("Checks", "%1: its support dates are not known yet.").replace("%1", name),
            "",
        )
    end = row.supported_until
    if end < today and row.estimated:
        return (
            Status.WARN,
            translate("Checks", "%1 probably no longer gets security updates.").replace("%1", name),
            translate("Checks", "Update to a newer version. Open the update settings to start."),
        )
    if end < today:
        return (
            Status.FAIL,
            translate("Checks", "%1 stopped getting security updates on %2.")
            .replace("%1", name)
            .replace("%2", end.isoformat()),
            translate("Checks", "Update to a newer version. Open the update settings to start."),
        )
    if (end - today).days <= WARN_BEFORE_END_DAYS:
        return (
            Status.WARN,
            translate("Checks", "%1 gets security updates only until %2.")
            .replace("%1", name)
            .replace("%2", end.isoformat()),
            translate("Checks", "Plan to update to a newer version before then."),
        )
    return (
        Status.PASS,
        translate("Checks", "%1 is supported until %2.")
        .replace("%1", name)
        .replace("%2", end.isoformat()),
        "",
    )


def _windows(bundle: RawBundle, policy: Policy, now: datetime) -> CheckResult:
    raw = bundle.get("win.os")
    info = windows.os_info(raw.stdout) if raw and raw.error is None else None
    if not info or info["build"] is None:
        return unknown("os", raw)
    build = info["build"]
    version = "11" if build >= 22000 else "10"
    edition = windows.edition_class(info["edition_id"], info["caption"])
    name = info["caption"] or f"Windows {version}"
    if info["display_version"]:
        name = f"{name} {info['display_version']}"
    facts: dict[str, Any] = {**info, "version": version, "edition_class": edition}
    if edition == "server":
        return result(
            "os",
            Status.WARN,
            translate("Checks", "%1 is a server system, not a PC system.").replace("%1", name),
            translate("Checks", "Use a PC with Windows 11 or a Mac if you can."),
            data=facts,
        )
    rows = [e for e in policy.os_support if e.os == "windows"]
    row, why = find_entry(rows, version, build, edition)
    facts.update(supported_until=row.supported_until.isoformat() if row else None, match=why)
    status, detail, remedy = _support_result(row, why, name, now)
    patch_status, patch_detail, patch_facts = _windows_patch(bundle, policy, now)
    facts.update(patch_facts)
    if status == Status.PASS and patch_status == Status.WARN:
        status, remedy = (
            Status.WARN,
            translate("Checks", "Open Windows Update and install the updates."),
        )
    detail = " ".join(d for d in (detail, patch_detail) if d)
    uri = WINDOWS_UPDATE if status != Status.PASS else None
    return result(
        "os", status, detail, remedy, link=WINDOWS_LIFECYCLE, settings_uri=uri, data=facts
    )


def _windows_patch(
    bundle: RawBundle, policy: Policy, now: datetime
) -> tuple[Status, str, dict[str, Any]]:
    raw = bundle.get("win.hotfix")
    newest = windows.latest_hotfix(raw.stdout) if raw and raw.error is None else None
    if newest is None:
        return Status.UNKNOWN, "", {"latest_update": None}
    age = (now - newest).days
    facts = {"latest_update": newest.date().isoformat(), "latest_update_age_days": age}
    if age > policy.thresholds.os_patch_max_age_days:
        detail = translate("Checks", "The last update was installed %1 days ago.").replace(
            "%1", str(age)
        )
        return Status.WARN, detail, facts
    return Status.PASS, "", facts


def _macos(bundle: RawBundle, policy: Policy, now: datetime) -> CheckResult:
    raw = bundle.get("mac.sw_vers")
    info = macos.sw_vers(raw.stdout) if raw and raw.error is None else None
    major = macos.major_version(info["version"]) if info else None
    if not info or major is None:
        return unknown("os", raw)
    name = f"{info['name']} {info['version']}"
    rows = [e for e in policy.os_support if e.os == "macos"]
    row, why = find_entry(rows, str(major), None, None)
    if row is None and rows:
        majors = sorted(int(r.version) for r in rows if r.version.isdigit())
        why = "older" if majors and major < majors[0] else "newer" if majors else why
    facts: dict[str, Any] = {**info, "major": major, "match": why}
    if row:
        facts["supported_until"] = row.supported_until.isoformat()
    status, detail, remedy = _support_result(row, why, name, now)
    upd = bundle.get("mac.softwareupdate")
    pending = (
        macos.pending_updates(upd.stdout + "\n" + upd.stderr) if upd and upd.error is None else None
    )
    facts["pending_updates"] = pending
    if pending and status == Status.PASS:
        status = worst([status, Status.WARN])
        detail = translate("Checks", "%1 has updates waiting to be installed.").replace("%1", name)
        remedy = translate("Checks", "Open Software Update and install the updates.")
    uri = MAC_UPDATE if status != Status.PASS else None
    return result("os", status, detail, remedy, link=MAC_LINK, settings_uri=uri, data=facts)


def _linux(bundle: RawBundle) -> CheckResult:
    raw = bundle.get("linux.os_release")
    fields: dict[str, str] = {}
    for line in (raw.stdout if raw else "").splitlines():
        key, sep, value = line.partition("=")
        if sep:
            fields[key.strip()] = value.strip().strip('"')
    name = fields.get("PRETTY_NAME") or fields.get("NAME") or "Linux"
    facts = {k.lower(): fields.get(k) for k in ("ID", "VERSION_ID", "PRETTY_NAME")}
    return result(
        "os",
        Status.UNKNOWN,
        translate(
            "Checks", "%1: this app cannot tell whether it still gets security updates."
        ).replace("%1", name),
        translate("Checks", "Install your system's updates regularly."),
        data=facts,
    )
