"""`Label : value` text as printed by netsh, sw_vers and friends, in any language."""

from __future__ import annotations

import re

_LINE = re.compile(r"^\s*([^:：\r\n]+?)\s*[:：]\s?(.*?)\s*$")


def blocks(text: str) -> list[dict[str, str]]:
    """Split into blank-line separated blocks of {label: value}; first label wins."""
    out: list[dict[str, str]] = []
    current: dict[str, str] = {}
    for line in (text or "").splitlines():
        match = _LINE.match(line)
        if match and match[1].strip():
            current.setdefault(match[1].strip(), match[2].strip())
        elif not line.strip() and current:
            out.append(current)
            current = {}
    if current:
        out.append(current)
    return out


def pick(fields: dict[str, str], *labels: str) -> str | None:
    """The value of the first label present; labels compare case-insensitively."""
    lowered = {k.lower(): v for k, v in fields.items()}
    for label in labels:
        if label.lower() in lowered:
            return lowered[label.lower()]
    return None
