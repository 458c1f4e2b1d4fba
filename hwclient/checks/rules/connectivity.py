"""The backend and Zoom answer over HTTPS, and the clock agrees with the server.

The join window opens 10 minutes before the start, so a clock a few minutes
off makes people think they are late or early.
"""

from __future__ import annotations

from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any

from hwclient.checks.model import CheckResult, Status
from hwclient.checks.policy import Policy
from hwclient.checks.raw import RawBundle
from hwclient.checks.rules.base import on, result, unknown
from hwclient.i18n import translate

TIME_URI = ("ms-settings:dateandtime", "x-apple.systempreferences:com.apple.preference.datetime")


def clock_offset_s(value: dict[str, Any]) -> float | None:
    """Local minus server time, from the Date header and the local time it arrived."""
    try:
        server = parsedate_to_datetime(str(value["date"]))
        local = datetime.fromisoformat(str(value["local_time"]))
    except (KeyError, TypeError, ValueError, IndexError):
        return None
    return (local - server).total_seconds()


def _site(bundle: RawBundle, probe: str) -> dict[str, Any] | None:
    raw = bundle.get(probe)
    value = raw.json_value() if raw and raw.error is None else None
    return value if isinstance(value, dict) else None


def evaluate(bundle: RawBundle, policy: Policy, now: datetime) -> CheckResult:
    backend, zoom = _site(bundle, "net.backend"), _site(bundle, "net.zoom")
    if backend is None and zoom is None:
        return unknown("connectivity", bundle.get("net.zoom"))
    sites = {k: v for k, v in (("service", backend), ("zoom", zoom)) if v is not None}
    facts: dict[str, Any] = {
        k: {"reachable": v.get("status") is not None, "latency_ms": v.get("latency_ms")}
        for k, v in sites.items()
    }
    down = [k for k, v in sites.items() if v.get("status") is None]
    if down:
        detail = {
            "service": translate("Checks", "The counselling service cannot be reached."),
            "zoom": translate("Checks", "Zoom cannot be reached."),
        }
        return result(
            "connectivity",
            Status.FAIL,
            " ".join(detail[k] for k in down),
            translate(
                "Checks",
                "Check that the internet works (open a web page). At work or school, a "
                "network filter may block it: ask the administrator.",
            ),
            data=facts,
        )
    return _timing(bundle, policy, sites, facts)


def _timing(
    bundle: RawBundle, policy: Policy, sites: dict[str, dict[str, Any]], facts: dict[str, Any]
) -> CheckResult:
    reference = sites.get("service") or sites.get("zoom") or {}
    offset = clock_offset_s(reference)
    facts["clock_offset_s"] = round(offset, 1) if offset is not None else None
    if offset is not None and abs(offset) > policy.thresholds.clock_offset_warn_s:
        return result(
            "connectivity",
            Status.WARN,
            translate("Checks", "This computer's clock is off by about %1 minutes.").replace(
                "%1", str(round(abs(offset) / 60))
            ),
            translate("Checks", 'Turn on "Set time automatically" in the date and time settings.'),
            settings_uri=on(bundle.system, *TIME_URI),
            data=facts,
        )
    slow = [v.get("latency_ms") or 0 for v in sites.values()]
    if max(slow) > policy.thresholds.latency_warn_ms:
        return result(
            "connectivity",
            Status.WARN,
            translate("Checks", "The connection is slow (%1 ms).").replace(
                "%1", str(round(max(slow)))
            ),
            translate("Checks", "Move closer to the Wi-Fi router or use a network cable."),
            data=facts,
        )
    if "service" in sites:
        detail = translate("Checks", "The service and Zoom can be reached, and the clock is right.")
    else:
        detail = translate("Checks", "Zoom can be reached, and the clock is right.")
    return result("connectivity", Status.PASS, detail, data=facts)
