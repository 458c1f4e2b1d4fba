"""The client policy: versions, OS support dates and program lists.

It comes from the server's `/v1/client/policy`; a dated copy is bundled in
resources/policy/ so the check still explains things offline. Unknown fields
are ignored and missing optional ones fall back to the bundled copy, so an
older server never breaks a newer client.
"""

from __future__ import annotations

import dataclasses
import json
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from hwclient.paths import resource

log = logging.getLogger(__name__)

PolicyGetter = Callable[[], Awaitable[dict[str, Any]]]


@dataclass(frozen=True)
class OsSupport:
    os: str  # "windows" | "macos"
    version: str  # "10", "11", "14"… (macOS major)
    supported_until: date
    build: int | None = None  # Windows: the release's build number (22631 = 23H2)
    edition: str | None = None  # None = every edition; "consumer" | "enterprise" | "ltsc"
    release: str | None = None  # "23H2", shown to people
    estimated: bool = False  # Apple publishes no end dates: a past estimate only warns

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "os": self.os,
            "version": self.version,
            "supported_until": self.supported_until.isoformat(),
        }
        for key in ("build", "edition", "release"):
            if getattr(self, key) is not None:
                out[key] = getattr(self, key)
        if self.estimated:
            out["estimated"] = True
        return out


@dataclass(frozen=True)
class Program:
    """A program to look for: its display name and lower-case process names without ".exe".

    A process name ending in ":screen" matches only when that process is
    grabbing the screen (ffmpeg with x11grab, gdigrab, ddagrab or avfoundation).
    """

    name: str
    processes: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "processes": list(self.processes)}


def _program(item: Any) -> Program:
    if isinstance(item, str):
        return Program(item, (item.lower(),))
    return Program(str(item["name"]), tuple(str(p).lower() for p in item["processes"]))


@dataclass(frozen=True)
class Thresholds:
    av_signature_max_age_days: int = 7
    os_patch_max_age_days: int = 62  # two monthly Patch Tuesdays
    clock_offset_warn_s: float = 120.0
    battery_warn_percent: int = 30
    cpu_warn_percent: float = 90.0
    memory_warn_percent: float = 90.0
    latency_warn_ms: float = 400.0


@dataclass(frozen=True)
class Policy:
    latest_version: str
    minimum_version: str
    download_url: str
    zoom_minimum_version: str
    os_support: tuple[OsSupport, ...]
    updated_at: str
    screen_recorders: tuple[Program, ...] = ()
    p2p_programs: tuple[Program, ...] = ()
    zoom_minimum_by_os: dict[str, str] = field(default_factory=dict)
    thresholds: Thresholds = field(default_factory=Thresholds)
    source: str = "bundled"  # "server" | "bundled"

    def zoom_minimum(self, system: str) -> str:
        """Zoom's minimum differs by platform (research §6); fall back to the single value."""
        return self.zoom_minimum_by_os.get(system.lower(), self.zoom_minimum_version)

    def to_json(self) -> dict[str, Any]:
        return {
            "latest_version": self.latest_version,
            "minimum_version": self.minimum_version,
            "download_url": self.download_url,
            "zoom_minimum_version": self.zoom_minimum_version,
            "zoom_minimum_by_os": dict(self.zoom_minimum_by_os),
            "os_support": [o.to_json() for o in self.os_support],
            "updated_at": self.updated_at,
            "screen_recorders": [p.to_json() for p in self.screen_recorders],
            "p2p_programs": [p.to_json() for p in self.p2p_programs],
            "thresholds": self.thresholds.__dict__.copy(),
        }


class PolicyError(ValueError):
    """The policy document is not usable."""


_EDITIONS = {
    "home_pro": "consumer",
    "home": "consumer",
    "pro": "consumer",
    "w": "consumer",
    "e": "enterprise",
    "education": "enterprise",
}


def _os_entry(item: dict[str, Any]) -> OsSupport:
    """Accepts "version": "11" + "release": "24H2" and the server's "version": "11 24H2"."""
    build = item.get("build")
    version, _, release = str(item["version"]).strip().partition(" ")
    edition = item.get("edition")
    if isinstance(edition, str):
        edition = _EDITIONS.get(edition.lower(), edition.lower())
    return OsSupport(
        os=str(item["os"]).lower(),
        version=version,
        supported_until=date.fromisoformat(str(item["supported_until"])[:10]),
        build=int(build) if build not in (None, "") else None,
        edition=edition,
        release=item.get("release") or release or None,
        estimated=bool(item.get("estimated", False)),
    )


def _thresholds(data: dict[str, Any] | None) -> Thresholds:
    known = Thresholds.__dataclass_fields__
    values = {k: v for k, v in (data or {}).items() if k in known and isinstance(v, int | float)}
    return Thresholds(**values)


def parse_policy(
    data: dict[str, Any], fallback: Policy | None = None, source: str = "server"
) -> Policy:
    """Build a Policy; optional lists the server left out come from `fallback`."""
    try:
        os_support = tuple(_os_entry(i) for i in data.get("os_support") or ())
        base = fallback
        return Policy(
            latest_version=str(data["latest_version"]),
            minimum_version=str(data["minimum_version"]),
            download_url=str(data.get("download_url") or (base.download_url if base else "")),
            zoom_minimum_version=str(data["zoom_minimum_version"]),
            os_support=os_support or (base.os_support if base else ()),
            updated_at=str(data.get("updated_at") or ""),
            screen_recorders=tuple(_program(i) for i in data.get("screen_recorders") or ())
            or (base.screen_recorders if base else ()),
            p2p_programs=tuple(_program(i) for i in data.get("p2p_programs") or ())
            or (base.p2p_programs if base else ()),
            zoom_minimum_by_os=dict(
                data.get("zoom_minimum_by_os") or (base.zoom_minimum_by_os if base else {})
            ),
            thresholds=_thresholds(data.get("thresholds"))
            if data.get("thresholds")
            else (base.thresholds if base else Thresholds()),
            source=source,
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise PolicyError(f"unusable policy: {exc!r}") from exc


def bundled_path() -> Path:
    return resource("policy", "policy.json")


def load_bundled(path: Path | None = None) -> Policy:
    """The dated fallback shipped with the app (resources/policy/policy.json)."""
    data = json.loads((path or bundled_path()).read_text(encoding="utf-8"))
    return parse_policy(data, source="bundled")


async def fetch_policy(getter: PolicyGetter | None) -> Policy:
    """Ask the server (e.g. `api.policy`), falling back to the bundled copy on any failure.

    The check must still run on a PC that cannot reach the server: that is
    exactly when people need it most.
    """
    bundled = load_bundled()
    if getter is None:
        return bundled
    try:
        data = _as_dict(await getter())
        return parse_policy(data, fallback=bundled, source="server")
    except Exception as exc:  # network, HTTP or shape: all mean "use the bundled copy"
        log.info("policy fetch failed, using bundled copy: %s", type(exc).__name__)
        return bundled


def _as_dict(value: Any) -> dict[str, Any]:
    """Accept the JSON dict or a typed model (e.g. the API client's ClientPolicy)."""
    if isinstance(value, dict):
        return value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return json.loads(json.dumps(dataclasses.asdict(value), default=str))
    raise PolicyError(f"unexpected policy type {type(value).__name__}")


def httpx_getter(base_url: str, client: Any | None = None, timeout: float = 3.0) -> PolicyGetter:
    """A getter for `fetch_policy` until the shared ApiClient is used everywhere."""

    async def get() -> dict[str, Any]:
        import httpx

        from hwclient.api.transport import tls_context

        url = base_url.rstrip("/") + "/v1/client/policy"
        if client is not None:
            response = await client.get(url, timeout=timeout)
        else:  # the OS trust store, as for every other call (corporate CAs)
            async with httpx.AsyncClient(timeout=timeout, verify=tls_context()) as own:
                response = await own.get(url)
        response.raise_for_status()
        data = response.json()
        if not isinstance(data, dict):
            raise PolicyError("policy is not an object")
        return data

    return get
