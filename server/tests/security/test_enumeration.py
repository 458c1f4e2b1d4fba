"""Nobody can learn whether an e-mail address has an account: same answers, similar timing.

Timing is compared by medians over ten tries each, within a generous factor:
the point is to catch a path that skips the password hash (tens of times
faster), not to measure noise on a shared machine.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import Any

from hwserver_testkit import Server

TRIES = 10
TIMING_FACTOR = 3.0
VOLATILE_HEADERS = {"date"}


def _registration(email: str) -> dict[str, Any]:
    return {
        "email": email,
        "password": "kawa-no-nagare-2026",
        "name": "山田 花子",
        "preferred_language": "ja",
    }


def _same_answer(first: Any, second: Any) -> None:
    assert first.status_code == second.status_code
    assert first.content == second.content
    headers = lambda r: {k: v for k, v in r.headers.items() if k not in VOLATILE_HEADERS}  # noqa: E731
    assert headers(first) == headers(second)


def _median_seconds(call: Callable[[int], object]) -> float:
    timings = []
    for i in range(TRIES):
        started = time.perf_counter()
        call(i)
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def _assert_similar(known: float, unknown: float) -> None:
    ratio = max(known, unknown) / min(known, unknown)
    assert ratio <= TIMING_FACTOR, f"known {known * 1000:.1f} ms vs unknown {unknown * 1000:.1f} ms"


def test_registering_a_taken_address_answers_like_a_new_one(server: Server) -> None:
    taken = server.add_user("taken@example.jp")
    pending = server.add_user("pending@example.jp", status="pending")
    new = server.client.post("/v1/accounts", json=_registration("brand-new@example.jp"))
    assert new.status_code == 202
    for email in (taken.email, pending.email, "Taken@Example.JP"):
        _same_answer(new, server.client.post("/v1/accounts", json=_registration(email)))


def test_a_wrong_password_answers_like_an_unknown_address(server: Server) -> None:
    known = server.add_user("known@example.jp")
    pending = server.add_user("pending@example.jp", status="pending")
    wrong = {"password": "not the right one at all"}
    unknown = server.client.post("/v1/sessions", json={"email": "nobody@example.jp", **wrong})
    assert unknown.status_code == 401
    for email in (known.email, pending.email):
        _same_answer(unknown, server.client.post("/v1/sessions", json={"email": email, **wrong}))


def test_registration_takes_as_long_for_taken_and_new_addresses(server: Server) -> None:
    taken = [server.add_user(f"taken-{i}@example.jp").email for i in range(TRIES)]
    register = lambda email: server.client.post("/v1/accounts", json=_registration(email))  # noqa: E731
    register("warm-up@example.jp")
    known = _median_seconds(lambda i: register(taken[i]))
    unknown = _median_seconds(lambda i: register(f"new-{i}@example.jp"))
    _assert_similar(known, unknown)


def test_failed_sign_in_takes_as_long_for_known_and_unknown_addresses(server: Server) -> None:
    # One try per address, so the lockout after five failures never kicks in.
    known_emails = [server.add_user(f"known-{i}@example.jp").email for i in range(TRIES)]
    sign_in = lambda email: server.client.post(  # noqa: E731
        "/v1/sessions", json={"email": email, "password": "wrong password, sorry"}
    )
    sign_in("warm-up@example.jp")
    known = _median_seconds(lambda i: sign_in(known_emails[i]))
    unknown = _median_seconds(lambda i: sign_in(f"unknown-{i}@example.jp"))
    _assert_similar(known, unknown)
