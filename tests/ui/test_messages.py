"""Every refusal the server can send reads as plain words with a next step."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from hwclient.api.errors import NetworkError, ProblemError, ServerUnavailable
from hwclient.ui.messages import (
    KNOWN_CODES,
    NETWORK,
    PROBLEM_CODES,
    SERVER_ERROR,
    SERVER_EXTRA_CODES,
    UNEXPECTED,
    Action,
    message_for,
    message_for_error,
)

# The problem codes named in API.md, copied by hand so a code dropped from the
# client's table fails here.
API_MD_CODES = {
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


@pytest.fixture
def ja_locale(qapp) -> Iterator[None]:
    old = QLocale()
    QLocale.setDefault(QLocale("ja_JP"))
    yield
    QLocale.setDefault(old)


def test_every_api_code_is_known() -> None:
    assert set(PROBLEM_CODES) >= API_MD_CODES


def test_every_code_the_reference_server_sends_is_known() -> None:
    problems = pytest.importorskip("hwserver.problems")
    assert set(problems.CATALOGUE) <= KNOWN_CODES


@pytest.mark.parametrize("code", [*PROBLEM_CODES, *SERVER_EXTRA_CODES, NETWORK])
def test_every_code_has_its_own_words_and_a_next_step(qapp, code: str) -> None:
    msg = message_for(code)
    generic = message_for(UNEXPECTED)
    assert msg.text.strip()
    assert msg.next_step.strip()
    assert msg.text != generic.text, f"{code} falls back to the generic message"
    assert "problems/" not in msg.full
    assert code not in msg.full


def test_one_per_day_names_the_date_in_japanese(ja_locale) -> None:
    msg = message_for("one-per-day", {"date": "2026-12-01"})
    assert "2026年12月1日" in msg.text
    assert msg.action is Action.OTHER_TIME


def test_account_locked_says_how_many_minutes(qapp) -> None:
    msg = message_for("account-locked", {"retry_after": 14 * 60 + 5})
    # Rounded up: telling someone to wait 14 minutes when 15 are left fails them again.
    assert " 15 minute" in msg.next_step
    assert " 1 minute" in message_for("account-locked", {"retry_after": 30}).next_step


def test_suspension_gives_date_and_the_office_phone(qapp) -> None:
    msg = message_for(
        "booking-suspended", {"until": "2026-12-31T00:00:00+09:00"}, phone="03-0000-0000"
    )
    assert "2026" in msg.text
    assert "03-0000-0000" in msg.next_step
    assert msg.action is Action.PHONE


def test_join_not_open_shows_japan_time(ja_locale) -> None:
    # 00:20 UTC is 09:20 in Japan: the person sees the office's clock time.
    msg = message_for("join-not-open", {"opens_at": "2026-12-01T00:20:00+00:00"})
    assert "9:20" in msg.text


def test_validation_errors_map_to_fields(qapp) -> None:
    msg = message_for(
        "validation-error",
        {
            "errors": [
                {"field": "body.email", "message": "value is not a valid email address"},
                {"field": "favourite_colour", "message": "unknown field"},
            ]
        },
    )
    assert "e-mail" in msg.field_errors["email"]
    assert "@" in msg.field_errors["email"]
    assert msg.field_errors["favourite_colour"] == "unknown field"


def problem(code: str, status: int, **extras: object) -> ProblemError:
    """A problem exception exactly as the API client builds it from a server answer."""
    body = {"type": f"https://hwclient.example.jp/problems/{code}", "status": status, **extras}
    return ProblemError.from_problem(body, status)


def test_errors_are_read_by_code_and_extras(ja_locale) -> None:
    msg = message_for_error(problem("one-per-day", 409, date="2026-12-02"))
    assert "2026年12月2日" in msg.text
    locked = message_for_error(problem("account-locked", 423, retry_after=600))
    assert " 10 minute" in locked.next_step


def test_transport_failures_and_surprises_never_show_internals(qapp) -> None:
    network = message_for_error(NetworkError("GET /v1/me: ConnectError('[Errno 111]')"))
    assert network.code == NETWORK
    assert "Errno" not in network.full
    assert network.action is Action.RETRY
    assert message_for_error(ServerUnavailable(503)).code == SERVER_ERROR
    surprise = message_for_error(KeyError("token"))
    assert surprise.code == UNEXPECTED
    assert "token" not in surprise.full
