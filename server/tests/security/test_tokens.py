"""A token stops working everywhere once its session ends: logout, password change, deletion.

Every signed-in route is tried with the dead token and a request that would
otherwise succeed, so a 401 can only come from the token.
"""

from __future__ import annotations

from typing import Any

import pytest
from hwserver_testkit import PASSWORD, Server, SignedInUser, problem_code
from security_kit import OFFICE, book

NEW_PASSWORD = "a completely different passphrase"
SIGNED_IN_REQUESTS: list[tuple[str, str, dict[str, Any] | None]] = [
    ("GET", "/v1/me", None),
    ("PATCH", "/v1/me", {"name": "Changed By Someone"}),
    ("POST", "/v1/me/password", {"current_password": PASSWORD, "new_password": NEW_PASSWORD}),
    ("POST", "/v1/me/consents", {"terms_version": "1.1"}),
    ("POST", "/v1/bookings", {"slot_id": f"{OFFICE}.202612091000", "companions": []}),
    ("GET", "/v1/bookings?scope=all", None),
    ("GET", "/v1/bookings/{booking_id}", None),
    ("POST", "/v1/bookings/{booking_id}/cancel", {"reason": "plans changed"}),
    ("GET", "/v1/bookings/{booking_id}/join", None),
    ("GET", "/v1/bookings/{booking_id}/calendar.ics", None),
    ("POST", "/v1/environment-reports", {"report": {"checks": []}, "device_id": "pc-1"}),
    ("DELETE", "/v1/me", {"password": PASSWORD}),
    ("DELETE", "/v1/sessions/current", None),
]


def test_the_table_covers_every_signed_in_route(server: Server) -> None:
    doc = server.client.get("/openapi.json").json()
    signed_in = {
        (method.upper(), path)
        for path, ops in doc["paths"].items()
        for method, op in ops.items()
        if "401" in op["responses"] and not path.startswith("/v1/staff/")
    }
    signed_in.discard(("POST", "/v1/sessions"))  # signing in answers 401 for a wrong password
    assert {(m, p.split("?")[0]) for m, p, _ in SIGNED_IN_REQUESTS} == signed_in


def _assert_dead_everywhere(server: Server, token: str, booking_id: str) -> None:
    headers = {"Authorization": f"Bearer {token}"}
    for method, template, body in SIGNED_IN_REQUESTS:
        path = template.format(booking_id=booking_id)
        response = server.client.request(method, path, json=body, headers=headers)
        assert response.status_code == 401, (method, path, response.text)
        assert problem_code(response) == "unauthenticated"


def _sign_in(server: Server, email: str, password: str = PASSWORD) -> str:
    response = server.client.post("/v1/sessions", json={"email": email, "password": password})
    assert response.status_code == 201, response.text
    return str(response.json()["token"])


def _me(server: Server, token: str) -> dict[str, Any]:
    response = server.client.get("/v1/me", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200, response.text
    return dict(response.json())


def test_a_logged_out_token_is_refused_and_changes_nothing(
    server: Server, owner: SignedInUser
) -> None:
    booking = book(server, owner)
    other_session = _sign_in(server, owner.email)
    assert server.client.delete("/v1/sessions/current", headers=owner.headers).status_code == 204

    _assert_dead_everywhere(server, owner.token, booking["id"])

    me = _me(server, other_session)  # only the session that logged out ended
    assert me["name"] == "Test User"
    mine = server.client.get(
        "/v1/bookings?scope=all", headers={"Authorization": f"Bearer {other_session}"}
    )
    assert [(b["id"], b["status"]) for b in mine.json()] == [(booking["id"], "booked")]


def test_a_password_change_ends_every_other_session(server: Server, owner: SignedInUser) -> None:
    booking = book(server, owner)
    laptop = _sign_in(server, owner.email)
    change = server.client.post(
        "/v1/me/password",
        json={"current_password": PASSWORD, "new_password": NEW_PASSWORD},
        headers={"Authorization": f"Bearer {laptop}"},
    )
    assert change.status_code == 204

    _assert_dead_everywhere(server, owner.token, booking["id"])
    assert _me(server, laptop)["id"] == owner.id, "the session that changed it stays"
    old = server.client.post("/v1/sessions", json={"email": owner.email, "password": PASSWORD})
    assert problem_code(old) == "invalid-credentials"
    assert _sign_in(server, owner.email, NEW_PASSWORD)


def test_a_deleted_accounts_token_is_refused(server: Server, owner: SignedInUser) -> None:
    booking = book(server, owner)
    deleted = server.client.request(
        "DELETE", "/v1/me", json={"password": PASSWORD}, headers=owner.headers
    )
    assert deleted.status_code == 204
    _assert_dead_everywhere(server, owner.token, booking["id"])
    again = server.client.post("/v1/sessions", json={"email": owner.email, "password": PASSWORD})
    assert problem_code(again) == "invalid-credentials"


@pytest.mark.parametrize(
    "authorization",
    [
        b"",
        b"Bearer",
        b"Bearer ",
        b"Basic dXNlcjpwYXNzd29yZA==",
        b"Token abcdef",
        b"Bearer " + b"A" * 20_000,
        b"Bearer \xe3\x81\x82\xe3\x81\x84",
        b"Bearer abc\tdef",
        b"Bearer ../../etc/passwd",
    ],
    ids=["empty", "no-token", "blank", "basic", "other-scheme", "huge", "utf8", "tab", "path"],
)
def test_malformed_authorization_is_a_plain_401(
    server: Server, owner: SignedInUser, authorization: bytes
) -> None:
    response = server.client.get("/v1/me", headers={"Authorization": authorization})  # type: ignore[dict-item]
    assert response.status_code == 401
    assert problem_code(response) == "unauthenticated"


def test_a_token_with_its_last_character_changed_is_refused(
    server: Server, owner: SignedInUser
) -> None:
    forged = owner.token[:-1] + ("A" if owner.token[-1] != "A" else "B")
    response = server.client.get("/v1/me", headers={"Authorization": f"Bearer {forged}"})
    assert problem_code(response) == "unauthenticated"
    assert server.client.get("/v1/me", headers=owner.headers).status_code == 200


def test_the_scheme_name_is_case_insensitive(server: Server, owner: SignedInUser) -> None:
    """RFC 9110: auth schemes are case-insensitive, so `bearer` must work like `Bearer`."""
    response = server.client.get("/v1/me", headers={"Authorization": f"bearer {owner.token}"})
    assert response.status_code == 200
