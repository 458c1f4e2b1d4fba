"""The FastAPI application: wiring of context, routers, error handlers and the access log."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator

from anyio import to_thread
from fastapi import APIRouter, Depends, FastAPI
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException

from hwserver import __version__, openapi_doc
from hwserver.bootstrap import ensure_defaults
from hwserver.clock import Clock, SystemClock
from hwserver.context import AppContext
from hwserver.db import make_engine, make_session_factory
from hwserver.deps import ClientPolicyCache, check_client_version
from hwserver.http_middleware import ServerHttpLayer
from hwserver.mail.delivery import Mailer, make_mailer
from hwserver.meetings import DemoZoomProvider, MeetingProvider
from hwserver.migrate import upgrade
from hwserver.problems import (
    Problem,
    http_error_handler,
    problem_handler,
    problem_responses,
    unexpected_handler,
    validation_handler,
)
from hwserver.routes import accounts, bookings, client, offices, pages, staff, terms
from hwserver.security import warm_up_timing_equaliser
from hwserver.settings import Settings

log = logging.getLogger("hwserver")


def build_context(
    settings: Settings,
    clock: Clock | None = None,
    mailer: Mailer | None = None,
    meetings: MeetingProvider | None = None,
) -> AppContext:
    """Open the database, bring its schema up to date and seed what every database needs."""
    engine = make_engine(settings.database_url, pool_size=settings.worker_threads)
    upgrade(engine)
    factory = make_session_factory(engine)
    clock = clock or SystemClock()
    salt = ensure_defaults(factory, clock.now(), settings.device_salt)
    return AppContext(
        settings=settings,
        engine=engine,
        sessions=factory,
        clock=clock,
        mailer=mailer or make_mailer(settings.smtp_url, settings.mail_outbox),
        meetings=meetings or DemoZoomProvider(),
        device_salt=salt,
    )


def create_app(
    settings: Settings,
    clock: Clock | None = None,
    mailer: Mailer | None = None,
    meetings: MeetingProvider | None = None,
) -> FastAPI:
    ctx = build_context(settings, clock, mailer, meetings)
    warm_up_timing_equaliser()
    if settings.demo:
        from hwserver.demo import seed_demo

        seed_demo(ctx)
    app = FastAPI(
        title="hwserver",
        version=__version__,
        summary="Reference backend for Hello Work online job counselling (contract: API.md).",
        lifespan=_lifespan,
    )
    app.state.ctx = ctx
    app.state.client_policy = ClientPolicyCache()
    _add_handlers(app)
    _add_routes(app)
    openapi_doc.install(app)
    app.add_middleware(ServerHttpLayer)
    return app


def _add_handlers(app: FastAPI) -> None:
    app.add_exception_handler(Problem, problem_handler)
    app.add_exception_handler(RequestValidationError, validation_handler)
    app.add_exception_handler(StarletteHTTPException, http_error_handler)
    app.add_exception_handler(Exception, unexpected_handler)


def _add_routes(app: FastAPI) -> None:
    v1 = APIRouter(
        prefix="/v1",
        dependencies=[Depends(check_client_version)],
        responses=problem_responses("client-too-old"),
    )
    for module in (accounts, terms, offices, bookings, client):
        v1.include_router(module.router)
    v1.include_router(staff.router, prefix="/staff")
    app.include_router(client.policy_router, prefix="/v1")
    app.include_router(v1)
    app.include_router(pages.router)


@contextlib.asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    ctx: AppContext = app.state.ctx
    # Plain `def` handlers run on anyio's worker threads, 40 at once by default.
    to_thread.current_default_thread_limiter().total_tokens = ctx.settings.worker_threads
    task = None
    if ctx.settings.sweep_interval > 0:
        task = asyncio.create_task(_sweep_forever(ctx))
    try:
        yield
    finally:
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        close_mailer = getattr(ctx.mailer, "close", None)
        if close_mailer is not None:  # a background sender: send what is queued
            await asyncio.to_thread(close_mailer)
        ctx.engine.dispose()


async def _sweep_forever(ctx: AppContext) -> None:
    """`serve` runs the sweep every minute; a failing sweep is logged and tried again."""
    from hwserver.sweep import run_sweep

    while True:
        await asyncio.sleep(ctx.settings.sweep_interval)
        try:
            await asyncio.to_thread(run_sweep, ctx)
        except Exception:
            log.exception("sweep failed")
