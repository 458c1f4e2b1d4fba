"""Connectivity and clock, app version, power and load."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from hwclient.checks.engine import evaluate_bundle
from hwclient.checks.model import Status
from hwclient.checks.raw import RawBundle, RawOutput

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


def values(app_version: str = "0.1.0", **probes: Any) -> RawBundle:
    outputs = {
        name.replace("_", "."): RawOutput(name.replace("_", "."), "python", value=v)
        for name, v in probes.items()
    }
    return RawBundle(
        collected_at=NOW, platform={"system": "Windows"}, app_version=app_version, outputs=outputs
    )


def site(date: str, latency: int = 40, status: int | None = 200) -> dict[str, Any]:
    return {
        "status": status,
        "latency_ms": latency,
        "date": date,
        "local_time": "2026-11-26T09:00:00+00:00",
    }


def one(bundle: RawBundle, policy, check: str):
    return evaluate_bundle(bundle, policy, only=[check]).results[0]


def test_clock_five_minutes_fast_warns(policy) -> None:
    b = values(
        net_backend=site("Thu, 26 Nov 2026 08:55:00 GMT"),
        net_zoom=site("Thu, 26 Nov 2026 09:00:00 GMT"),
    )
    result = one(b, policy, "connectivity")
    assert result.status == Status.WARN
    assert result.data["clock_offset_s"] == 300.0
    assert "5 minutes" in result.detail
    assert result.settings_uri == "ms-settings:dateandtime"


def test_service_down_fails_and_says_which(policy) -> None:
    b = values(net_backend=site("", status=None), net_zoom=site("Thu, 26 Nov 2026 09:00:01 GMT"))
    result = one(b, policy, "connectivity")
    assert result.status == Status.FAIL
    assert "counselling service" in result.detail
    assert "Zoom" not in result.detail


def test_slow_connection_warns_and_good_one_passes(policy) -> None:
    slow = values(net_zoom=site("Thu, 26 Nov 2026 09:00:00 GMT", latency=900))
    assert one(slow, policy, "connectivity").status == Status.WARN
    fine = values(net_zoom=site("Thu, 26 Nov 2026 09:00:00 GMT", latency=35))
    assert one(fine, policy, "connectivity").status == Status.PASS


def test_app_below_minimum_fails_with_the_download_link(policy) -> None:
    strict = replace(policy, minimum_version="0.3.0", latest_version="0.4.0")
    result = one(values(), strict, "app")
    assert result.status == Status.FAIL
    assert result.link == policy.download_url
    assert "0.4.0" in result.remedy
    assert one(values(), replace(policy, latest_version="0.2.0"), "app").status == Status.WARN
    assert one(values(), policy, "app").status == Status.PASS


def test_battery(policy) -> None:
    low = values(sys_battery={"present": True, "percent": 18.0, "plugged": False})
    assert one(low, policy, "power").status == Status.WARN
    assert one(low, policy, "power").settings_uri == "ms-settings:batterysaver"
    plugged = values(sys_battery={"present": True, "percent": 18.0, "plugged": True})
    assert one(plugged, policy, "power").status == Status.PASS
    desktop = values(sys_battery={"present": False})
    assert one(desktop, policy, "power").status == Status.PASS


def test_load(policy) -> None:
    busy = values(
        sys_load={"cpu_percent": 97.5, "memory_percent": 93.0, "memory_available_mb": 300}
    )
    result = one(busy, policy, "resources")
    assert result.status == Status.WARN
    assert "98" in result.detail
    assert "93" in result.detail
    calm = values(sys_load={"cpu_percent": 12.0, "memory_percent": 55.0})
    assert one(calm, policy, "resources").status == Status.PASS
