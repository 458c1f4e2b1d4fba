"""Parsers of Windows, macOS and Linux outputs, in English and Japanese."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from hwclient.checks.parse import macos, powershell, versions, wifi, windows
from hwclient.checks.probes.runner import _decode

# productState values seen in the wild (research §2: idera, neophob).
PRODUCT_STATES = [
    (397568, {"enabled": True, "up_to_date": True, "microsoft": True}),  # 0x61100
    (393472, {"enabled": False, "up_to_date": True, "microsoft": True}),  # 0x60100
    (266240, {"enabled": True, "up_to_date": True, "microsoft": False}),  # 0x41000
    (266256, {"enabled": True, "up_to_date": False, "microsoft": False}),  # 0x41010
    (262144, {"enabled": False, "up_to_date": True, "microsoft": False}),  # 0x40000
    (397584, {"enabled": True, "up_to_date": False, "microsoft": True}),  # 0x61110
]


@pytest.mark.parametrize(("state", "want"), PRODUCT_STATES)
def test_product_state_decoding(state: int, want: dict[str, bool]) -> None:
    got = windows.decode_product_state(state)
    assert {k: got[k] for k in want} == want


def test_snoozed_and_expired_products_are_not_enabled() -> None:
    assert windows.decode_product_state(0x62100) == {
        "enabled": False,
        "snoozed": True,
        "expired": False,
        "up_to_date": True,
        "microsoft": True,
    }
    assert windows.decode_product_state(0x43000)["expired"] is True


@pytest.mark.parametrize(
    ("value", "want"),
    [
        ("/Date(1764115200000)/", datetime(2025, 11, 26, tzinfo=UTC)),
        (
            {"value": "/Date(1764115200000)/", "DateTime": "2025年11月26日 9:00:00"},
            datetime(2025, 11, 26, tzinfo=UTC),
        ),
        ("2026-11-25T06:00:00+09:00", datetime(2026, 11, 24, 21, tzinfo=UTC)),
        ("20261125060000.000000+540", datetime(2026, 11, 24, 21, tzinfo=UTC)),
        ("/Date(-1)/", datetime(1969, 12, 31, 23, 59, 59, 999000, tzinfo=UTC)),
        ("yesterday", None),
        (None, None),
        (12345, None),
    ],
)
def test_powershell_dates(value: object, want: datetime | None) -> None:
    assert powershell.parse_date(value) == want


def test_single_item_unwrapping_is_undone() -> None:
    assert powershell.as_list(powershell.load('{"a": 1}')) == [{"a": 1}]
    assert powershell.as_list(powershell.load('[{"a": 1}, 2]')) == [{"a": 1}]
    assert powershell.as_list(powershell.load("\ufeff")) == []


def test_defender_never_updated_age_is_not_a_number_of_days() -> None:
    text = '{"AntivirusEnabled": true, "AntivirusSignatureAge": 4294967295}'
    status = windows.defender_status(text)
    assert status is not None
    assert status["signature_age_days"] is None


@pytest.mark.parametrize(
    ("edition", "caption", "want"),
    [
        ("Core", "Microsoft Windows 11 Home", "consumer"),
        ("Professional", "Microsoft Windows 11 Pro", "consumer"),
        ("ProfessionalEducation", "Microsoft Windows 11 Pro Education", "consumer"),
        ("Enterprise", "Microsoft Windows 11 Enterprise", "enterprise"),
        ("Education", "Microsoft Windows 11 Education", "enterprise"),
        ("EnterpriseS", "Microsoft Windows 10 Enterprise LTSC 2021", "ltsc"),
        ("ServerStandard", "Microsoft Windows Server 2022 Standard", "server"),
    ],
)
def test_edition_classes_follow_the_lifecycle_tables(edition: str, caption: str, want: str) -> None:
    assert windows.edition_class(edition, caption) == want


def test_netsh_firewall_english_and_japanese() -> None:
    en = (
        "Domain Profile Settings:\n---\nState                                 ON\n\n"
        "Public Profile Settings:\n---\nState   OFF\nOk.\n"
    )
    ja = (
        "ドメイン プロファイル 設定:\n---\n状態                                  オン\n\n"
        "パブリック プロファイル 設定:\n---\n状態   オフ\nOK\n"
    )
    assert windows.firewall_profiles_netsh(en) == {"domain": True, "public": False}
    assert windows.firewall_profiles_netsh(ja) == {"domain": True, "public": False}


def test_firewall_json_gpo_boolean_not_configured_is_ignored() -> None:
    text = (
        '[{"Name":"Domain","Enabled":1},{"Name":"Private","Enabled":2},'
        '{"Name":"Public","Enabled":false}]'
    )
    assert windows.firewall_profiles_json(text) == {"domain": True, "public": False}


def test_japanese_windows_output_in_code_page_932_is_decoded() -> None:
    text = "    状態   : 接続されました\n    認証   : WPA2 - パーソナル\n"
    info = wifi.from_netsh(_decode(text.encode("cp932")))
    assert info.connected
    assert wifi.grade(info.security, info.cipher) == "wpa2"


@pytest.mark.parametrize(
    ("security", "cipher", "want"),
    [
        ("Open", "None", "open"),
        ("オープン", "なし", "open"),
        ("--", "", "open"),
        ("WEP", "", "wep"),
        ("Shared", "WEP", "wep"),
        ("WPA-Personal", "TKIP", "wpa"),
        ("WPA2-Personal", "TKIP", "wpa"),
        ("WPA2 - パーソナル", "CCMP", "wpa2"),
        ("WPA2-Enterprise", "CCMP", "wpa2"),
        ("WPA1 WPA2", "", "wpa2"),
        ("WPA2 802.1X", "", "wpa2"),
        ("WPA3-Personal", "GCMP-256", "wpa3"),
        ("WPA3 - パーソナル", "CCMP", "wpa3"),
        ("spairport_security_mode_wpa3_transition", "", "wpa3"),
        ("spairport_security_mode_none", "", "open"),
        ("OWE", "", "owe"),
        ("", "", "unknown"),
    ],
)
def test_wifi_security_grades(security: str, cipher: str, want: str) -> None:
    assert wifi.grade(security, cipher) == want


@pytest.mark.parametrize(
    "ssid",
    [
        "Free_Wi-Fi",
        "FREE_Wi-Fi_Station",
        "0000docomo",
        "0001softbank",
        "7SPOT",
        "at_STARBUCKS_Wi2",
        "Japan Free Wi-Fi",
        "Guest",
        "LAWSON_Free_Wi-Fi",
        "Famima_Wi-Fi",
        "Hotel-Sunroute-Guest",
        "<ssid:hotspot:0a1b2c3d4e>",
    ],
)
def test_hotspot_looking_ssids(ssid: str) -> None:
    assert wifi.looks_like_hotspot(ssid)


@pytest.mark.parametrize(
    "ssid", ["Yamada-Home-5G", "aterm-5f2c1d-g", "Buffalo-G-1234", "<ssid:0a1b2c3d4e>", "", None]
)
def test_home_ssids_are_not_hotspots(ssid: str | None) -> None:
    assert not wifi.looks_like_hotspot(ssid)


def test_nmcli_terse_escapes() -> None:
    assert wifi.split_terse(r"yes:Cafe\:Guest 5G:WPA2") == ["yes", "Cafe:Guest 5G", "WPA2"]
    assert wifi.split_terse("yes:back\\\\slash:") == ["yes", "back\\slash", ""]
    info = wifi.from_nmcli("no:Home:WPA2\nyes:Open Net:\n")
    assert info.connected
    assert info.ssid == "Open Net"
    assert wifi.grade(info.security) == "open"


def test_netsh_disconnected_interface() -> None:
    text = "\n    Name    : Wi-Fi\n    State   : disconnected\n"
    info = wifi.from_netsh(text)
    assert info.present
    assert not info.connected
    assert info.ssid is None
    assert wifi.from_netsh("There is no wireless interface on the system.") == wifi.WifiInfo()


def test_macos_parsers() -> None:
    assert macos.sw_vers(
        "ProductName:\tmacOS\nProductVersion:\t15.7.2\nBuildVersion:\t24G325\n"
    ) == {"name": "macOS", "version": "15.7.2", "build": "24G325"}
    assert macos.major_version("10.16") == 11
    assert macos.major_version("26.1") == 26
    assert macos.gatekeeper_enabled("assessments disabled\n") is False
    assert macos.firewall_state("Firewall is enabled. (State = 1)") == 1
    assert (
        macos.firewall_state(
            "Firewall is blocking all non-essential incoming connections. (State = 2)"
        )
        == 2
    )
    assert macos.pending_updates("No new software available.") == []
    assert macos.pending_updates("garbage") is None


@pytest.mark.parametrize(
    ("have", "need", "want"),
    [
        ("6.2.5 (43372)", "6.0.2", True),
        ("5.16.10 (26186)", "5.17.5", False),
        ("5.17.5.31030", "5.17.5", True),
        ("?", "1", None),
    ],
)
def test_zoom_version_comparison(have: str, need: str, want: bool | None) -> None:
    assert versions.at_least(have, need) is want
