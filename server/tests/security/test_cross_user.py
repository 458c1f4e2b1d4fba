"""Another person's booking: every `{id}` route answers exactly as for an id that does not exist.

404 (never 403) and a byte-identical problem document mean a stranger cannot
even learn that a booking id is real, and nothing they send changes it.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from hwserver_testkit import Server, SignedInUser, problem_code, slot_id
from security_kit import OFFICE, TUESDAY_TEN, book

# Routes whose `{id}` names something a user owns. A new `{id}` route fails
# test_every_id_route_is_classified until it is added here or to PUBLIC_ID_ROUTES.
OWNED_ID_ROUTES = {
    ("GET", "/v1/bookings/{booking_id}"),
    ("POST", "/v1/bookings/{booking_id}/cancel"),
    ("GET", "/v1/bookings/{booking_id}/join"),
    ("GET", "/v1/bookings/{booking_id}/calendar.ics"),
}
PUBLIC_ID_ROUTES = {
    ("GET", "/v1/offices/{office_id}"),
    ("GET", "/v1/offices/{office_id}/slots"),
}
UNKNOWN_ID = "0123456789abcdef"


def test_every_id_route_is_classified(operations: list[tuple[str, str]]) -> None:
    with_ids = {
        (method, path)
        for method, path in operations
        if "{" in path and not path.startswith("/v1/staff/")
    }
    assert with_ids == OWNED_ID_ROUTES | PUBLIC_ID_ROUTES


def _call(server: Server, who: SignedInUser, method: str, path: str) -> object:
    body = {} if method == "POST" else None
    return server.client.request(method, path, headers=who.headers, json=body)


@pytest.mark.parametrize(("method", "template"), sorted(OWNED_ID_ROUTES))
def test_another_users_booking_looks_like_a_missing_one(
    server: Server, owner: SignedInUser, intruder: SignedInUser, method: str, template: str
) -> None:
    booking = book(server, owner)
    # Inside the join window and before the start: the owner could join or cancel right now.
    server.clock.set(TUESDAY_TEN - timedelta(minutes=5))

    theirs = _call(server, intruder, method, template.format(booking_id=booking["id"]))
    missing = _call(server, intruder, method, template.format(booking_id=UNKNOWN_ID))

    assert theirs.status_code == 404
    assert problem_code(theirs) == "not-found"
    assert theirs.content == missing.content
    assert theirs.headers["content-type"] == missing.headers["content-type"]
    after = server.client.get(f"/v1/bookings/{booking['id']}", headers=owner.headers)
    assert after.json() == booking, "the owner's booking is untouched"
    mine = server.client.get("/v1/bookings?scope=all", headers=intruder.headers)
    assert mine.json() == []


def test_the_owner_can_use_the_same_routes(server: Server, owner: SignedInUser) -> None:
    """The control for the test above: these calls do work for the person who booked."""
    booking = book(server, owner)
    server.clock.set(TUESDAY_TEN - timedelta(minutes=5))
    for method, template in sorted(OWNED_ID_ROUTES):
        response = _call(server, owner, method, template.format(booking_id=booking["id"]))
        assert response.status_code == 200, (method, template, response.text)


def test_an_idempotency_key_is_private_to_its_user(
    server: Server, owner: SignedInUser, intruder: SignedInUser
) -> None:
    """Someone else's key never replays the owner's answer (which would leak their booking)."""
    key = {"Idempotency-Key": "same-key-for-both"}
    body = {"slot_id": slot_id(OFFICE, TUESDAY_TEN + timedelta(hours=1)), "companions": []}
    first = server.client.post("/v1/bookings", json=body, headers={**owner.headers, **key})
    second = server.client.post("/v1/bookings", json=body, headers={**intruder.headers, **key})
    assert first.status_code == second.status_code == 201
    assert first.json()["id"] != second.json()["id"]
    assert second.headers.get("idempotent-replayed") is None
    owners = server.client.get("/v1/bookings", headers=owner.headers).json()
    assert [b["id"] for b in owners] == [first.json()["id"]]
