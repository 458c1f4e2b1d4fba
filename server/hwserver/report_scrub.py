"""Environment reports keep check results, not things that identify a device or a person."""

from __future__ import annotations

from typing import Any

IDENTIFYING_KEYS = frozenset(
    {
        "device_id",
        "hostname",
        "host_name",
        "computer_name",
        "machine_name",
        "username",
        "user_name",
        "user",
        "mac",
        "mac_address",
        "serial",
        "serial_number",
        "ip",
        "ip_address",
        "local_ip",
        "public_ip",
        "ssid",
        "bssid",
        "email",
        "machine_id",
        "uuid",
        "hardware_uuid",
    }
)
MAX_DEPTH = 8


def scrub(value: Any, depth: int = 0) -> Any:
    """Drop identifying keys at any depth (the device id is stored only as a salted hash)."""
    if depth > MAX_DEPTH:
        return None
    if isinstance(value, dict):
        return {
            k: scrub(v, depth + 1)
            for k, v in value.items()
            if str(k).lower() not in IDENTIFYING_KEYS
        }
    if isinstance(value, list):
        return [scrub(v, depth + 1) for v in value]
    return value
