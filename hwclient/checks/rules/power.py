"""Battery and load: a laptop dying or a PC at 100 % CPU ruins a video call."""

from __future__ import annotations

from datetime import datetime

from hwclient.checks.model import CheckResult, Status
from hwclient.checks.policy import Policy
from hwclient.checks.raw import RawBundle
from hwclient.checks.rules.base import on, result, unknown
from hwclient.i18n import translate


def power(bundle: RawBundle, policy: Policy, now: datetime) -> CheckResult:
    raw = bundle.get("sys.battery")
    if raw is None or raw.error is not None:
        return unknown("power", raw)
    value = raw.json_value()
    if not isinstance(value, dict) or not value.get("present"):
        return result(
            "power",
            Status.PASS,
            translate("Checks", "No battery: the computer runs on mains power."),
            data={"battery": None},
        )
    percent = value.get("percent")
    plugged = bool(value.get("plugged"))
    facts = {"percent": percent, "plugged": plugged}
    if plugged:
        return result(
            "power", Status.PASS, translate("Checks", "The power cable is connected."), data=facts
        )
    if isinstance(percent, int | float) and percent < policy.thresholds.battery_warn_percent:
        return result(
            "power",
            Status.WARN,
            translate("Checks", "The battery is low (%1 %).").replace("%1", str(round(percent))),
            translate("Checks", "Connect the power cable before the session."),
            settings_uri=on(bundle.system, "ms-settings:batterysaver", None),
            data=facts,
        )
    return result(
        "power",
        Status.PASS,
        translate(
            "Checks", "Running on battery. Connecting the power cable for the session is safer."
        ),
        data=facts,
    )


def resources(bundle: RawBundle, policy: Policy, now: datetime) -> CheckResult:
    raw = bundle.get("sys.load")
    value = raw.json_value() if raw and raw.error is None else None
    if not isinstance(value, dict):
        return unknown("resources", raw)
    cpu, mem = value.get("cpu_percent"), value.get("memory_percent")
    facts = {
        "cpu_percent": cpu,
        "memory_percent": mem,
        "memory_available_mb": value.get("memory_available_mb"),
    }
    busy = []
    if isinstance(cpu, int | float) and cpu >= policy.thresholds.cpu_warn_percent:
        busy.append(
            translate("Checks", "The processor is very busy (%1 %).").replace("%1", str(round(cpu)))
        )
    if isinstance(mem, int | float) and mem >= policy.thresholds.memory_warn_percent:
        busy.append(
            translate("Checks", "Memory is nearly full (%1 %).").replace("%1", str(round(mem)))
        )
    if busy:
        return result(
            "resources",
            Status.WARN,
            " ".join(busy),
            translate(
                "Checks", "Close programs and browser tabs you do not need, then check again."
            ),
            data=facts,
        )
    return result(
        "resources",
        Status.PASS,
        translate("Checks", "The computer has enough free capacity."),
        data=facts,
    )
