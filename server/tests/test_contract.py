"""The OpenAPI document agrees with API.md; problem documents and odd requests behave."""

from __future__ import annotations

import re
from pathlib import Path

from hwserver_testkit import Server, SignedInUser, problem_code

API_PATHS = {
    ("post", "/v1/accounts"),
    ("post", "/v1/accounts/verify"),
    ("get", "/verify"),
    ("post", "/v1/sessions"),
    ("delete", "/v1/sessions/current"),
    ("get", "/v1/me"),
    ("patch", "/v1/me"),
    ("post", "/v1/me/password"),
    ("delete", "/v1/me"),
    ("get", "/v1/terms/current"),
    ("post", "/v1/me/consents"),
    ("get", "/v1/offices"),
    ("get", "/v1/offices/{id}"),
    ("get", "/v1/offices/{id}/slots"),
    ("post", "/v1/bookings"),
    ("get", "/v1/bookings"),
    ("get", "/v1/bookings/{id}"),
    ("post", "/v1/bookings/{id}/cancel"),
    ("get", "/v1/bookings/{id}/join"),
    ("get", "/v1/bookings/{id}/calendar.ics"),
    ("get", "/v1/client/policy"),
    ("post", "/v1/environment-reports"),
    ("get", "/healthz"),
}
PROBLEM_CODES = {
    "validation-error",
    "weak-password",
    "invalid-token",
    "invalid-credentials",
    "email-not-verified",
    "account-locked",
    "unauthenticated",
    "terms-outdated",
    "not-found",
    "consent-required",
    "slot-unavailable",
    "one-per-day",
    "booking-suspended",
    "eligibility-hold",
    "too-late-to-cancel",
    "booking-not-active",
    "join-not-open",
    "client-too-old",
}


def _normalise(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "{id}", path)


def documented(spec: dict) -> set[tuple[str, str]]:
    return {(m, _normalise(p)) for p, ops in spec["paths"].items() for m in ops}


def test_openapi_lists_every_api_md_route(server: Server) -> None:
    spec = server.client.get("/openapi.json").json()
    assert documented(spec) >= API_PATHS


def test_openapi_matches_the_api_md_beside_the_repository(server: Server) -> None:
    """When shared/API.md is present (CI lays it beside the clone), parse its rows too."""
    candidates = [
        Path(__file__).resolve().parents[3] / "shared" / "API.md",
        Path("/work/shared/API.md"),
    ]
    api_md = next((p for p in candidates if p.is_file()), None)
    if api_md is None:
        return
    rows = re.findall(r"^\| `(GET|POST|PATCH|DELETE|PUT) ([^` ?]+)", api_md.read_text(), re.M)
    from_md = {(m.lower(), _normalise(p)) for m, p in rows}
    assert from_md
    assert from_md <= documented(server.client.get("/openapi.json").json())


def test_openapi_declares_the_problem_codes_each_route_can_answer(server: Server) -> None:
    spec = server.client.get("/openapi.json").json()
    text = str(spec)
    for code in PROBLEM_CODES:
        assert code in text, code
    booking = spec["paths"]["/v1/bookings"]["post"]["responses"]
    assert {"403", "409", "422", "426"} <= set(booking)
    assert "application/problem+json" in booking["409"]["content"]


def test_ids_are_strings_everywhere(server: Server, user: SignedInUser) -> None:
    me = server.client.get("/v1/me", headers=user.headers).json()
    offices = server.client.get("/v1/offices").json()
    assert isinstance(me["id"], str)
    assert all(isinstance(o["id"], str) for o in offices)


def test_unknown_routes_and_methods_are_problems(server: Server) -> None:
    assert problem_code(server.client.get("/v1/nothing-here")) == "not-found"
    assert server.client.put("/v1/offices").status_code == 405


def test_malformed_json_is_a_validation_error(server: Server, user: SignedInUser) -> None:
    response = server.client.post(
        "/v1/bookings",
        content=b"{not json",
        headers={**user.headers, "Content-Type": "application/json"},
    )
    assert problem_code(response) == "validation-error"


def test_environment_reports_keep_results_and_only_a_device_hash(
    server: Server, user: SignedInUser
) -> None:
    report = {
        "checks": [{"id": "camera", "status": "pass"}],
        "system": {"os": "Windows 11", "hostname": "TARO-PC", "mac_address": "aa:bb"},
    }
    response = server.client.post(
        "/v1/environment-reports",
        headers=user.headers,
        json={"report": report, "device_id": "abc-123"},
    )
    assert response.status_code == 201
    assert isinstance(response.json()["id"], str)
    from hwserver.models import EnvironmentReport

    with server.ctx.tx() as session:
        stored = session.get(EnvironmentReport, response.json()["id"])
        assert stored.report == {
            "checks": [{"id": "camera", "status": "pass"}],
            "system": {"os": "Windows 11"},
        }
        assert stored.device_hash
        assert "abc-123" not in stored.device_hash
        assert len(stored.device_hash) == 64
    unauthenticated = server.client.post("/v1/environment-reports", json={"report": {}})
    assert problem_code(unauthenticated) == "unauthenticated"


def test_terms_come_in_the_asked_language_or_japanese(server: Server) -> None:
    english = server.client.get("/v1/terms/current?lang=en").json()
    assert english["language"] == "en"
    assert english["version"] == "1.1"
    assert english["changes_summary"]
    fallback = server.client.get("/v1/terms/current?lang=fr").json()  # not a language we speak
    assert fallback["language"] == "ja"
    by_header = server.client.get("/v1/terms/current", headers={"Accept-Language": "en-GB"})
    assert by_header.json()["language"] == "en"


def test_healthz(server: Server) -> None:
    assert server.client.get("/healthz").json() == {"status": "ok"}


def test_invisible_characters_are_refused_with_the_field_named(
    server: Server, user: SignedInUser
) -> None:
    for name in ("山田\x00花子", "山田\u0007花子", "\u202eoknah", "two\nlines"):
        response = server.client.patch("/v1/me", json={"name": name}, headers=user.headers)
        assert problem_code(response) == "validation-error"
        assert response.json()["errors"][0]["field"] == "name"
    multi = server.client.patch(
        "/v1/me", json={"address": "1-2-3 Chuo\nTokyo"}, headers=user.headers
    )
    assert multi.status_code == 200
    assert server.client.get("/v1/me", headers=user.headers).json()["name"] == "Test User"


def test_unreadable_bodies_and_nul_paths(server: Server, user: SignedInUser) -> None:
    bad_utf8 = server.client.post(
        "/v1/accounts",
        content=b'{"email": "\xff\xfe"}',
        headers={"Content-Type": "application/json"},
    )
    assert problem_code(bad_utf8) == "validation-error"
    assert problem_code(server.client.get("/v1/offices/tokyo%00midoridai")) == "not-found"
    assert problem_code(server.client.get("/v1/bookings/abc%00", headers=user.headers)) == (
        "not-found"
    )


def test_oversized_requests_are_refused(server: Server, user: SignedInUser) -> None:
    big_report = {"report": {"padding": "a" * 300_000}}
    response = server.client.post("/v1/environment-reports", json=big_report, headers=user.headers)
    assert problem_code(response) == "validation-error"
    assert response.json()["errors"][0]["field"] == "report"
    huge = server.client.post(
        "/v1/environment-reports",
        content=b"{" + b" " * 3_000_000 + b"}",
        headers={**user.headers, "Content-Type": "application/json"},
    )
    assert huge.status_code == 413
    assert problem_code(huge) == "payload-too-large"


def test_every_documented_error_is_a_problem_document(server: Server) -> None:
    spec = server.client.get("/openapi.json").json()
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            for status, response in operation["responses"].items():
                if status.startswith(("4", "5")) and path != "/verify":
                    assert list(response["content"]) == ["application/problem+json"], (
                        method,
                        path,
                        status,
                    )
    assert "HTTPValidationError" not in spec["components"]["schemas"]


def test_openapi_names_the_bearer_token_exactly_where_it_is_needed(server: Server) -> None:
    """An operation documented as needing the token answers 401 without it, and no other."""
    spec = server.client.get("/openapi.json").json()
    scheme = spec["components"]["securitySchemes"]["bearerAuth"]
    assert (scheme["type"], scheme["scheme"]) == ("http", "bearer")
    secured = set()
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            url = re.sub(r"\{[^}]+\}", "x", path)
            answer = server.client.request(method.upper(), url)
            needs_token = operation.get("security") == [{"bearerAuth": []}]
            assert (answer.status_code == 401) == needs_token, (method, path, answer.status_code)
            if needs_token:
                secured.add((method, _normalise(path)))
    assert {("get", "/v1/me"), ("post", "/v1/bookings"), ("delete", "/v1/me")} <= secured
    assert not {("post", "/v1/sessions"), ("get", "/v1/client/policy")} & secured


def test_every_unreadable_body_is_one_validation_error_on_body(server: Server) -> None:
    """Cut-off JSON, bad UTF-8 and absurd nesting all answer the same way, naming "body"."""
    for raw in (b'{"email": ', b"\xff\xfe{", b"[" * 5000):
        answer = server.client.post(
            "/v1/sessions", content=raw, headers={"Content-Type": "application/json"}
        )
        assert answer.status_code == 422, raw[:10]
        assert problem_code(answer) == "validation-error"
        assert [e["field"] for e in answer.json()["errors"]] == ["body"], raw[:10]
