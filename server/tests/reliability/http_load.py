"""Many simultaneous HTTP requests against live servers, with every answer kept for checking."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from typing import Any

import httpx

PROBLEM_TYPE = re.compile(r"/problems/([a-z0-9-]+)$")


@dataclass(frozen=True)
class Outcome:
    """One request's fate: an HTTP answer, or the transport error when none came."""

    label: str
    status: int | None
    body: Any
    content_type: str
    headers: dict[str, str]
    error: str | None = None

    @property
    def problem_code(self) -> str | None:
        """The stable code of a well-formed RFC 9457 answer, else None."""
        if not self.content_type.startswith("application/problem+json"):
            return None
        if not isinstance(self.body, dict) or self.body.get("status") != self.status:
            return None
        if not all(isinstance(self.body.get(k), str) for k in ("type", "title", "detail")):
            return None
        match = PROBLEM_TYPE.search(self.body["type"])
        return match.group(1) if match else None


def client(concurrency: int = 200) -> httpx.AsyncClient:
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    return httpx.AsyncClient(limits=limits, timeout=httpx.Timeout(120.0))


async def send(
    http: httpx.AsyncClient,
    label: str,
    method: str,
    url: str,
    *,
    headers: dict[str, str] | None = None,
    json: Any = None,
) -> Outcome:
    try:
        response = await http.request(method, url, headers=headers, json=json)
    except httpx.TransportError as exc:
        return Outcome(label, None, None, "", {}, error=type(exc).__name__)
    try:
        body: Any = response.json()
    except ValueError:
        body = response.text
    content_type = response.headers.get("content-type", "")
    return Outcome(label, response.status_code, body, content_type, dict(response.headers))


def booking_request(
    http: httpx.AsyncClient,
    base_url: str,
    label: str,
    headers: dict[str, str],
    slot_id: str,
    idempotency_key: str | None = None,
) -> Awaitable[Outcome]:
    if idempotency_key is not None:
        headers = {**headers, "Idempotency-Key": idempotency_key}
    body = {"slot_id": slot_id, "companions": []}
    return send(http, label, "POST", base_url + "/v1/bookings", headers=headers, json=body)


async def with_retries(request: Callable[[], Awaitable[Outcome]], attempts: int = 3) -> Outcome:
    """Retry after a dropped connection, as the app does; only safe with an Idempotency-Key."""
    outcome = await request()
    for _ in range(attempts - 1):
        if outcome.status is not None:
            break
        outcome = await request()
    return outcome


async def gather(requests: Iterable[Awaitable[Outcome]], limit: int = 200) -> list[Outcome]:
    """Run all requests, at most `limit` at once.

    The bound matters: httpx's pool rescans its whole queue of waiting requests
    on every change, so queueing 1,000 requests costs the client more CPU than
    the server spends answering them.
    """
    gate = asyncio.Semaphore(limit)

    async def bounded(request: Awaitable[Outcome]) -> Outcome:
        async with gate:
            return await request

    return list(await asyncio.gather(*(bounded(r) for r in requests)))
