"""The booking checks read in one query (booking_facts) decide the same on SQLite and
PostgreSQL: consent, then holds (first active one by start, expired ones ignored), then
the slot, closures and one booking a day, each answered with its own problem."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from hwserver.app import build_context
from hwserver.clock import MutableClock
from hwserver.context import AppContext
from hwserver.embedded import EmbeddedServer, start_embedded
from hwserver.models import AuthToken, ClosedDay, Hold, TermsVersion, User
from hwserver.office_calendar import slot_public_id
from hwserver.security import token_hash
from hwserver.settings import Settings
from hwserver.timeutil import JST
from hwserver_testkit import insert_users, problem_code

NOW = datetime(2026, 12, 7, 10, 0, tzinfo=JST)  # a Monday
OFFICE = "tokyo-midoridai"
WEDNESDAY_ELEVEN = datetime(2026, 12, 9, 11, 0, tzinfo=JST)
SLOT = slot_public_id(OFFICE, WEDNESDAY_ELEVEN)
Live = tuple[EmbeddedServer, AppContext]


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def live(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Live]:
    url = None if request.param == "sqlite" else request.getfixturevalue("postgres_url")
    server = start_embedded(database_url=url, demo=True, clock=MutableClock(NOW), data_dir=tmp_path)
    ctx = build_context(Settings(database_url=server.database_url), clock=MutableClock(NOW))
    yield server, ctx
    ctx.engine.dispose()
    server.stop()


def _book(server: EmbeddedServer, token: str, slot: str = SLOT) -> httpx.Response:
    return httpx.post(
        server.url + "/v1/bookings",
        json={"slot_id": slot, "companions": []},
        headers={"Authorization": f"Bearer {token}"},
        timeout=30,
    )


def _user_id(ctx: AppContext, token: str) -> str:
    with ctx.tx() as session:
        row = session.get(AuthToken, token_hash(token))
        assert row is not None
        return row.user_id


def _hold(
    ctx: AppContext, user_id: str, code: str, since: timedelta, until: datetime | None
) -> None:
    with ctx.tx() as session:
        session.add(Hold(user_id=user_id, code=code, since=NOW + since, until=until))


def test_consent_comes_before_holds_and_before_a_bad_slot(live: Live) -> None:
    server, ctx = live
    [token] = insert_users(ctx, 1)
    user_id = _user_id(ctx, token)
    with ctx.tx() as session:
        user = session.get(User, user_id)
        assert user is not None
        user.consented_terms_version = None
    _hold(ctx, user_id, "residence-status", timedelta(days=-1), None)
    refused = _book(server, token, slot="no-such-slot")
    assert problem_code(refused) == "consent-required"
    assert refused.json()["terms_version"] == "1.1"


def test_a_newer_version_in_force_needs_consent_again_but_a_future_one_does_not(live: Live) -> None:
    server, ctx = live
    [token] = insert_users(ctx, 1)
    with ctx.tx() as session:
        session.add(TermsVersion(version="9.0", effective_on=date(2027, 1, 1), published_at=NOW))
    assert _book(server, token).status_code == 201  # 9.0 is not in force yet
    [late] = insert_users(ctx, 1)
    with ctx.tx() as session:
        session.add(TermsVersion(version="2.0", effective_on=NOW.date(), published_at=NOW))
    refused = _book(server, late)
    assert problem_code(refused) == "consent-required"
    assert refused.json()["terms_version"] == "2.0"


def test_the_first_active_hold_decides_and_expired_holds_do_not_count(live: Live) -> None:
    server, ctx = live
    suspended, held, free = insert_users(ctx, 3)
    until = NOW + timedelta(days=20)
    _hold(ctx, _user_id(ctx, suspended), "no-show-suspension", timedelta(days=-3), until)
    _hold(ctx, _user_id(ctx, suspended), "residence-status", timedelta(days=-1), None)
    _hold(ctx, _user_id(ctx, held), "no-show-suspension", timedelta(days=-40), NOW)
    _hold(ctx, _user_id(ctx, held), "residence-status", timedelta(days=-2), None)
    _hold(ctx, _user_id(ctx, free), "no-show-suspension", timedelta(days=-40), NOW)

    refused = _book(server, suspended)
    assert problem_code(refused) == "booking-suspended"
    assert refused.json()["until"] == until.isoformat()
    refused = _book(server, held)
    assert problem_code(refused) == "eligibility-hold"
    assert refused.json()["code"] == "residence-status"
    assert _book(server, free).status_code == 201


def test_slot_closure_and_one_a_day_are_refused_in_turn(live: Live) -> None:
    server, ctx = live
    [token] = insert_users(ctx, 1)
    assert problem_code(_book(server, token, slot="nowhere.202612091100")) == "slot-unavailable"
    with ctx.tx() as session:
        session.add(ClosedDay(office_id=OFFICE, day=date(2026, 12, 10), reason="inventory"))
    closed = slot_public_id(OFFICE, WEDNESDAY_ELEVEN + timedelta(days=1))
    assert problem_code(_book(server, token, slot=closed)) == "slot-unavailable"
    assert _book(server, token).status_code == 201
    later = slot_public_id(OFFICE, WEDNESDAY_ELEVEN + timedelta(hours=2))
    refused = _book(server, token, slot=later)
    assert problem_code(refused) == "one-per-day"
    assert refused.json()["date"] == "2026-12-09"
