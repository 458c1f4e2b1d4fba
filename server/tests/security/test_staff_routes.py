"""Staff routes do not exist for users: 404 like an unknown path, and nothing changes.

Each request below is valid: the control test shows staff get through with
it. So a user's 404 comes from their role, not from a malformed request.
"""

from __future__ import annotations

from typing import Any

from hwserver_testkit import Server, SignedInUser, problem_code, slot_id
from security_kit import OFFICE, TUESDAY_TEN, book

HOLD = "residence-status"
DAY = "2026-12-24"
# In the order staff can run them one after another (add before delete, and so on).
STAFF_REQUESTS: list[tuple[str, str, dict[str, Any] | None]] = [
    ("GET", "/v1/staff/offices", None),
    ("PATCH", "/v1/staff/offices/{office_id}", {"capacity": 5, "phone": "03-0000-1111"}),
    ("GET", "/v1/staff/offices/{office_id}/closed-days", None),
    ("PUT", "/v1/staff/offices/{office_id}/closed-days/{day}", {"reason": "Inventory"}),
    ("DELETE", "/v1/staff/offices/{office_id}/closed-days/{day}", None),
    ("PUT", "/v1/staff/slots/{slot_id}/capacity", {"capacity": 0}),
    ("GET", "/v1/staff/offices/{office_id}/bookings?date=2026-12-08", None),
    ("GET", "/v1/staff/users?job_seeker_number=13010-1234567", None),
    ("POST", "/v1/staff/users/{user_id}/holds", {"code": HOLD, "note": "Residence card"}),
    ("DELETE", "/v1/staff/users/{user_id}/holds/{code}", None),
    ("POST", "/v1/staff/bookings/{booking_id}/attendance", {"status": "attended"}),
    ("POST", "/v1/staff/bookings/{booking_id}/cancel", {"reason": "Counsellor ill"}),
    (
        "POST",
        "/v1/staff/terms",
        {
            "version": "9.9",
            "effective_on": "2026-12-07",
            "texts": {"ja": {"title": "規約", "body": "本文"}, "en": {"title": "T", "body": "B"}},
        },
    ),
    (
        "PUT",
        "/v1/staff/client-policy",
        {
            "latest_version": "99.0",
            "minimum_version": "99.0",
            "download_url": "https://example.jp/download",
            "zoom_minimum_version": "6.0.0",
            "os_support": [{"os": "windows", "version": "11", "supported_until": "2030-10-08"}],
        },
    ),
    ("GET", "/v1/staff/statistics?from=2026-11-01&to=2026-12-31", None),
]


def test_the_table_covers_every_staff_operation(operations: list[tuple[str, str]]) -> None:
    listed = {(method, path.split("?")[0]) for method, path, _ in STAFF_REQUESTS}
    assert listed == {op for op in operations if op[1].startswith("/v1/staff/")}


def _requests(owner: SignedInUser, booking: dict[str, Any]) -> list[tuple[str, str, Any]]:
    names = {
        "office_id": OFFICE,
        "day": DAY,
        "slot_id": slot_id(OFFICE, TUESDAY_TEN),
        "user_id": owner.id,
        "code": HOLD,
        "booking_id": booking["id"],
    }
    return [(m, path.format(**names), body) for m, path, body in STAFF_REQUESTS]


def _observable_state(server: Server, owner: SignedInUser, booking_id: str) -> list[Any]:
    """What a user or the public can see that any staff request above would change."""
    paths = [
        f"/v1/bookings/{booking_id}",
        "/v1/me",
        "/v1/client/policy",
        "/v1/terms/current?lang=en",
        f"/v1/offices/{OFFICE}",
        f"/v1/offices/{OFFICE}/slots?from=2026-12-08&to=2026-12-24",
    ]
    return [server.client.get(p, headers=owner.headers).json() for p in paths]


def test_a_user_gets_404_like_an_unknown_path_and_changes_nothing(
    server: Server, owner: SignedInUser
) -> None:
    booking = book(server, owner)
    before = _observable_state(server, owner, booking["id"])
    unknown = server.client.get("/v1/staff/no-such-thing", headers=owner.headers)
    assert unknown.status_code == 404

    for method, path, body in _requests(owner, booking):
        response = server.client.request(method, path, json=body, headers=owner.headers)
        assert response.status_code == 404, (method, path, response.text)
        assert problem_code(response) == "not-found"
        assert response.content == unknown.content, (method, path)

    assert _observable_state(server, owner, booking["id"]) == before


def test_staff_get_through_with_the_same_requests(
    server: Server, owner: SignedInUser, staff: SignedInUser
) -> None:
    booking = book(server, owner)
    before = _observable_state(server, owner, booking["id"])
    for method, path, body in _requests(owner, booking):
        response = server.client.request(method, path, json=body, headers=staff.headers)
        assert response.status_code < 300 or response.status_code == 409, (
            method,
            path,
            response.text,
        )
    assert _observable_state(server, owner, booking["id"]) != before
