"""OS support decisions by version, edition and date, from the bundled researched table."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from hwclient.checks.engine import evaluate_bundle
from hwclient.checks.model import Status
from hwclient.checks.raw import RawBundle, RawOutput

TODAY = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


def windows(build: int, edition_id: str, caption: str, now: datetime = TODAY) -> RawBundle:
    os_json = json.dumps({"Caption": caption, "BuildNumber": str(build), "EditionID": edition_id})
    hotfix = json.dumps([{"InstalledOn": {"value": "/Date(1794441600000)/"}}])  # 2026-11-12
    return RawBundle(
        collected_at=now,
        platform={"system": "Windows"},
        app_version="0.1.0",
        outputs={
            "win.os": RawOutput("win.os", stdout=os_json, returncode=0),
            "win.hotfix": RawOutput("win.hotfix", stdout=hotfix, returncode=0),
        },
    )


def mac(version: str) -> RawBundle:
    text = f"ProductName:\tmacOS\nProductVersion:\t{version}\nBuildVersion:\tX\n"
    return RawBundle(
        collected_at=TODAY,
        platform={"system": "Darwin"},
        app_version="0.1.0",
        outputs={"mac.sw_vers": RawOutput("mac.sw_vers", stdout=text, returncode=0)},
    )


def os_status(bundle: RawBundle, policy, now: datetime = TODAY) -> Status:
    return evaluate_bundle(bundle, policy, now=now, only=["os"]).results[0].status


@pytest.mark.parametrize(
    ("build", "edition", "caption", "want"),
    [
        (19045, "Core", "Microsoft Windows 10 Home", Status.FAIL),  # ended 2025-10-14
        (19045, "Enterprise", "Microsoft Windows 10 Enterprise", Status.FAIL),
        (
            19044,
            "EnterpriseS",
            "Microsoft Windows 10 Enterprise LTSC 2021",
            Status.WARN,
        ),  # ends 2027-01-12: soon
        (
            17763,
            "EnterpriseS",
            "Microsoft Windows 10 Enterprise LTSC 2019",
            Status.PASS,
        ),  # 2029-01-09
        (
            19044,
            "Professional",
            "Microsoft Windows 10 Pro",
            Status.FAIL,
        ),  # 21H2: older than any row
        (22631, "Professional", "Microsoft Windows 11 Pro", Status.FAIL),  # 2025-11-11
        (22631, "Enterprise", "Microsoft Windows 11 Enterprise", Status.FAIL),  # 2026-11-10
        (26100, "Core", "Microsoft Windows 11 Home", Status.FAIL),  # 2026-10-13
        (26100, "Enterprise", "Microsoft Windows 11 Enterprise", Status.PASS),  # 2027-10-12
        (26100, "Education", "Microsoft Windows 11 Education", Status.PASS),
        (26100, "EnterpriseS", "Microsoft Windows 11 Enterprise LTSC 2024", Status.PASS),
        (26200, "Core", "Microsoft Windows 11 Home", Status.PASS),  # 2027-10-12
        (28000, "Professional", "Microsoft Windows 11 Pro", Status.PASS),
        (29500, "Core", "Microsoft Windows 11 Home", Status.PASS),  # newer than the table
    ],
)
def test_windows_support_by_release_and_edition(build, edition, caption, want, policy) -> None:
    assert os_status(windows(build, edition, caption), policy) == want


def test_windows_11_24h2_home_was_fine_before_its_end_date(policy) -> None:
    before = datetime(2026, 7, 1, tzinfo=UTC)
    bundle = windows(26100, "Core", "Microsoft Windows 11 Home", before)
    hotfix_age_ok = os_status(bundle, policy, now=before)
    assert hotfix_age_ok == Status.PASS


def test_support_ending_within_two_months_warns(policy) -> None:
    soon = datetime(2027, 9, 1, tzinfo=UTC)  # 25H2 Home ends 2027-10-12
    bundle = windows(26200, "Core", "Microsoft Windows 11 Home", soon)
    # the hotfix is from 2026-11-12: also stale by then, still a warning, not a failure
    result = evaluate_bundle(bundle, policy, now=soon, only=["os"]).results[0]
    assert result.status == Status.WARN
    assert "2027-10-12" in result.detail


def test_old_security_updates_warn_on_a_supported_release(policy) -> None:
    later = datetime(2027, 3, 1, tzinfo=UTC)  # newest hotfix 2026-11-12: 109 days
    result = evaluate_bundle(
        windows(26200, "Core", "Microsoft Windows 11 Home", later), policy, now=later, only=["os"]
    ).results[0]
    assert result.status == Status.WARN
    assert result.data["latest_update_age_days"] == 109


@pytest.mark.parametrize(
    ("version", "want"),
    [
        ("13.7.8", Status.FAIL),  # Ventura ended 2025-09-15
        ("12.7.6", Status.FAIL),
        ("10.15.7", Status.FAIL),  # older than every row
        ("14.8.2", Status.WARN),  # an estimated end that has passed: warn, not fail
        ("15.7.2", Status.PASS),
        ("26.1", Status.PASS),
        ("27.0", Status.PASS),  # newer than the table
    ],
)
def test_macos_support_by_major_version(version: str, want: Status, policy) -> None:
    assert os_status(mac(version), policy) == want


def test_server_shaped_policy_rows_are_understood() -> None:
    from hwclient.checks.policy import parse_policy

    data = {
        "latest_version": "0.2.0",
        "minimum_version": "0.1.0",
        "zoom_minimum_version": "6.0.2",
        "os_support": [
            {
                "os": "windows",
                "version": "11 24H2",
                "build": "26100",
                "edition": "consumer",
                "supported_until": "2026-10-13",
            },
            {
                "os": "macos",
                "version": "15",
                "build": None,
                "edition": None,
                "supported_until": "2027-09-30",
            },
        ],
        "updated_at": "2026-11-20T00:00:00+09:00",
    }
    policy = parse_policy(data)
    win = policy.os_support[0]
    assert (win.version, win.release, win.build, win.edition) == ("11", "24H2", 26100, "consumer")
    assert os_status(windows(26100, "Core", "Microsoft Windows 11 Home"), policy) == Status.FAIL
