"""The `User-Agent` and `Accept-Language` values the backend expects (API.md).

The server decides "client too old" from our version in the User-Agent and
the help desk reads the OS from it, so the format is part of the contract:
`hwclient/<version> (<os> <os-version>)`.
"""

from __future__ import annotations

import platform
import sys

from hwclient import __version__
from hwclient.i18n import language


def os_description() -> str:
    """Name the OS the way a help desk would ask for it ("Windows 10.0.22631")."""
    system = platform.system() or sys.platform
    if system == "Darwin":
        release = platform.mac_ver()[0] or platform.release()
        return f"macOS {release}"
    if system == "Windows":
        return f"Windows {platform.version()}"
    if system == "Linux":
        return f"Linux {platform.release()}"
    return f"{system} {platform.release()}".strip()


def _header_safe(text: str) -> str:
    """Headers must be ASCII without parentheses that would break the product comment."""
    cleaned = "".join(ch for ch in text if 32 <= ord(ch) < 127 and ch not in "()")
    return cleaned.strip() or "unknown"


def user_agent(version: str = __version__) -> str:
    return f"hwclient/{_header_safe(version)} ({_header_safe(os_description())})"


def accept_language(code: str | None) -> str:
    """Our language first, then Japanese and English as the server's fallbacks."""
    primary = language(code).bcp47
    tags = [primary]
    for fallback in ("ja", "en"):
        if fallback not in tags:
            tags.append(fallback)
    weights = ["", ";q=0.8", ";q=0.5"]
    return ", ".join(tag + weights[i] for i, tag in enumerate(tags))
