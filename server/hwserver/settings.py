"""Server settings: one dataclass, filled from HWSERVER_* variables then CLI flags."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

DEFAULT_DATABASE_URL = "sqlite:///hwserver.sqlite3"
ENV_PREFIX = "HWSERVER_"


@dataclass(frozen=True)
class Settings:
    """Everything an operator can set; API.md names the CLI flags and variables."""

    database_url: str = DEFAULT_DATABASE_URL
    public_url: str = "http://127.0.0.1:8000"
    host: str = "127.0.0.1"
    port: int = 8000
    mail_outbox: Path | None = None
    smtp_url: str | None = None
    mail_from: str = "Hello Work Online <no-reply@example.jp>"
    demo: bool = False
    # Seconds between background sweeps inside `serve`; 0 disables them.
    sweep_interval: float = 60.0
    # Secret mixed into device-id hashes; generated and kept in the DB when unset.
    device_salt: str | None = None
    log_level: str = "info"
    # Request handlers running at once (the rest wait their turn in arrival order). Python
    # runs one thread at a time; beyond what covers database waits, more threads only made
    # them take turns unfairly (a few requests waited far longer than the rest).
    worker_threads: int = 12

    @property
    def public_base(self) -> str:
        return self.public_url.rstrip("/")

    def with_overrides(self, **values: Any) -> Settings:
        """Apply CLI flags: only values that were actually given replace the current ones."""
        given = {k: v for k, v in values.items() if v is not None}
        return replace(self, **given)


def settings_from_env(environ: Mapping[str, str] | None = None) -> Settings:
    """Read HWSERVER_<FIELD> variables (e.g. HWSERVER_DATABASE_URL) into Settings."""
    env = os.environ if environ is None else environ
    values: dict[str, Any] = {}
    for f in fields(Settings):
        raw = env.get(ENV_PREFIX + f.name.upper())
        if raw is None or raw == "":
            continue
        values[f.name] = _convert(f.name, raw)
    return Settings(**values)


def _convert(name: str, raw: str) -> Any:
    if name in {"port", "worker_threads"}:
        return int(raw)
    if name == "sweep_interval":
        return float(raw)
    if name == "demo":
        return raw.strip().lower() in {"1", "true", "yes", "on"}
    if name == "mail_outbox":
        return Path(raw)
    return raw
