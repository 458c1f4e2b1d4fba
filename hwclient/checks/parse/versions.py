"""Lenient version parsing: "6.2.5 (43372)", "5.17.11.34827", "v6.1" → comparable Version."""

from __future__ import annotations

import re

from packaging.version import InvalidVersion, Version

_LEADING = re.compile(r"\d+(?:\.\d+)*")


def parse(text: str | None) -> Version | None:
    match = _LEADING.search(text or "")
    if not match:
        return None
    try:
        return Version(match[0])
    except InvalidVersion:
        return None


def at_least(version: str | None, minimum: str) -> bool | None:
    """None when either side is unreadable."""
    have, need = parse(version), parse(minimum)
    if have is None or need is None:
        return None
    return have >= need
