"""Result types shared by the engine, the command line and the device-check page."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

CHECK_IDS: tuple[str, ...] = (
    "camera",
    "microphone",
    "speaker",
    "os",
    "antivirus",
    "firewall",
    "network",
    "connectivity",
    "zoom",
    "app",
    "processes",
    "power",
    "resources",
)


class Status(StrEnum):
    PASS = "pass"  # noqa: S105 - a status word, not a password
    WARN = "warn"
    FAIL = "fail"
    UNKNOWN = "unknown"


# Unknown ranks between pass and warn: it never hides a real problem, and a
# fact we could not read is not the person's fault.
_SEVERITY = {Status.PASS: 0, Status.UNKNOWN: 1, Status.WARN: 2, Status.FAIL: 3}


def worst(statuses: list[Status]) -> Status:
    """The status a group of results is shown with: the most serious one."""
    return max(statuses, key=_SEVERITY.__getitem__, default=Status.PASS)


@dataclass(frozen=True)
class CheckResult:
    id: str
    status: Status
    title: str
    detail: str
    remedy: str = ""
    link: str | None = None
    settings_uri: str | None = None
    data: dict[str, Any] = field(default_factory=dict)
    duration_s: float = 0.0

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["status"] = self.status.value
        out["duration_s"] = round(self.duration_s, 3)
        return out


@dataclass(frozen=True)
class Report:
    results: list[CheckResult]
    started_at: datetime
    finished_at: datetime
    app_version: str
    platform: dict[str, Any]
    language: str = "en"

    @property
    def overall(self) -> Status:
        return worst([r.status for r in self.results])

    def result(self, check_id: str) -> CheckResult | None:
        return next((r for r in self.results if r.id == check_id), None)

    def to_json(self) -> dict[str, Any]:
        """The shape printed by `hwclient check --json` and sent to /v1/environment-reports."""
        return {
            "format_version": 1,
            "app_version": self.app_version,
            "platform": self.platform,
            "language": self.language,
            "started_at": self.started_at.isoformat(),
            "finished_at": self.finished_at.isoformat(),
            "overall": self.overall.value,
            "results": [r.to_json() for r in self.results],
        }
