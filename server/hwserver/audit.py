"""Access and audit records: who, what, when, from which (hashed) device.

Never passwords, tokens, e-mail addresses or query strings (the verification
token travels in one).
"""

from __future__ import annotations

import json
import logging
from datetime import datetime
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from hwserver.models import AuditEvent

access_log = logging.getLogger("hwserver.access")


def record(
    session: Session,
    at: datetime,
    action: str,
    *,
    actor_id: str | None,
    target: str | None = None,
    device_hash: str | None = None,
    **detail: Any,
) -> None:
    """Inserted at once with a plain Core INSERT: part of the caller's transaction, without
    the unit of work's bookkeeping (and, on PostgreSQL, without fetching the new id back)."""
    session.execute(
        insert(AuditEvent.__table__),
        {
            "at": at,
            "actor_id": actor_id,
            "action": action,
            "target": target,
            "device_hash": device_hash,
            "detail": detail,
        },
    )


def log_access(
    at: datetime,
    method: str,
    route: str,
    status: int,
    *,
    user_id: str | None,
    device_hash: str | None,
    duration_ms: float,
) -> None:
    access_log.info(
        json.dumps(
            {
                "at": at.isoformat(timespec="milliseconds"),
                "method": method,
                "route": route,
                "status": status,
                "user": user_id,
                "device": device_hash,
                "ms": round(duration_ms, 1),
            },
            separators=(",", ":"),
        )
    )
