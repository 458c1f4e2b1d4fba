"""The client policy a fresh database starts with (staff replace it through the staff API).

Same data as the app's bundled fallback (resources/policy/policy.json, sources in
resources/policy/SOURCES.md): Microsoft's lifecycle per edition (`consumer` =
Home/Pro, `enterprise` = Enterprise/Education, `ltsc`), and macOS end dates that
are estimates (`estimated`: Apple patches only the newest three majors and
publishes no dates).
"""

from __future__ import annotations

from typing import Any

_WINDOWS: list[tuple[str, str, int, str, str]] = [
    ("10", "22H2", 19045, "consumer", "2025-10-14"),
    ("10", "22H2", 19045, "enterprise", "2025-10-14"),
    ("10", "LTSC 2019", 17763, "ltsc", "2029-01-09"),
    ("10", "LTSC 2021", 19044, "ltsc", "2027-01-12"),
    ("11", "21H2", 22000, "consumer", "2023-10-10"),
    ("11", "21H2", 22000, "enterprise", "2024-10-08"),
    ("11", "22H2", 22621, "consumer", "2024-10-08"),
    ("11", "22H2", 22621, "enterprise", "2025-10-14"),
    ("11", "23H2", 22631, "consumer", "2025-11-11"),
    ("11", "23H2", 22631, "enterprise", "2026-11-10"),
    ("11", "24H2", 26100, "consumer", "2026-10-13"),
    ("11", "24H2", 26100, "enterprise", "2027-10-12"),
    ("11", "LTSC 2024", 26100, "ltsc", "2029-10-09"),
    ("11", "25H2", 26200, "consumer", "2027-10-12"),
    ("11", "25H2", 26200, "enterprise", "2028-10-10"),
    ("11", "26H1", 28000, "consumer", "2028-03-14"),
    ("11", "26H1", 28000, "enterprise", "2029-03-13"),
]
_MACOS: list[tuple[str, str, str, bool]] = [
    ("11", "Big Sur", "2023-09-26", False),
    ("12", "Monterey", "2024-09-16", False),
    ("13", "Ventura", "2025-09-15", False),
    ("14", "Sonoma", "2026-09-15", True),
    ("15", "Sequoia", "2027-09-15", True),
    ("26", "Tahoe", "2028-09-15", True),
]


def default_policy() -> dict[str, Any]:
    os_support: list[dict[str, Any]] = [
        {
            "os": "windows",
            "version": version,
            "release": release,
            "build": build,
            "edition": edition,
            "supported_until": until,
            "estimated": False,
        }
        for version, release, build, edition, until in _WINDOWS
    ]
    os_support += [
        {
            "os": "macos",
            "version": version,
            "release": release,
            "build": None,
            "edition": None,
            "supported_until": until,
            "estimated": estimated,
        }
        for version, release, until, estimated in _MACOS
    ]
    return {
        "latest_version": "0.1.0",
        "minimum_version": "0.1.0",
        "download_url": "https://hwclient.example.jp/download",
        "zoom_minimum_version": "6.0.2",
        "os_support": os_support,
    }
