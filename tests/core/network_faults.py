"""Network trouble for ApiClient tests, on real loopback HTTP to the real server.

Flaky Wi-Fi, a busy proxy and a lost answer are what the client's retries are
for; these let a test cause them on purpose and see every wait the client
chose, without sleeping through them.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import httpx


def recording_sleep(waits: list[float]) -> Callable[[float], Awaitable[None]]:
    """A `sleep` for ApiClient that notes each back-off wait in `waits` and returns at once."""

    async def record(seconds: float) -> None:
        waits.append(seconds)

    return record


class FaultyNetwork(httpx.AsyncBaseTransport):
    """Real loopback HTTP with injected failures, like a flaky Wi-Fi or a busy proxy.

    Each request that matches `only` ("POST /v1/bookings"; None: every request)
    is kept in `requests` and uses up the next of `faults`: "connect" (never
    reached the server), "busy" (503 with Retry-After, as a proxy answers while
    the server restarts), "drop-answer" (the server acted, its answer was lost)
    or "ok". Once the list is empty every request goes through.
    """

    def __init__(self, faults: list[str], only: str | None = None) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.faults = faults
        self.only = only
        self.requests: list[httpx.Request] = []

    @property
    def attempts(self) -> list[str]:
        """ "METHOD /path" of each request the faults applied to, in order."""
        return [f"{r.method} {r.url.path}" for r in self.requests]

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self.only is not None and f"{request.method} {request.url.path}" != self.only:
            return await self.inner.handle_async_request(request)
        self.requests.append(request)
        fault = self.faults.pop(0) if self.faults else "ok"
        if fault == "connect":
            raise httpx.ConnectError("connection refused")
        if fault == "busy":
            return httpx.Response(503, headers={"Retry-After": "2"}, text="busy")
        response = await self.inner.handle_async_request(request)
        if fault == "drop-answer":
            await response.aread()
            await response.aclose()
            raise httpx.ReadError("connection reset by peer")
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()
