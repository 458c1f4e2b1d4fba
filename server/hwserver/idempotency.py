"""Idempotency-Key: a retried unsafe request returns the first answer and changes nothing.

The record (user, key, request hash) is inserted first in the same transaction
as the work; the unique constraint makes a concurrent first use wait for, then
replay, the winner's answer instead of doing the work twice. Failed requests
(problems) roll back with their record, so a retry simply tries again.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from email.message import EmailMessage
from typing import Any

from fastapi.responses import JSONResponse
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from hwserver.context import AppContext
from hwserver.models import IdempotencyRecord
from hwserver.problems import Problem

# A mail is queued either composed or as a function that composes it: that one runs after the
# commit, so building the message does not lengthen the transaction (on SQLite, the write lock).
Mail = EmailMessage | Callable[[], EmailMessage]
Work = Callable[[Session, list[Mail]], tuple[int, Any]]
Who = str | Callable[[Session], str]  # the user's id, or how to learn it inside the transaction


def fingerprint(method: str, path: str, body: Any) -> str:
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(f"{method} {path}\n{canonical}".encode()).hexdigest()


def run(ctx: AppContext, who: Who, key: str | None, request_hash: str, work: Work) -> JSONResponse:
    """Do `work` once per (user, key); mails it queues go out only after the commit.

    `who` may resolve the signed-in user inside this transaction (see deps.caller_in)."""
    if key is not None and not 1 <= len(key) <= 255:
        raise Problem(
            "validation-error",
            errors=[{"field": "Idempotency-Key", "message": "Use 1 to 255 characters."}],
        )
    mails: list[Mail] = []
    user_id = who if isinstance(who, str) else None
    try:
        with ctx.tx() as session:
            if user_id is None:
                assert callable(who)
                user_id = who(session)
            if key is not None:
                stored = _stored_answer(session, user_id, key, request_hash)
                if stored is not None:
                    return stored
                record = IdempotencyRecord(
                    user_id=user_id, key=key, request_hash=request_hash, created_at=ctx.now()
                )
                session.add(record)
                session.flush()
            status, body = work(session, mails)
            if key is not None:
                record.status_code = status
                record.response_body = json.dumps(body)
    except IntegrityError:
        if key is None or user_id is None:
            raise
        with ctx.tx() as session:
            stored = _stored_answer(session, user_id, key, request_hash)
        if stored is None:
            raise
        return stored
    ctx.send([mail() if callable(mail) else mail for mail in mails])
    return JSONResponse(body, status_code=status)


def _stored_answer(
    session: Session, user_id: str, key: str, request_hash: str
) -> JSONResponse | None:
    record = session.scalar(
        select(IdempotencyRecord).where(
            IdempotencyRecord.user_id == user_id, IdempotencyRecord.key == key
        )
    )
    if record is None or record.status_code is None:
        return None
    if record.request_hash != request_hash:
        raise Problem(
            "idempotency-key-reused",
            "This Idempotency-Key was already used for a different request. Use a new key.",
        )
    return JSONResponse(
        json.loads(record.response_body or "null"),
        status_code=record.status_code,
        headers={"Idempotent-Replayed": "true"},
    )
