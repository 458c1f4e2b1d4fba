"""The client policy a fresh database starts with (staff update it through the API).

Windows dates: Microsoft lifecycle (Home/Pro = "consumer", Enterprise/Education =
"enterprise"); Windows 10 22H2 includes the consumer ESU year. macOS: Apple
publishes no end dates; it patches the newest three releases, so each release is
expected to leave support about three years after it shipped (estimates).
"""

from __future__ import annotations

from typing import Any

_WINDOWS = [
    ("10 22H2", "19045", "consumer", "2026-10-13"),
    ("10 22H2", "19045", "enterprise", "2025-10-14"),
    ("11 23H2", "22631", "consumer", "2025-11-11"),
    ("11 23H2", "22631", "enterprise", "2026-11-10"),
    ("11 24H2", "26100", "consumer", "2026-10-13"),
    ("11 24H2", "26100", "enterprise", "2027-10-12"),
    ("11 25H2", "26200", "consumer", "2027-10-12"),
    ("11 25H2", "26200", "enterprise", "2028-10-10"),
    ("11 26H1", "28000", "consumer", "2028-03-14"),
    ("11 26H1", "28000", "enterprise", "2029-03-13"),
]
_MACOS = [("14", "2026-11-30"), ("15", "2027-09-30"), ("26", "2028-09-30")]


def default_policy() -> dict[str, Any]:
    os_support: list[dict[str, Any]] = [
        {"os": "windows", "version": v, "build": b, "edition": e, "supported_until": d}
        for v, b, e, d in _WINDOWS
    ]
    os_support += [
        {"os": "macos", "version": v, "build": None, "edition": None, "supported_until": d}
        for v, d in _MACOS
    ]
    return {
        "latest_version": "0.1.0",
        "minimum_version": "0.1.0",
        "download_url": "https://hwclient.example.jp/download",
        "zoom_minimum_version": "6.0.2",
        "os_support": os_support,
    }
