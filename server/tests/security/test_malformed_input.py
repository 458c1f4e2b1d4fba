"""Over-long and malformed input: a clear 422 problem naming the field, and nothing stored.

Run on both back ends: PostgreSQL refuses some text (a NUL character) that
SQLite silently stores, so a gap in validation shows up as a 500 on one and as
stored garbage on the other.
"""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from hwserver_testkit import Server, SignedInUser, problem_code, slot_id
from security_kit import OFFICE, TUESDAY_TEN

REGISTRATION = {
    "email": "hanako@example.jp",
    "password": "kawa-no-nagare-2026",
    "name": "山田 花子",
    "preferred_language": "ja",
}
BOOKING = {"slot_id": slot_id(OFFICE, TUESDAY_TEN), "companions": []}


def assert_validation_error(response: Any, field: str | None = None) -> None:
    assert response.status_code == 422, response.text
    assert problem_code(response) == "validation-error"
    errors = response.json()["errors"]
    assert errors
    assert all(e["message"] for e in errors)
    if field is not None:
        assert field in {e["field"] for e in errors}, errors


def registration(**changes: Any) -> dict[str, Any]:
    """A valid sign-up with an address of its own (the test server is shared per module)."""
    return {**REGISTRATION, "email": f"hanako-{uuid.uuid4().hex[:12]}@example.jp", **changes}


def assert_not_registered(server: Server, email: str, mails_before: int) -> None:
    """No mail went out, and the address signs in like one nobody registered."""
    assert len(server.mails()) == mails_before
    if len(email) > 320:  # too long to even try signing in with
        return
    login = server.client.post(
        "/v1/sessions", json={"email": email, "password": REGISTRATION["password"]}
    )
    assert problem_code(login) == "invalid-credentials"


def snapshot(server: Server, who: SignedInUser) -> list[Any]:
    paths = [
        "/v1/me",
        "/v1/bookings?scope=all",
        f"/v1/offices/{OFFICE}/slots?from=2026-12-08&to=2026-12-08",
    ]
    return [server.client.get(p, headers=who.headers).json() for p in paths] + [len(server.mails())]


# --- registration ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("name", "名" * 201),
        ("name_kana", "カ" * 201),
        ("phone", "0" * 41),
        ("address", "町" * 501),
        ("email", "a" * 310 + "@example.jp"),
        ("password", "p" * 201),
        ("job_seeker_number", "13010-" + "1" * 30),
    ],
)
def test_overlong_registration_fields_are_refused(
    any_server: Server, field: str, value: str
) -> None:
    body, mails = registration(**{field: value}), len(any_server.mails())
    assert_validation_error(any_server.client.post("/v1/accounts", json=body), field)
    assert_not_registered(any_server, body["email"], mails)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": 123}, "name"),
        ({"name": None}, "name"),
        ({"name": ["山田"]}, "name"),
        ({"name": "   "}, "name"),
        ({"email": "not-an-address"}, "email"),
        ({"preferred_language": "tlh"}, "preferred_language"),
        ({"job_seeker_number": "12"}, "job_seeker_number"),
        ({"role": "staff"}, "role"),
        ({"status": "active"}, "status"),
    ],
    ids=["int", "null", "list", "blank", "email", "language", "number", "role", "status"],
)
def test_wrongly_typed_or_smuggled_registration_fields_are_refused(
    any_server: Server, changes: dict[str, Any], field: str
) -> None:
    body, mails = registration(), len(any_server.mails())
    response = any_server.client.post("/v1/accounts", json={**body, **changes})
    assert_validation_error(response, field)
    assert_not_registered(any_server, body["email"], mails)


MALFORMED_BODIES = [
    # id, raw body, content type
    ("truncated", b'{"email": ', "application/json"),
    ("array", b"[]", "application/json"),
    ("string", b'"hanako@example.jp"', "application/json"),
    ("null", b"null", "application/json"),
    ("empty", b"", "application/json"),
    ("form", b"email=hanako%40example.jp", "application/x-www-form-urlencoded"),
    ("bad-utf8", b'{"email": "\xff\xfe"}', "application/json"),
    ("deep", b'{"name": ' + b"[" * 5000 + b"]" * 5000 + b"}", "application/json"),
]


@pytest.mark.parametrize(
    ("raw", "content_type"),
    [case[1:] for case in MALFORMED_BODIES],
    ids=[case[0] for case in MALFORMED_BODIES],
)
def test_malformed_bodies_are_a_clear_422(
    any_server: Server, raw: bytes, content_type: str
) -> None:
    mails = len(any_server.mails())
    response = any_server.client.post(
        "/v1/accounts", content=raw, headers={"Content-Type": content_type}
    )
    assert_validation_error(response)
    assert len(any_server.mails()) == mails, "no account, so no mail"


# --- NUL and control characters --------------------------------------------------------

NUL_CASES: list[tuple[str, str, str, dict[str, Any] | None, set[int]]] = [
    # id, method, path, body, acceptable statuses
    (
        "register-name",
        "POST",
        "/v1/accounts",
        registration(name="山田\x00花子"),
        {422},
    ),
    (
        "sign-in-email",
        "POST",
        "/v1/sessions",
        {"email": "a\x00@example.jp", "password": "x" * 12},
        {401, 422},
    ),
    ("me-name", "PATCH", "/v1/me", {"name": "山田\x00花子"}, {422}),
    (
        "booking-note",
        "POST",
        "/v1/bookings",
        {**BOOKING, "note": "wheelchair\x00"},
        {422},
    ),
    (
        "booking-slot",
        "POST",
        "/v1/bookings",
        {**BOOKING, "slot_id": "tokyo\x00.202612081000"},
        {409, 422},
    ),
    ("office-id", "GET", "/v1/offices/tokyo%00midoridai", None, {404}),
    ("booking-id", "GET", "/v1/bookings/abc%00def", None, {404}),
]


@pytest.mark.parametrize(
    ("method", "path", "body", "expected"),
    [case[1:] for case in NUL_CASES],
    ids=[case[0] for case in NUL_CASES],
)
def test_a_nul_character_is_refused_not_stored_nor_a_500(
    any_server: Server, method: str, path: str, body: dict[str, Any] | None, expected: set[int]
) -> None:
    who = any_server.add_user()
    before = snapshot(any_server, who)
    response = any_server.client.request(method, path, json=body, headers=who.headers)
    assert response.status_code in expected, response.text
    assert problem_code(response)
    assert snapshot(any_server, who) == before


@pytest.mark.parametrize("name", ["山田\u0007花子", "\u202eoknah"], ids=["bell", "rtl-override"])
def test_control_characters_in_a_name_are_refused(any_server: Server, name: str) -> None:
    who = any_server.add_user()
    before = snapshot(any_server, who)
    assert_validation_error(
        any_server.client.patch("/v1/me", json={"name": name}, headers=who.headers), "name"
    )
    assert snapshot(any_server, who) == before


# --- the signed-in user's own data ------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": "名" * 201}, "name"),
        ({"address": "町" * 501}, "address"),
        ({"phone": "0" * 41}, "phone"),
        ({"name": ""}, "name"),
        ({"preferred_language": None}, "preferred_language"),
        ({"home_office_id": "no-such-office"}, "home_office_id"),
        ({"email": "new@example.jp"}, "email"),
        ({"role": "staff"}, "role"),
        ({"consented_terms_version": "9.9"}, "consented_terms_version"),
    ],
    ids=["name", "address", "phone", "empty", "null-lang", "office", "email", "role", "consent"],
)
def test_bad_profile_changes_are_refused_and_change_nothing(
    any_server: Server, changes: dict[str, Any], field: str
) -> None:
    who = any_server.add_user()
    before = snapshot(any_server, who)
    response = any_server.client.patch("/v1/me", json=changes, headers=who.headers)
    assert_validation_error(response, field)
    assert snapshot(any_server, who) == before


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"note": "n" * 501}, "note"),
        ({"slot_id": "s" * 81}, "slot_id"),
        ({"interpreter_language": "x" * 36}, "interpreter_language"),
        ({"companions": [{"role": "family"}] * 6}, "companions"),
        ({"companions": [{"role": "bodyguard"}]}, "companions.0.role"),
        ({"companions": [{"role": "family", "note": "n" * 201}]}, "companions.0.note"),
        ({"companions": "family"}, "companions"),
        ({"slot_id": 20261208}, "slot_id"),
        ({"status": "attended"}, "status"),
    ],
    ids=["note", "slot", "language", "six", "role", "companion-note", "not-list", "int", "status"],
)
def test_bad_bookings_are_refused_and_book_nothing(
    any_server: Server, changes: dict[str, Any], field: str
) -> None:
    who = any_server.add_user()
    before = snapshot(any_server, who)
    response = any_server.client.post(
        "/v1/bookings", json={**BOOKING, **changes}, headers=who.headers
    )
    assert_validation_error(response, field)
    assert snapshot(any_server, who) == before


def test_an_overlong_idempotency_key_is_refused(any_server: Server) -> None:
    who = any_server.add_user()
    before = snapshot(any_server, who)
    headers = {**who.headers, "Idempotency-Key": "k" * 256}
    response = any_server.client.post("/v1/bookings", json=BOOKING, headers=headers)
    assert_validation_error(response, "Idempotency-Key")
    assert snapshot(any_server, who) == before


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("from=2026-13-45", "from"),
        ("from=tomorrow", "from"),
        ("from=2026-12-10&to=2026-12-01", "to"),
        ("from=2026-12-08&to=9999-12-31", "to"),
    ],
)
def test_bad_slot_ranges_are_a_clear_422(any_server: Server, query: str, field: str) -> None:
    response = any_server.client.get(f"/v1/offices/{OFFICE}/slots?{query}")
    assert_validation_error(response, field)


@pytest.mark.parametrize("size", [300_000, 5_000_000], ids=["300-kB", "5-MB"])
def test_a_huge_environment_report_is_refused(any_server: Server, size: int) -> None:
    who = any_server.add_user()
    response = any_server.client.post(
        "/v1/environment-reports",
        json={"report": {"padding": "a" * size}},
        headers=who.headers,
    )
    assert response.status_code in {413, 422}, response.status_code
    assert problem_code(response)
