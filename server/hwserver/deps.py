"""FastAPI dependencies: the app context, the signed-in caller, staff-only access, client age."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta
from typing import Annotated

from fastapi import Depends, Header, Request
from packaging.version import InvalidVersion, Version
from sqlalchemy import select

from hwserver.context import AppContext
from hwserver.models import AuthToken, ClientPolicy, User
from hwserver.problems import Problem
from hwserver.security import keyed_hash, token_hash

SESSION_LIFETIME = timedelta(days=30)
USER_AGENT_RE = re.compile(r"\bhwclient/([0-9][0-9A-Za-z.+-]*)")
DEVICE_HEADER = "X-Device-Id"


def get_ctx(request: Request) -> AppContext:
    return request.app.state.ctx


Ctx = Annotated[AppContext, Depends(get_ctx)]


@dataclass(frozen=True)
class Caller:
    user_id: str
    role: str
    token_hash: str
    device_hash: str | None


def device_hash(request: Request, ctx: AppContext) -> str | None:
    """Salted hash of the client's device id header; the raw id is never stored."""
    raw = request.headers.get(DEVICE_HEADER)
    return keyed_hash(ctx.device_salt, raw.strip()) if raw and raw.strip() else None


def current_caller(
    request: Request,
    ctx: Ctx,
    authorization: Annotated[str | None, Header(include_in_schema=False)] = None,
) -> Caller:
    """Resolve the bearer token, slide its 30-day expiry, and note the user as seen."""
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Problem("unauthenticated")
    hashed = token_hash(token.strip())
    now = ctx.now()
    with ctx.tx() as session:
        row = session.get(AuthToken, hashed)
        if row is None or row.expires_at <= now:
            raise Problem("unauthenticated", "Your session has ended. Please sign in again.")
        user = session.get(User, row.user_id)
        if user is None:
            raise Problem("unauthenticated")
        row.last_used_at = now
        row.expires_at = now + SESSION_LIFETIME
        user.last_seen_at = now
        caller = Caller(user.id, user.role, hashed, device_hash(request, ctx))
    request.state.user_id = caller.user_id
    return caller


CurrentCaller = Annotated[Caller, Depends(current_caller)]


def staff_caller(caller: CurrentCaller) -> Caller:
    """Staff routes do not exist for users: they get the same 404 as any unknown path."""
    if caller.role != "staff":
        raise Problem("not-found")
    return caller


StaffCaller = Annotated[Caller, Depends(staff_caller)]


def check_client_version(request: Request, ctx: Ctx) -> None:
    """426 for hwclient builds older than the policy's minimum_version; others pass."""
    match = USER_AGENT_RE.search(request.headers.get("user-agent", ""))
    if not match:
        return
    try:
        version = Version(match.group(1))
    except InvalidVersion:
        return
    with ctx.tx() as session:
        policy = session.scalar(select(ClientPolicy).where(ClientPolicy.id == 1))
        data = dict(policy.data) if policy else {}
    minimum = data.get("minimum_version")
    if minimum and version < Version(minimum):
        raise Problem(
            "client-too-old",
            f"This app is version {version}; version {minimum} or newer is needed.",
            minimum_version=minimum,
            download_url=data.get("download_url"),
        )
