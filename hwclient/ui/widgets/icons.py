"""The app's own icons, loaded from resources/icons (SVG, scale to any DPI)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from hwclient.paths import resource

STATUSES = ("pass", "warn", "fail", "unknown", "info", "running")


@cache
def icon(name: str) -> QIcon:
    """Load resources/icons/<name>.svg; a missing file gives an empty icon, not a crash."""
    return QIcon(str(resource("icons", f"{name}.svg")))


def status_icon(status: str) -> QIcon:
    """Icon for a check status; each has its own shape, so colour is never the only cue."""
    return icon(f"status-{status if status in STATUSES else 'unknown'}")


def app_icon() -> QIcon:
    return icon("app")
