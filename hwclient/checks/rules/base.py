"""What every rule shares: titles, the result builder and probe-failure wording."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from hwclient.checks.model import CheckResult, Status
from hwclient.checks.policy import Policy
from hwclient.checks.raw import RawBundle, RawOutput
from hwclient.i18n import translate

Rule = Callable[[RawBundle, Policy, datetime], CheckResult]


def titles() -> dict[str, str]:
    """Built on each call so a language switch shows at once."""
    return {
        "camera": translate("Checks", "Camera"),
        "microphone": translate("Checks", "Microphone"),
        "speaker": translate("Checks", "Speakers or headphones"),
        "os": translate("Checks", "Operating system and updates"),
        "antivirus": translate("Checks", "Virus protection"),
        "firewall": translate("Checks", "Firewall"),
        "network": translate("Checks", "Network"),
        "connectivity": translate("Checks", "Connection to the service and Zoom"),
        "zoom": translate("Checks", "Zoom app"),
        "app": translate("Checks", "This app"),
        "processes": translate("Checks", "Recording and file-sharing programs"),
        "power": translate("Checks", "Power"),
        "resources": translate("Checks", "Computer load"),
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
    if raw is None:
        return translate("Checks", "This could not be checked on this computer.")
    if raw.timed_out:
        return translate("Checks", "The check timed out before this computer answered.")
    if raw.error == "not-found":
        return translate("Checks", "The tool needed for this check is not on this computer.")
    if raw.error:
        return translate("Checks", "This could not be checked on this computer.")
    return None


def unknown(
    check_id: str, raw: RawOutput | None, data: dict[str, Any] | None = None
) -> CheckResult:
    detail = probe_problem(raw) or translate(
        "Checks", "The answer from this computer could not be read."
    )
    facts = {"probe_error": raw.error if raw else "missing", **(data or {})}
    return result(check_id, Status.UNKNOWN, detail, data=facts)


def on(system: str, windows: str | None, macos: str | None) -> str | None:
    """Pick the per-platform value of a settings link."""
    return {"Windows": windows, "Darwin": macos}.get(system)


def dict_items(value: Any) -> list[dict[str, Any]]:
    """The objects of a JSON list; anything else (a bool, a string) gives []."""
    return [i for i in value if isinstance(i, dict)] if isinstance(value, list) else []
