"""Raw probe outputs: the only input the rules see.

Everything here is plain JSON-able data so a run can be saved as a
diagnostics bundle and judged again on another machine, at its own time.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class RawOutput:
    """What one probe saw. `error` is None, "timeout", "not-found" or "error: <why>"."""

    probe: str
    kind: str = "command"  # command | file | python | http
    argv: tuple[str, ...] = ()
    returncode: int | None = None
    stdout: str = ""
    stderr: str = ""
    value: Any = None  # JSON facts from in-process probes (psutil, Qt, httpx)
    error: str | None = None
    duration_s: float = 0.0

    @property
    def ok(self) -> bool:
        return self.error is None and self.returncode in (None, 0)

    @property
    def timed_out(self) -> bool:
        return self.error == "timeout"

    def json_value(self) -> Any:
        """`value`, or stdout parsed as JSON; None when neither holds JSON."""
        if self.value is not None:
            return self.value
        text = self.stdout.strip().lstrip("\ufeff")
        if not text:
            return None
        try:
            return json.loads(text)
        except ValueError:
            return None

    def to_json(self) -> dict[str, Any]:
        return {
            "probe": self.probe,
            "kind": self.kind,
            "argv": list(self.argv),
            "returncode": self.returncode,
            "stdout": self.stdout,
            "stderr": self.stderr,
            "value": self.value,
            "error": self.error,
            "duration_s": round(self.duration_s, 3),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> RawOutput:
        return cls(
            probe=str(data["probe"]),
            kind=str(data.get("kind", "command")),
            argv=tuple(str(a) for a in data.get("argv", ())),
            returncode=data.get("returncode"),
            stdout=str(data.get("stdout") or ""),
            stderr=str(data.get("stderr") or ""),
            value=data.get("value"),
            error=data.get("error"),
            duration_s=float(data.get("duration_s") or 0.0),
        )


@dataclass(frozen=True)
class RawBundle:
    """All raw outputs of one run plus where and when they were collected."""

    collected_at: datetime
    platform: dict[str, Any]  # system (Windows|Darwin|Linux), release, machine, python
    app_version: str
    locale: str = ""
    outputs: dict[str, RawOutput] = field(default_factory=dict)
    check_durations: dict[str, float] = field(default_factory=dict)

    @property
    def system(self) -> str:
        return str(self.platform.get("system", ""))

    def get(self, probe: str) -> RawOutput | None:
        return self.outputs.get(probe)
