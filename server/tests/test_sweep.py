"""`hwserver sweep`: no-shows, suspensions, inactive accounts, expired tokens (injected clock)."""

from __future__ import annotations

from datetime import datetime, timedelta

from hwserver.sweep import run_sweep
from hwserver.timeutil import JST
from hwserver_testkit import PASSWORD, Server, SignedInUser, problem_code, slot_id

ELEVEN = datetime(2026, 12, 7, 11, 0, tzinfo=JST)
OFFICE = "tokyo-kawabata"


def book(server: Server, user: SignedInUser, start: datetime) -> str:
    response = server.client.post(
        "/v1/bookings", json={"slot_id": slot_id(OFFICE, start)}, headers=user.headers
    )
    assert response.status_code == 201, response.text
    return response.json()["id"]


def status(server: Server, user: SignedInUser, booking_id: str) -> str:
    return server.client.get(f"/v1/bookings/{booking_id}", headers=user.headers).json()["status"]


def test_not_joining_10_minutes_after_the_start_is_a_no_show(
    server: Server, user: SignedInUser
) -> None:
    booking_id = book(server, user, ELEVEN)
    server.clock.set(ELEVEN + timedelta(minutes=9, seconds=59))
    assert run_sweep(server.ctx).no_shows == 0
    assert status(server, user, booking_id) == "booked"
    server.clock.set(ELEVEN + timedelta(minutes=10))
    assert run_sweep(server.ctx).no_shows == 1
    assert status(server, user, booking_id) == "no_show"
    assert run_sweep(server.ctx).no_shows == 0  # idempotent


def test_a_joined_booking_is_never_a_no_show(server: Server, user: SignedInUser) -> None:
    booking_id = book(server, user, ELEVEN)
    server.clock.set(ELEVEN + timedelta(minutes=3))
    assert (
        server.client.get(f"/v1/bookings/{booking_id}/join", headers=user.headers).status_code
        == 200
    )
    server.clock.set(ELEVEN + timedelta(hours=1))
    run_sweep(server.ctx)
    assert status(server, user, booking_id) == "booked"


def test_two_no_shows_in_90_days_suspend_booking_for_30_days(
    server: Server, user: SignedInUser
) -> None:
    for day in (0, 1):
        start = ELEVEN + timedelta(days=day)
        server.clock.set(start - timedelta(days=1))
        book(server, user, start)
        server.clock.set(start + timedelta(minutes=15))
        result = run_sweep(server.ctx)
    assert result.suspended == 1
    suspended_at = server.clock.now()
    refused = server.client.post(
        "/v1/bookings",
        headers=user.headers,
        json={"slot_id": slot_id(OFFICE, ELEVEN + timedelta(days=3))},
    )
    assert refused.status_code == 403
    assert problem_code(refused) == "booking-suspended"
    until = datetime.fromisoformat(refused.json()["until"])
    assert until == suspended_at + timedelta(days=30)
    holds = server.client.get("/v1/me", headers=user.headers).json()["holds"]
    assert [h["code"] for h in holds] == ["no-show-suspension"]
    server.clock.set(until + timedelta(minutes=1))
    login = server.client.post("/v1/sessions", json={"email": user.email, "password": PASSWORD})
    fresh = {"Authorization": "Bearer " + login.json()["token"]}  # the old one idled out
    retry = server.client.post(
        "/v1/bookings",
        headers=fresh,
        json={"slot_id": slot_id(OFFICE, ELEVEN + timedelta(days=32))},
    )
    assert retry.status_code == 201, retry.text


def test_one_no_show_does_not_suspend(server: Server, user: SignedInUser) -> None:
    book(server, user, ELEVEN)
    server.clock.set(ELEVEN + timedelta(minutes=11))
    assert run_sweep(server.ctx).suspended == 0
    assert server.client.get("/v1/me", headers=user.headers).json()["holds"] == []


def test_staff_can_lift_a_suspension(server: Server, user: SignedInUser) -> None:
    staff = server.add_user(role="staff")
    for day in (0, 1):
        start = ELEVEN + timedelta(days=day)
        server.clock.set(start - timedelta(days=1))
        book(server, user, start)
        server.clock.set(start + timedelta(minutes=15))
        run_sweep(server.ctx)
    lifted = server.client.delete(
        f"/v1/staff/users/{user.id}/holds/no-show-suspension", headers=staff.headers
    )
    assert lifted.status_code == 204
    assert book(server, user, ELEVEN + timedelta(days=2))


def test_accounts_unused_for_a_year_are_deleted(server: Server) -> None:
    idle = server.add_user("idle@example.jp")
    active = server.add_user("active@example.jp")
    server.clock.advance(timedelta(days=300))
    server.client.get("/v1/me", headers=active.headers)  # active signs in now and then
    server.clock.advance(timedelta(days=66))
    server.client.post("/v1/sessions", json={"email": "active@example.jp", "password": PASSWORD})
    result = run_sweep(server.ctx)
    assert result.deleted_accounts == 2  # the idle user and the untouched demo account
    login = server.client.post(
        "/v1/sessions", json={"email": "idle@example.jp", "password": PASSWORD}
    )
    assert problem_code(login) == "invalid-credentials"
    assert (
        server.client.post(
            "/v1/sessions", json={"email": "active@example.jp", "password": PASSWORD}
        ).status_code
        == 201
    )
    assert idle.email != active.email


def test_expired_tokens_are_removed(server: Server) -> None:
    server.add_user("tok@example.jp")
    server.client.post("/v1/sessions", json={"email": "tok@example.jp", "password": PASSWORD})
    server.clock.advance(timedelta(days=31))
    assert run_sweep(server.ctx).expired_tokens >= 1
