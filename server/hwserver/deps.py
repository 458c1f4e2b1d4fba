"""FastAPI dependencies: the app context, the signed-in caller, staff-only access, client age."""

from __future__ import annotations

import math
import re
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Annotated

from fastapi import Depends, Header, Request
from packaging.version import InvalidVersion, Version
from sqlalchemy import select, update
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from hwserver.context import AppContext
from hwserver.db import read_transaction
from hwserver.models import AuthToken, ClientPolicy, User
from hwserver.problems import Problem
from hwserver.security import keyed_hash, token_hash

SESSION_LIFETIME = timedelta(days=30)
SLIDE_EVERY = timedelta(minutes=5)  # how stale last_used_at may get before a write
USER_AGENT_RE = re.compile(r"\bhwclient/([0-9][0-9A-Za-z.+-]*)")
DEVICE_HEADER = "X-Device-Id"


async def get_ctx(request: Request) -> AppContext:
    """Async like every dependency here without blocking work: FastAPI runs a plain `def`
    dependency on a worker thread, a hand-over that cost more than the work itself."""
    return request.app.state.ctx


Ctx = Annotated[AppContext, Depends(get_ctx)]


@dataclass(frozen=True)
class Caller:
    user_id: str
    role: str
    token_hash: str
    device_hash: str | None


@dataclass(frozen=True)
class BearerToken:
    """The request's bearer token, hashed as stored; not yet known to be valid."""

    hashed: str
    device_hash: str | None


def device_hash(request: Request, ctx: AppContext) -> str | None:
    """Salted hash of the client's device id header; the raw id is never stored."""
    raw = request.headers.get(DEVICE_HEADER)
    return keyed_hash(ctx.device_salt, raw.strip()) if raw and raw.strip() else None


async def bearer_token(
    request: Request,
    ctx: Ctx,
    authorization: Annotated[str | None, Header(include_in_schema=False)] = None,
) -> BearerToken:
    """401 at once for a missing or malformed Authorization header. No database work
    here (so no worker thread): the lookup is `current_caller`, or `caller_in` inside
    the request's own transaction."""
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Problem("unauthenticated")
    return BearerToken(token_hash(token.strip()), device_hash(request, ctx))


SignedInToken = Annotated[BearerToken, Depends(bearer_token)]


def current_caller(request: Request, ctx: Ctx, token: SignedInToken) -> Caller:
    """Resolve the bearer token; slide its 30-day expiry at most once per SLIDE_EVERY.

    The lookup is one read-only query (no write lock on SQLite). Writing the
    expiry on every request made each signed-in call a write transaction that
    all requests queued for; refreshing it when it is SLIDE_EVERY stale keeps
    "30 days after last use" to within those few minutes.
    """
    with read_transaction(ctx.sessions) as session:
        signed_in = caller_in(session, request, ctx, token)
    keep_alive(ctx, signed_in)
    return signed_in.caller


@dataclass(frozen=True)
class SignedIn:
    caller: Caller
    last_used_at: datetime


def caller_in(session: Session, request: Request, ctx: AppContext, token: BearerToken) -> SignedIn:
    """The token lookup of `current_caller` in a transaction the route opens anyway: a busy
    route saves a worker-thread hop, a pooled connection's check-out and a round trip.
    Call `keep_alive` after that transaction, whatever its outcome."""
    found = session.execute(
        select(AuthToken.expires_at, AuthToken.last_used_at, User.id, User.role)
        .join(User, User.id == AuthToken.user_id)
        .where(AuthToken.token_hash == token.hashed)
    ).first()
    if found is None or found.expires_at <= ctx.now():
        raise Problem("unauthenticated", "Your session has ended. Please sign in again.")
    caller = Caller(found.id, found.role, token.hashed, token.device_hash)
    request.state.user_id = caller.user_id
    return SignedIn(caller, found.last_used_at)


def keep_alive(ctx: AppContext, signed_in: SignedIn) -> None:
    """Slide the session when it is SLIDE_EVERY stale, in a transaction of its own so that a
    refused request still counts as a use (and no request waits on the token's row)."""
    now = ctx.now()
    if now - signed_in.last_used_at >= SLIDE_EVERY:
        with ctx.tx() as session:
            _slide(session, signed_in.caller.token_hash, signed_in.caller.user_id, now)


def _slide(session: Session, hashed: str, user_id: str, now: datetime) -> None:
    """Move the token's expiry to 30 days from now and note the user as seen."""
    session.execute(
        update(AuthToken)
        .where(AuthToken.token_hash == hashed)
        .values(last_used_at=now, expires_at=now + SESSION_LIFETIME)
        .execution_options(synchronize_session=False)
    )
    session.execute(
        update(User)
        .where(User.id == user_id)
        .values(last_seen_at=now)
        .execution_options(synchronize_session=False)
    )


CurrentCaller = Annotated[Caller, Depends(current_caller)]


async def staff_caller(caller: CurrentCaller) -> Caller:
    """Staff routes do not exist for users: they get the same 404 as any unknown path."""
    if caller.role != "staff":
        raise Problem("not-found")
    return caller


StaffCaller = Annotated[Caller, Depends(staff_caller)]


class ClientPolicyCache:
    """The policy's minimum_version and download_url, re-read at most every `ttl` seconds.

    Checking the client's age on every /v1 request was a transaction of its own.
    This copy of one config value is the only thing the server keeps between
    requests, and nothing depends on it: a staff change reaches every server
    process within `ttl` seconds.
    """

    def __init__(self, ttl: float = 5.0) -> None:
        self.ttl = ttl
        self._lock = threading.Lock()
        self._value: tuple[str | None, str | None] = (None, None)
        self._read_at = -math.inf

    def fresh(self) -> tuple[str | None, str | None] | None:
        """The cached value if still fresh, else None (then `get` it on a worker thread)."""
        with self._lock:
            return self._value if time.monotonic() - self._read_at < self.ttl else None

    def get(self, ctx: AppContext) -> tuple[str | None, str | None]:
        with self._lock:
            if time.monotonic() - self._read_at < self.ttl:
                return self._value
            with read_transaction(ctx.sessions) as session:
                data = session.scalar(select(ClientPolicy.data).where(ClientPolicy.id == 1))
            data = dict(data) if data else {}
            self._value = (data.get("minimum_version"), data.get("download_url"))
            self._read_at = time.monotonic()
            return self._value


async def check_client_version(request: Request, ctx: Ctx) -> None:
    """426 for hwclient builds older than the policy's minimum_version; others pass.
    Runs on the event loop; only a stale policy cache is re-read on a worker thread."""
    match = USER_AGENT_RE.search(request.headers.get("user-agent", ""))
    if not match:
        return
    try:
        version = Version(match.group(1))
    except InvalidVersion:
        return
    cache: ClientPolicyCache = request.app.state.client_policy
    minimum, download_url = cache.fresh() or await run_in_threadpool(cache.get, ctx)
    if minimum and version < Version(minimum):
        raise Problem(
            "client-too-old",
            f"This app is version {version}; version {minimum} or newer is needed.",
            minimum_version=minimum,
            download_url=download_url,
        )
