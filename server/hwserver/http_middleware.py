"""The server's own HTTP layer around every request: refusals up front, no-store, access log.

Plain ASGI rather than Starlette's BaseHTTPMiddleware (`app.middleware("http")`):
that one runs each request through an extra task group and memory streams per
middleware, which cost more CPU than /healthz itself under load.
"""

from __future__ import annotations

import time
from typing import Any

from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from hwserver import audit
from hwserver.context import AppContext
from hwserver.deps import device_hash
from hwserver.problems import Problem

MAX_BODY_BYTES = 2 * 1024 * 1024
NO_STORE = (b"cache-control", b"no-store")  # tokens and personal data


class ServerHttpLayer:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        path = scope["path"]  # read now: mounted routers rewrite the scope's path on the way
        status = 500

        async def send_with_headers(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = list(message.get("headers", []))
                if not any(name.lower() == NO_STORE[0] for name, _ in headers):
                    headers.append(NO_STORE)
                message = {**message, "headers": headers}
            await send(message)

        refusal = _refusal(scope)
        if refusal is not None:
            await refusal(scope, receive, send_with_headers)
        else:
            await self.app(scope, receive, send_with_headers)
        _log(Request(scope), path, status, (time.perf_counter() - started) * 1000)


def _refusal(scope: Scope) -> Any:
    """NUL in a path can name nothing (and PostgreSQL would choke on it); huge bodies are
    refused before they are read."""
    if "\x00" in scope["path"]:
        return Problem("not-found").response()
    for name, value in scope["headers"]:
        if name == b"content-length" and value.isdigit() and int(value) > MAX_BODY_BYTES:
            return Problem(
                "payload-too-large", f"Send at most {MAX_BODY_BYTES // (1024 * 1024)} MB."
            ).response()
    return None


def _log(request: Request, path: str, status: int, duration_ms: float) -> None:
    ctx: AppContext = request.app.state.ctx
    audit.log_access(
        ctx.now(),
        request.method,
        _route_template(path, request),
        status,
        user_id=getattr(request.state, "user_id", None),
        device_hash=device_hash(request, ctx),
        duration_ms=duration_ms,
    )


def _route_template(path: str, request: Request) -> str:
    """The path with its parameters named (/v1/bookings/{booking_id}); never the query string."""
    for name, value in request.path_params.items():
        path = path.replace(f"/{value}", f"/{{{name}}}", 1)
    return path
