"""Booking rules through the API: consent, capacity, one per day, holds, cancel, join, .ics."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hwserver.timeutil import JST
from hwserver_testkit import (
    MONDAY_MORNING,
    PASSWORD,
    Server,
    SignedInUser,
    problem_code,
    slot_id,
)
from icalendar import Calendar

ELEVEN = datetime(2026, 12, 7, 11, 0, tzinfo=JST)
KAWABATA = "tokyo-kawabata"  # capacity 1
MIDORIDAI = "tokyo-midoridai"  # capacity 2


def book(
    server: Server,
    user: SignedInUser,
    start: datetime = ELEVEN,
    office: str = KAWABATA,
    **extra: object,
) -> object:
    body = {"slot_id": slot_id(office, start), **extra}
    return server.client.post("/v1/bookings", json=body, headers=user.headers)


def test_booking_returns_the_booking_and_mails_a_confirmation(server: Server) -> None:
    user = server.add_user()
    response = book(
        server,
        user,
        companions=[{"role": "interpreter", "note": "my friend"}],
        interpreter_language="pt-BR",
        note="First time",
    )
    assert response.status_code == 201, response.text
    booking = response.json()
    assert booking["status"] == "booked"
    assert booking["start"] == "2026-12-07T11:00:00+09:00"
    assert booking["end"] == "2026-12-07T11:30:00+09:00"
    assert booking["join_opens_at"] == "2026-12-07T10:50:00+09:00"
    assert booking["join_closes_at"] == "2026-12-07T11:10:00+09:00"
    assert booking["office_name"]["en"].startswith("Hello Work Kawabata")
    assert booking["companions"] == [{"role": "interpreter", "note": "my friend"}]
    assert booking["interpreter_language"] == "pt-BR"
    assert isinstance(booking["id"], str)
    mail = server.mails()[-1]
    assert mail["To"] == user.email
    assert "2026年12月7日（月）11:00〜11:30" in mail["Subject"]
    assert "通訳者" in mail.get_content()
    slots = server.client.get(
        f"/v1/offices/{KAWABATA}/slots", params={"from": "2026-12-07", "to": "2026-12-07"}
    ).json()
    assert slot_id(KAWABATA, ELEVEN) not in {s["id"] for s in slots}  # full now


def test_booking_needs_consent_to_the_current_terms(server: Server) -> None:
    user = server.add_user(consent=False)
    refused = book(server, user)
    assert refused.status_code == 403
    assert problem_code(refused) == "consent-required"
    assert refused.json()["terms_version"] == "1.1"
    old = server.client.post("/v1/me/consents", json={"terms_version": "1.0"}, headers=user.headers)
    assert problem_code(old) == "terms-outdated"
    assert old.json()["current_version"] == "1.1"
    agreed = server.client.post(
        "/v1/me/consents", json={"terms_version": "1.1"}, headers=user.headers
    )
    assert agreed.status_code == 201
    assert agreed.json()["terms_version"] == "1.1"
    assert book(server, user).status_code == 201


def test_a_full_slot_is_unavailable(server: Server) -> None:
    assert book(server, server.add_user()).status_code == 201
    second = book(server, server.add_user())
    assert second.status_code == 409
    assert problem_code(second) == "slot-unavailable"


@pytest.mark.parametrize(
    "start",
    [
        MONDAY_MORNING + timedelta(minutes=30),  # inside the 60-minute minimum notice
        datetime(2026, 12, 12, 10, 0, tzinfo=JST),  # Saturday
        datetime(2026, 12, 7, 17, 0, tzinfo=JST),  # would end after 17:15
        datetime(2026, 12, 7, 11, 15, tzinfo=JST),  # not on the 30-minute grid
        datetime(2027, 1, 11, 10, 0, tzinfo=JST),  # national holiday, beyond the horizon too
        datetime(2027, 1, 8, 10, 0, tzinfo=JST),  # beyond the 28-day horizon
    ],
)
def test_times_outside_the_rules_cannot_be_booked(server: Server, start: datetime) -> None:
    response = book(server, server.add_user(), start=start)
    assert problem_code(response) == "slot-unavailable"


def test_unknown_slot_ids_are_unavailable(server: Server, user: SignedInUser) -> None:
    for bad in ("nowhere.202612071100", "garbage", "tokyo-kawabata.209912310900"):
        response = server.client.post("/v1/bookings", json={"slot_id": bad}, headers=user.headers)
        assert problem_code(response) == "slot-unavailable"


def test_one_active_booking_per_japan_day(server: Server, user: SignedInUser) -> None:
    assert book(server, user).status_code == 201
    other_office = book(server, user, start=ELEVEN + timedelta(hours=3), office=MIDORIDAI)
    assert other_office.status_code == 409
    assert problem_code(other_office) == "one-per-day"
    assert other_office.json()["date"] == "2026-12-07"
    assert book(server, user, start=ELEVEN + timedelta(days=1)).status_code == 201


def test_cancelling_frees_the_day_and_the_seat(server: Server, user: SignedInUser) -> None:
    booking = book(server, user).json()
    cancelled = server.client.post(
        f"/v1/bookings/{booking['id']}/cancel",
        json={"reason": "feeling unwell"},
        headers=user.headers,
    )
    assert cancelled.status_code == 200
    assert cancelled.json()["status"] == "cancelled"
    assert cancelled.json()["cancel_reason"] == "feeling unwell"
    assert "取り消しました" in server.mails()[-1]["Subject"]
    again = server.client.post(f"/v1/bookings/{booking['id']}/cancel", headers=user.headers)
    assert problem_code(again) == "booking-not-active"
    assert again.json()["status"] == 409  # RFC 9457: the HTTP status, not the booking's
    assert again.json()["booking_status"] == "cancelled"
    assert book(server, server.add_user()).status_code == 201  # seat is free again
    assert book(server, user, start=ELEVEN + timedelta(hours=1)).status_code == 201  # day too


def test_cancel_is_allowed_until_the_start_then_too_late(
    server: Server, user: SignedInUser
) -> None:
    booking = book(server, user).json()
    server.clock.set(ELEVEN)
    late = server.client.post(f"/v1/bookings/{booking['id']}/cancel", headers=user.headers)
    assert late.status_code == 409
    assert problem_code(late) == "too-late-to-cancel"
    second = book(server, user, start=ELEVEN + timedelta(days=1)).json()
    server.clock.set(ELEVEN + timedelta(days=1) - timedelta(seconds=1))
    ok = server.client.post(f"/v1/bookings/{second['id']}/cancel", headers=user.headers)
    assert ok.status_code == 200


@pytest.mark.parametrize(
    ("offset", "open_"),
    [
        (timedelta(minutes=-10, seconds=-1), False),
        (timedelta(minutes=-10), True),
        (timedelta(0), True),
        (timedelta(minutes=10), True),
        (timedelta(minutes=10, seconds=1), False),
    ],
)
def test_join_window_edges(
    server: Server, user: SignedInUser, offset: timedelta, open_: bool
) -> None:
    booking = book(server, user).json()
    server.clock.set(ELEVEN + offset)
    response = server.client.get(f"/v1/bookings/{booking['id']}/join", headers=user.headers)
    if open_:
        assert response.status_code == 200
        body = response.json()
        assert body["provider"] == "zoom"
        assert body["join_url"].startswith("https://zoom.us/j/" + body["meeting_id"])
        assert body["passcode"].isdigit()
    else:
        assert problem_code(response) == "join-not-open"
        assert response.json()["opens_at"] == "2026-12-07T10:50:00+09:00"
        assert response.json()["closes_at"] == "2026-12-07T11:10:00+09:00"


def test_join_of_a_cancelled_booking_is_refused(server: Server, user: SignedInUser) -> None:
    booking = book(server, user).json()
    server.client.post(f"/v1/bookings/{booking['id']}/cancel", headers=user.headers)
    server.clock.set(ELEVEN)
    response = server.client.get(f"/v1/bookings/{booking['id']}/join", headers=user.headers)
    assert problem_code(response) == "booking-not-active"


def test_lists_are_own_only_and_split_by_time(server: Server, user: SignedInUser) -> None:
    first = book(server, user).json()
    second = book(server, user, start=ELEVEN + timedelta(days=2)).json()
    book(server, server.add_user(), start=ELEVEN + timedelta(days=1))
    upcoming = server.client.get("/v1/bookings", headers=user.headers).json()
    assert [b["id"] for b in upcoming] == [first["id"], second["id"]]
    server.clock.set(ELEVEN + timedelta(days=1))
    assert [
        b["id"]
        for b in server.client.get("/v1/bookings?scope=upcoming", headers=user.headers).json()
    ] == [second["id"]]
    assert [
        b["id"] for b in server.client.get("/v1/bookings?scope=past", headers=user.headers).json()
    ] == [first["id"]]
    assert len(server.client.get("/v1/bookings?scope=all", headers=user.headers).json()) == 2
    assert problem_code(server.client.get("/v1/bookings?scope=soon", headers=user.headers)) == (
        "validation-error"
    )


def test_calendar_export_is_valid_icalendar(server: Server, user: SignedInUser) -> None:
    booking = book(server, user).json()
    response = server.client.get(f"/v1/bookings/{booking['id']}/calendar.ics", headers=user.headers)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/calendar")
    event = Calendar.from_ical(response.content).walk("VEVENT")[0]
    assert event.decoded("dtstart") == ELEVEN
    assert event.decoded("dtend") == ELEVEN + timedelta(minutes=30)
    assert "ハローワーク" in str(event.get("summary"))
    assert str(event.get("uid")).startswith(booking["id"])


def test_every_booking_route_answers_404_for_another_users_booking(server: Server) -> None:
    owner, stranger = server.add_user(), server.add_user()
    booking_id = book(server, owner).json()["id"]
    server.clock.set(ELEVEN)  # join window open: only ownership can refuse
    for method, path in [
        ("GET", f"/v1/bookings/{booking_id}"),
        ("POST", f"/v1/bookings/{booking_id}/cancel"),
        ("GET", f"/v1/bookings/{booking_id}/join"),
        ("GET", f"/v1/bookings/{booking_id}/calendar.ics"),
    ]:
        theirs = server.client.request(method, path, headers=stranger.headers)
        missing = server.client.request(
            method, path.replace(booking_id, "0000000000000000"), headers=stranger.headers
        )
        assert theirs.status_code == 404, path
        assert theirs.json() == missing.json()
    assert (
        server.client.get(f"/v1/bookings/{booking_id}", headers=owner.headers).json()["status"]
        == "booked"
    )


@pytest.mark.parametrize(
    "extra",
    [
        {"companions": [{"role": "friend"}]},
        {"note": "x" * 501},
        {"interpreter_language": "not a tag!"},
        {"surprise": True},
    ],
)
def test_invalid_booking_bodies_are_422(
    server: Server, user: SignedInUser, extra: dict[str, object]
) -> None:
    response = book(server, user, **extra)
    assert response.status_code == 422
    assert problem_code(response) == "validation-error"
    assert response.json()["errors"]


def test_an_eligibility_hold_blocks_booking(server: Server) -> None:
    staff = server.add_user(role="staff")
    user = server.add_user()
    server.client.post(
        f"/v1/staff/users/{user.id}/holds", json={"code": "residence-status"}, headers=staff.headers
    )
    refused = book(server, user)
    assert problem_code(refused) == "eligibility-hold"
    assert refused.json()["code"] == "residence-status"
    me = server.client.get("/v1/me", headers=user.headers).json()
    assert [h["code"] for h in me["holds"]] == ["residence-status"]
    lifted = server.client.delete(
        f"/v1/staff/users/{user.id}/holds/residence-status", headers=staff.headers
    )
    assert lifted.status_code == 204
    assert book(server, user).status_code == 201


def test_idempotent_retry_returns_the_first_answer_and_books_once(
    server: Server, user: SignedInUser
) -> None:
    headers = {**user.headers, "Idempotency-Key": "retry-123"}
    body = {"slot_id": slot_id(MIDORIDAI, ELEVEN)}
    first = server.client.post("/v1/bookings", json=body, headers=headers)
    again = server.client.post("/v1/bookings", json=body, headers=headers)
    assert first.status_code == again.status_code == 201
    assert first.json() == again.json()
    assert again.headers["idempotent-replayed"] == "true"
    assert len(server.client.get("/v1/bookings", headers=user.headers).json()) == 1
    assert len(server.mails()) == 1
    slots = server.client.get(
        f"/v1/offices/{MIDORIDAI}/slots", params={"from": "2026-12-07", "to": "2026-12-07"}
    ).json()
    assert next(s for s in slots if s["id"] == body["slot_id"])["available"] == 1
    reused = server.client.post(
        "/v1/bookings",
        headers=headers,
        json={"slot_id": slot_id(MIDORIDAI, ELEVEN + timedelta(days=1))},
    )
    assert reused.status_code == 422
    assert problem_code(reused) == "idempotency-key-reused"


def test_the_same_key_is_separate_per_user(server: Server) -> None:
    a, b = server.add_user(), server.add_user()
    body = {"slot_id": slot_id(MIDORIDAI, ELEVEN)}
    for person in (a, b):
        response = server.client.post(
            "/v1/bookings", json=body, headers={**person.headers, "Idempotency-Key": "same"}
        )
        assert response.status_code == 201
    assert (
        response.json()["id"]
        != server.client.get("/v1/bookings", headers=a.headers).json()[0]["id"]
    )


def test_deleting_the_account_cancels_future_bookings_and_frees_their_seats(
    server: Server, user: SignedInUser
) -> None:
    book(server, user)
    gone = server.client.request(
        "DELETE", "/v1/me", headers=user.headers, json={"password": PASSWORD}
    )
    assert gone.status_code == 204
    assert book(server, server.add_user()).status_code == 201  # the capacity-1 seat is free


def test_booking_requests_keep_the_session_alive_even_when_refused(server: Server) -> None:
    """The booking route looks the token up in its own transaction; a use is still a use."""
    server.add_user("keep@example.jp")
    login = {"email": "keep@example.jp", "password": PASSWORD}
    token = server.client.post("/v1/sessions", json=login).json()["token"]
    headers = {"Authorization": f"Bearer {token}"}
    server.clock.advance(timedelta(days=29))
    refused = server.client.post("/v1/bookings", json={"slot_id": "nowhere"}, headers=headers)
    assert problem_code(refused) == "slot-unavailable"
    server.clock.advance(timedelta(days=29))
    day = server.clock.now().astimezone(JST).date() + timedelta(days=3)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    start = datetime(day.year, day.month, day.day, 11, 0, tzinfo=JST)
    body = {"slot_id": slot_id(MIDORIDAI, start)}
    assert server.client.post("/v1/bookings", json=body, headers=headers).status_code == 201
    server.clock.advance(timedelta(days=30, seconds=1))
    expired = server.client.post("/v1/bookings", json=body, headers=headers)
    assert expired.status_code == 401
    assert problem_code(expired) == "unauthenticated"
