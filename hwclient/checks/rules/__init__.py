"""Rules: pure functions (raw bundle, policy, now) → CheckResult, one module per check."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from hwclient.checks.model import CheckResult
from hwclient.checks.policy import Policy
from hwclient.checks.raw import RawBundle
from hwclient.checks.rules import (
    antivirus,
    app,
    connectivity,
    devices,
    firewall,
    network,
    os_support,
    power,
    processes,
    zoom,
)
from hwclient.checks.rules.base import Rule, unknown

RULES: dict[str, Rule] = {
    "camera": devices.camera,
    "microphone": devices.microphone,
    "speaker": devices.speaker,
    "os": os_support.evaluate,
    "antivirus": antivirus.evaluate,
    "firewall": firewall.evaluate,
    "network": network.evaluate,
    "connectivity": connectivity.evaluate,
    "zoom": zoom.evaluate,
    "app": app.evaluate,
    "processes": processes.evaluate,
    "power": power.power,
    "resources": power.resources,
}


def evaluate_one(check: str, bundle: RawBundle, policy: Policy, now: datetime) -> CheckResult:
    """Judge one check; a rule bug on odd input gives `unknown`, never a traceback."""
    try:
        res = RULES[check](bundle, policy, now)
    except Exception as exc:  # parsers are fuzzed, but a help desk must still get a report
        res = unknown(check, None, {"rule_error": type(exc).__name__})
    return replace(res, duration_s=bundle.check_durations.get(check, 0.0))
