"""Five wrong passwords lock an address for 15 minutes, known or not, however it is spelt.

While locked, even the right password gets the same 423: otherwise the lock
would tell an attacker when they had guessed correctly.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from hwserver_testkit import PASSWORD, Server, problem_code

WRONG = "definitely not the password"
LOCK_SECONDS = 15 * 60


def _sign_in(server: Server, email: str, password: str) -> Any:
    return server.client.post("/v1/sessions", json={"email": email, "password": password})


def _five_failures(server: Server, email: str) -> list[Any]:
    return [_sign_in(server, email, WRONG) for _ in range(5)]


def test_the_fifth_failure_locks_with_retry_after(server: Server) -> None:
    user = server.add_user("hanako@example.jp")
    answers = _five_failures(server, user.email)
    assert [problem_code(a) for a in answers] == ["invalid-credentials"] * 4 + ["account-locked"]
    locked = answers[-1]
    assert locked.status_code == 423
    assert locked.json()["retry_after"] == LOCK_SECONDS
    assert locked.headers["retry-after"] == str(LOCK_SECONDS)


def test_the_right_password_is_refused_the_same_way_while_locked(server: Server) -> None:
    user = server.add_user("hanako@example.jp")
    _five_failures(server, user.email)
    right = _sign_in(server, user.email, PASSWORD)
    wrong = _sign_in(server, user.email, WRONG)
    assert right.status_code == wrong.status_code == 423
    assert right.content == wrong.content


def test_an_unknown_address_locks_exactly_like_a_known_one(server: Server) -> None:
    known = [(a.status_code, a.content) for a in _five_failures(server, "known@example.jp")]
    server.add_user("known@example.jp")  # only now does the account exist: fresh counters
    server.clock.advance(timedelta(seconds=LOCK_SECONDS + 1))
    real = [(a.status_code, a.content) for a in _five_failures(server, "known@example.jp")]
    unknown = [(a.status_code, a.content) for a in _five_failures(server, "nobody@example.jp")]
    assert real == unknown
    assert known == unknown


def test_spelling_the_address_differently_does_not_reset_the_count(server: Server) -> None:
    user = server.add_user("hanako@example.jp")
    for spelling in (
        "hanako@example.jp",
        "Hanako@example.jp",
        "HANAKO@EXAMPLE.JP",
        " hanako@example.jp",
    ):
        _sign_in(server, spelling, WRONG)
    fifth = _sign_in(server, "hAnAkO@eXaMpLe.Jp", WRONG)
    assert problem_code(fifth) == "account-locked"
    assert problem_code(_sign_in(server, user.email, PASSWORD)) == "account-locked"


def test_the_lock_counts_down_and_then_lifts(server: Server) -> None:
    user = server.add_user("hanako@example.jp")
    _five_failures(server, user.email)
    server.clock.advance(timedelta(minutes=10))
    later = _sign_in(server, user.email, PASSWORD)
    assert later.json()["retry_after"] == 5 * 60
    server.clock.advance(timedelta(minutes=5, seconds=1))
    assert _sign_in(server, user.email, PASSWORD).status_code == 201


def test_one_locked_address_does_not_lock_anyone_else(server: Server) -> None:
    victim = server.add_user("hanako@example.jp")
    bystander = server.add_user("taro@example.jp")
    _five_failures(server, victim.email)
    assert _sign_in(server, bystander.email, PASSWORD).status_code == 201
