"""Recorded machines judged on 2026-11-26.

Windows 10/11 in English and Japanese, Windows Server, macOS 14/15/26, Debian, Ubuntu.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from hwclient.checks.engine import evaluate_bundle
from hwclient.checks.model import Status

_spec = importlib.util.spec_from_file_location(
    "checks_conftest", Path(__file__).with_name("conftest.py")
)
assert _spec
assert _spec.loader
conf = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(conf)


@pytest.mark.parametrize("name", conf.SCENARIOS)
def test_each_recorded_machine_gets_the_expected_verdicts(name: str, policy) -> None:
    bundle = conf.read_scenario(name)
    want = conf.expected(name)
    report = evaluate_bundle(bundle, policy, now=conf.NOW, only=list(want))
    got = {r.id: r.status.value for r in report.results}
    assert got == want
    for r in report.results:
        assert r.title, r.id
        assert r.detail, r.id
        assert "rule_error" not in r.data, (r.id, r.data)
        if r.status in (Status.FAIL, Status.WARN):
            assert r.remedy, f"{name}/{r.id}: a problem without a next step"


def test_windows_11_24h2_home_names_the_end_date_and_opens_windows_update(policy) -> None:
    report = evaluate_bundle(conf.read_scenario("win11_24h2_home_en"), policy, only=["os"])
    os_result = report.results[0]
    assert "2026-10-13" in os_result.detail
    assert os_result.settings_uri == "ms-settings:windowsupdate"
    assert os_result.data["edition_class"] == "consumer"
    assert os_result.data["latest_update"] == "2026-11-12"


def test_japanese_open_hotspot_fails_and_names_both_problems(policy) -> None:
    report = evaluate_bundle(conf.read_scenario("win11_25h2_pro_ja"), policy, only=["network"])
    net = report.results[0]
    assert net.status == Status.FAIL
    assert net.data["wifi"]["grade"] == "open"
    assert net.data["wifi"]["looks_like_hotspot"] is True
    assert net.data["categories"] == ["Public"]
    assert "public" in net.detail.lower()


def test_third_party_antivirus_with_passive_defender_passes_and_names_it(policy) -> None:
    report = evaluate_bundle(conf.read_scenario("win11_25h2_pro_ja"), policy, only=["antivirus"])
    assert report.results[0].status == Status.PASS
    assert "ESET Security" in report.results[0].detail


def test_japanese_netsh_firewall_names_the_public_profile(policy) -> None:
    report = evaluate_bundle(conf.read_scenario("win11_25h2_pro_ja"), policy, only=["firewall"])
    assert report.results[0].data["profiles"] == {"domain": True, "private": True, "public": False}
    assert "public" in report.results[0].detail


def test_windows_server_without_security_center_falls_back_to_defender(policy) -> None:
    report = evaluate_bundle(conf.read_scenario("winserver2022_en"), policy, only=["antivirus"])
    result = report.results[0]
    assert result.status == Status.PASS
    assert result.data["security_center"] is False


def test_macos_location_privacy_hides_the_ssid_but_security_is_still_judged(policy) -> None:
    report = evaluate_bundle(conf.read_scenario("macos15_en"), policy, only=["network"])
    wifi = report.results[0].data["wifi"]
    assert wifi["ssid_hidden_by_os"] is True
    assert wifi["grade"] == "wpa2"
    # utun0-3 are macOS system tunnels (iCloud, Back to My Mac), not a VPN the person started
    assert report.results[0].data["type"] == "wifi"


def test_zoom_below_the_minimum_says_which_version_is_needed(policy) -> None:
    report = evaluate_bundle(conf.read_scenario("macos14_en"), policy, only=["zoom"])
    assert report.results[0].status == Status.FAIL
    assert "5.17.0" in report.results[0].detail
    assert "6.0.2" in report.results[0].detail
