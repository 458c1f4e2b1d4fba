"""What the server adds to every answer: no-store caching, early refusals, one access-log line."""

from __future__ import annotations

import json
import logging

import pytest
from hwserver_testkit import Server, SignedInUser


def test_every_kind_of_answer_is_marked_no_store(server: Server, user: SignedInUser) -> None:
    answers = [
        server.client.get("/healthz"),
        server.client.get("/v1/me", headers=user.headers),
        server.client.get("/v1/me"),  # a problem document
        server.client.get("/no/such/page"),
        server.client.post(
            "/v1/bookings",
            headers={**user.headers, "Content-Length": str(3 * 1024 * 1024)},
            content=b"{}",
        ),
    ]
    assert [a.status_code for a in answers] == [200, 200, 401, 404, 413]
    assert all(a.headers["cache-control"] == "no-store" for a in answers)


def test_access_log_names_the_route_and_the_user_but_not_the_id(
    server: Server, user: SignedInUser, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="hwserver.access"):
        server.client.get("/v1/bookings/abc123", headers=user.headers)
    [line] = [json.loads(r.getMessage()) for r in caplog.records if r.name == "hwserver.access"]
    assert line["route"] == "/v1/bookings/{booking_id}"
    assert (line["method"], line["status"]) == ("GET", 404)
    assert line["user"] == user.id
    assert "abc123" not in json.dumps(line)
