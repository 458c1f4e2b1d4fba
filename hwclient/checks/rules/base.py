"""What every rule shares: titles, the result builder and probe-failure wording."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from hwclient.checks.model import CheckResult, Status
from hwclient.checks.policy import Policy
from hwclient.checks.raw import RawBundle, RawOutput

Rule = Callable[[RawBundle, Policy, datetime], CheckResult]


def titles() -> dict[str, str]:
    """Built on each call so a language switch shows at once."""
    t = QCoreApplication.translate
    return {
        "camera": t("Checks", "Camera"),
        "microphone": t("Checks", "Microphone"),
        "speaker": t("Checks", "Speakers or headphones"),
        "os": t("Checks", "Operating system and updates"),
        "antivirus": t("Checks", "Virus protection"),
        "firewall": t("Checks", "Firewall"),
        "network": t("Checks", "Network"),
        "connectivity": t("Checks", "Connection to the service and Zoom"),
        "zoom": t("Checks", "Zoom app"),
        "app": t("Checks", "This app"),
        "processes": t("Checks", "Recording and file-sharing programs"),
        "power": t("Checks", "Power"),
        "resources": t("Checks", "Computer load"),
    }


def result(
    check_id: str,
    status: Status,
    detail: str,
    remedy: str = "",
    *,
    link: str | None = None,
    settings_uri: str | None = None,
    data: dict[str, Any] | None = None,
) -> CheckResult:
    return CheckResult(
        id=check_id,
        status=status,
        title=titles()[check_id],
        detail=detail,
        remedy=remedy,
        link=link,
        settings_uri=settings_uri,
        data=data or {},
    )


def probe_problem(raw: RawOutput | None) -> str | None:
    """A plain explanation when a probe produced nothing usable, else None."""
    t = QCoreApplication.translate
    if raw is None:
        return t("Checks", "This could not be checked on this computer.")
    if raw.timed_out:
        return t("Checks", "The check timed out before this computer answered.")
    if raw.error == "not-found":
        return t("Checks", "The tool needed for this check is not on this computer.")
    if raw.error:
        return t("Checks", "This could not be checked on this computer.")
    return None


def unknown(
    check_id: str, raw: RawOutput | None, data: dict[str, Any] | None = None
) -> CheckResult:
    t = QCoreApplication.translate
    detail = probe_problem(raw) or t("Checks", "The answer from this computer could not be read.")
    facts = {"probe_error": raw.error if raw else "missing", **(data or {})}
    return result(check_id, Status.UNKNOWN, detail, data=facts)


def on(system: str, windows: str | None, macos: str | None) -> str | None:
    """Pick the per-platform value of a settings link."""
    return {"Windows": windows, "Darwin": macos}.get(system)
