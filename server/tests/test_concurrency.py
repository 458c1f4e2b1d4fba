"""Race safety is a database guarantee: 100 simultaneous requests over real HTTP, on SQLite
and on PostgreSQL, never overfill a slot nor give one user two sessions on one day."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hwserver.app import build_context
from hwserver.clock import MutableClock
from hwserver.embedded import EmbeddedServer, start_embedded
from hwserver.models import ACTIVE_STATUSES, Booking, Slot
from hwserver.office_calendar import slot_public_id
from hwserver.settings import Settings
from hwserver.timeutil import JST
from hwserver_concurrency import Attempt, fire, outcome
from hwserver_testkit import insert_users
from sqlalchemy import func, select

NOW = datetime(2026, 12, 7, 10, 0, tzinfo=JST)
ELEVEN = datetime(2026, 12, 7, 11, 0, tzinfo=JST)
ATTEMPTS = 100


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def live(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[EmbeddedServer]:
    url = None if request.param == "sqlite" else request.getfixturevalue("postgres_url")
    server = start_embedded(database_url=url, demo=True, clock=MutableClock(NOW), data_dir=tmp_path)
    yield server
    server.stop()


def context(server: EmbeddedServer):
    return build_context(Settings(database_url=server.database_url), clock=MutableClock(NOW))


def test_a_slot_never_holds_more_than_its_capacity(live: EmbeddedServer) -> None:
    ctx = context(live)
    tokens = insert_users(ctx, ATTEMPTS)
    slot = slot_public_id("tokyo-midoridai", ELEVEN)  # capacity 2
    responses = fire([Attempt(live.url, t, {"slot_id": slot}) for t in tokens])
    assert outcome(responses) == {"booked": 2, "slot-unavailable": ATTEMPTS - 2}
    with ctx.tx() as session:
        stored = session.scalar(
            select(func.count())
            .select_from(Booking)
            .where(Booking.start == ELEVEN, Booking.office_id == "tokyo-midoridai")
        )
        counter = session.scalar(
            select(Slot.booked).where(Slot.start == ELEVEN, Slot.office_id == "tokyo-midoridai")
        )
    assert (stored, counter) == (2, 2)
    ctx.engine.dispose()


def test_one_user_never_gets_two_sessions_on_one_day(live: EmbeddedServer) -> None:
    ctx = context(live)
    [token] = insert_users(ctx, 1)
    day_slots = [
        slot_public_id(office, ELEVEN + timedelta(minutes=30 * i))
        for office in (
            "tokyo-midoridai",
            "tokyo-kawabata",
            "demo-anytime",
            "osaka-sakurabashi",
            "aichi-higashioka",
            "fukuoka-uminato",
        )
        for i in range(11)
    ]
    attempts = [
        Attempt(live.url, token, {"slot_id": day_slots[i % len(day_slots)]})
        for i in range(ATTEMPTS)
    ]
    result = outcome(fire(attempts))
    assert result["booked"] == 1
    assert set(result) <= {"booked", "one-per-day", "slot-unavailable"}
    with ctx.tx() as session:
        active = session.scalar(
            select(func.count()).select_from(Booking).where(Booking.status.in_(ACTIVE_STATUSES))
        )
        seats = session.scalar(select(func.sum(Slot.booked)))
    assert (active, seats) == (1, 1)
    ctx.engine.dispose()


def test_concurrent_retries_with_one_idempotency_key_book_once(live: EmbeddedServer) -> None:
    ctx = context(live)
    [token] = insert_users(ctx, 1)
    body = {"slot_id": slot_public_id("demo-anytime", ELEVEN)}
    responses = fire(
        [Attempt(live.url, token, body, {"Idempotency-Key": "double-click"}) for _ in range(20)]
    )
    assert {r.status_code for r in responses} == {201}
    assert len({r.json()["id"] for r in responses}) == 1
    with ctx.tx() as session:
        assert session.scalar(select(func.count()).select_from(Booking)) == 1
    ctx.engine.dispose()
