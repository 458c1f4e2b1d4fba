"""Scenario set-up for client tests that a real user cannot do through the API.

Nothing here shortcuts what is under test: accounts, bookings and the rest go
through HTTP. These helpers only do what an operator would do on the server.
"""

from __future__ import annotations

from hwserver.app import build_context
from hwserver.clock import Clock
from hwserver.settings import Settings
from hwserver.staff_accounts import create_staff
from hwserver.sweep import SweepResult, run_sweep


def make_staff(database_url: str, email: str, password: str) -> None:
    """The same as `hwserver create-staff --email … --password …`."""
    ctx = build_context(Settings(database_url=database_url))
    try:
        create_staff(ctx, email, password)
    finally:
        ctx.engine.dispose()


def sweep(database_url: str, clock: Clock | None = None) -> SweepResult:
    """The same as `hwserver sweep` (no-shows, suspensions, deletions), at the clock's time."""
    ctx = build_context(Settings(database_url=database_url), clock=clock)
    try:
        return run_sweep(ctx)
    finally:
        ctx.engine.dispose()
