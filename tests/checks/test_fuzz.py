"""Garbage in, `unknown` out: parsers and rules never raise on odd output."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hwclient.checks.engine import evaluate_bundle
from hwclient.checks.model import CHECK_IDS, Status
from hwclient.checks.parse import interfaces, macos, powershell, wifi, windows
from hwclient.checks.policy import load_bundled
from hwclient.checks.raw import RawBundle, RawOutput

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
POLICY = load_bundled()
PROBES = [
    "win.os",
    "win.hotfix",
    "win.av",
    "win.defender",
    "win.firewall",
    "win.firewall_netsh",
    "win.wlan",
    "win.netprofile",
    "win.zoom",
    "zoom.files",
    "mac.sw_vers",
    "mac.softwareupdate",
    "mac.gatekeeper",
    "mac.xprotect",
    "mac.firewall",
    "mac.airport",
    "mac.route",
    "linux.os_release",
    "linux.clamav",
    "linux.ufw",
    "linux.firewalld",
    "linux.nmcli_wifi",
    "linux.route",
    "linux.zoom_pkg",
    "media.devices",
    "camera.open",
    "net.interfaces",
    "sys.battery",
    "proc.list",
    "sys.load",
    "net.zoom",
    "net.backend",
]
TEXT_PARSERS = [
    wifi.from_netsh,
    wifi.from_nmcli,
    wifi.from_system_profiler,
    windows.av_products,
    windows.defender_status,
    windows.firewall_profiles_json,
    windows.firewall_profiles_netsh,
    windows.network_profiles,
    windows.os_info,
    windows.latest_hotfix,
    windows.zoom_versions,
    macos.sw_vers,
    macos.firewall_state,
    macos.gatekeeper_enabled,
    macos.pending_updates,
    interfaces.default_route_linux,
    interfaces.default_route_macos,
    powershell.load,
]

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=12,
)
# Text near the real formats finds more than pure noise does.
near_text = st.one_of(
    st.text(max_size=300),
    json_values.map(json.dumps),
    st.lists(
        st.sampled_from(
            [
                "SSID",
                "State",
                "状態",
                "認証",
                "Authentication",
                "ProductVersion",
                "State = ",
                "yes",
                ":",
            ]
        )
        | st.text(max_size=15),
        max_size=20,
    ).map(lambda parts: " : ".join(parts) + "\n"),
)


@given(text=near_text)
@settings(max_examples=100, deadline=None)
def test_text_parsers_never_raise(text: str) -> None:
    for parser in TEXT_PARSERS:
        parser(text)
    wifi.grade(text, text)
    wifi.looks_like_hotspot(text)
    wifi.split_terse(text)


@given(
    system=st.sampled_from(["Windows", "Darwin", "Linux", ""]),
    outputs=st.dictionaries(
        st.sampled_from(PROBES),
        st.tuples(
            near_text, json_values, st.sampled_from([None, "timeout", "not-found", "error: x"])
        ),
        max_size=12,
    ),
)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_rules_turn_garbage_into_a_verdict_not_a_crash(system: str, outputs: dict) -> None:
    raws = {
        name: RawOutput(name, stdout=text, value=value, error=error, returncode=0)
        for name, (text, value, error) in outputs.items()
    }
    bundle = RawBundle(
        collected_at=NOW, platform={"system": system}, app_version="0.1.0", outputs=raws
    )
    report = evaluate_bundle(bundle, POLICY, only=CHECK_IDS)
    assert [r.id for r in report.results] == list(CHECK_IDS)
    for result in report.results:
        assert result.status in Status
        assert "rule_error" not in result.data, (result.id, result.data)
        json.dumps(result.to_json())
