"""Every way a call to the backend can fail, as one exception class each.

The server answers errors as RFC 9457 problem documents whose `type` ends in
`/problems/<code>`. Each stable code gets its own class here so the UI can
`except OnePerDay` instead of comparing strings, and each class carries the
problem's extra members as typed attributes (raw ones in `extras`). Problem
codes are worded for people by `hwclient.ui.messages`; the transport failures
here carry their own translated `user_message()`.

Transport failures (no network, DNS, TLS, timeouts, 5xx) are `NetworkError`
or `ServerUnavailable`, so the UI can say "could not reach the service" and
offer to try again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP

from hwclient.i18n import translate

CTX = "ApiError"


class ApiError(Exception):
    """Base of everything the API client raises."""

    message_text: ClassVar[str] = QT_TRANSLATE_NOOP(
        "ApiError", "Something went wrong. Please try again."
    )

    def user_message(self) -> str:
        """A translated sentence for the person, never containing server internals."""
        return translate(CTX, self.message_text)


class InsecureServerURL(ApiError, ValueError):
    """Plain http to anything but this PC would expose the password and token."""

    message_text = QT_TRANSLATE_NOOP(
        "ApiError",
        "This server address is not safe. It must start with https://. "
        "Please check the address your Hello Work office gave you.",
    )


class NetworkError(ApiError):
    """The request did not get an answer: offline, DNS, proxy, TLS or timeout."""

    message_text = QT_TRANSLATE_NOOP(
        "ApiError",
        "Could not reach the service. Please check your internet connection and try again.",
    )


class CertificateError(NetworkError):
    """TLS verification failed: a wrong clock, a captive portal or interception."""

    message_text = QT_TRANSLATE_NOOP(
        "ApiError",
        "The connection is not secure, so the app stopped. Check that your PC's date and "
        "time are correct, or try another network.",
    )


class ServerUnavailable(NetworkError):
    """The server answered 5xx: it is down or busy; trying later is the next step."""

    message_text = QT_TRANSLATE_NOOP(
        "ApiError",
        "The service is busy or under maintenance. Please try again in a few minutes.",
    )

    def __init__(self, status: int, retry_after: float | None = None) -> None:
        super().__init__(f"server answered {status}")
        self.status = status
        self.retry_after = retry_after


class UnexpectedResponse(ApiError):
    """The answer did not match API.md: a wrong server address or a broken proxy."""

    message_text = QT_TRANSLATE_NOOP(
        "ApiError",
        "The service gave an answer the app does not understand. Please check the server "
        "address, or update the app.",
    )


@dataclass(frozen=True)
class FieldError:
    field: str
    message: str


def _parse_datetime(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _parse_date(value: Any) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


class ProblemError(ApiError):
    """An RFC 9457 problem answered by the server; subclasses are chosen by `code`."""

    registered_code: ClassVar[str] = ""
    code: str
    _registry: ClassVar[dict[str, type[ProblemError]]] = {}

    def __init_subclass__(cls, code: str = "", **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if code:
            cls.registered_code = code
            ProblemError._registry[code] = cls

    def __init__(self, problem: dict[str, Any], status: int) -> None:
        self.problem = problem
        self.status = status  # the response's own status; the member may be missing or odd
        self.title = str(problem.get("title") or "")
        self.detail = str(problem.get("detail") or "")
        # The instance's code is the server's, even for a code this app does not know.
        self.code = problem_code(problem) or type(self).registered_code
        super().__init__(f"{self.code} ({self.status}): {self.title}")

    @classmethod
    def from_problem(cls, problem: dict[str, Any], status: int) -> ProblemError:
        """Pick the class registered for the problem's code (or this base class)."""
        found = cls._registry.get(problem_code(problem), ProblemError)
        return found(problem, status)

    @property
    def extras(self) -> dict[str, Any]:
        standard = {"type", "title", "status", "detail", "instance"}
        return {k: v for k, v in self.problem.items() if k not in standard}


def problem_code(problem: dict[str, Any]) -> str:
    type_uri = str(problem.get("type") or "")
    marker = "/problems/"
    return type_uri.rsplit(marker, 1)[1].strip("/") if marker in type_uri else ""


class ValidationFailed(ProblemError, code="validation-error"):
    """Some fields were refused; `errors` says which and why."""

    @property
    def errors(self) -> tuple[FieldError, ...]:
        raw = self.problem.get("errors") or []
        return tuple(
            FieldError(str(e.get("field", "")), str(e.get("message", "")))
            for e in raw
            if isinstance(e, dict)
        )


class WeakPassword(ProblemError, code="weak-password"):
    """The new password is too short, equals the e-mail or is too common."""


class InvalidToken(ProblemError, code="invalid-token"):
    """The e-mail confirmation token is unknown, used, or older than 24 hours."""


class InvalidCredentials(ProblemError, code="invalid-credentials"):
    """Wrong e-mail or password (also for a wrong current password)."""


class EmailNotVerified(ProblemError, code="email-not-verified"):
    """The person has not opened the confirmation link yet."""


class AccountLocked(ProblemError, code="account-locked"):
    """Five wrong passwords in a row lock sign-in for a while."""

    @property
    def retry_after(self) -> timedelta | None:
        """How long to wait; the server sends seconds (or a time, accepted too)."""
        value = self.problem.get("retry_after")
        if isinstance(value, int | float):
            return timedelta(seconds=float(value))
        when = _parse_datetime(value)
        if when is not None:
            return max(when - datetime.now(when.tzinfo), timedelta(0))
        return None


class Unauthenticated(ProblemError, code="unauthenticated"):
    """The call needed a valid session token."""


class SignedOut(Unauthenticated):
    """Raised when a call that carried our token got 401: the token is gone now."""

    def __init__(self, problem: dict[str, Any] | None = None, status: int = 401) -> None:
        super().__init__(problem or {"type": "/problems/unauthenticated"}, status)


class TermsOutdated(ProblemError, code="terms-outdated"):
    """Consent was given to a version that is no longer current."""

    @property
    def current_version(self) -> str | None:
        value = self.problem.get("current_version")
        return str(value) if value is not None else None


class ConsentRequired(ProblemError, code="consent-required"):
    """Booking needs consent to the current terms version."""

    @property
    def terms_version(self) -> str | None:
        value = self.problem.get("terms_version")
        return str(value) if value is not None else None


class SlotUnavailable(ProblemError, code="slot-unavailable"):
    """The slot filled up (or vanished) before this booking."""


class OnePerDay(ProblemError, code="one-per-day"):
    """The person already has an active booking on that Japan-time day."""

    @property
    def date(self) -> date | None:
        return _parse_date(self.problem.get("date"))


class BookingSuspended(ProblemError, code="booking-suspended"):
    """Repeated no-shows paused booking for this account."""

    @property
    def until(self) -> date | None:
        return _parse_date(self.problem.get("until"))


class EligibilityHold(ProblemError, code="eligibility-hold"):
    """Staff put a hold on the account (e.g. residence status to check)."""

    @property
    def hold_code(self) -> str | None:
        """The hold's own code (the problem member is called `code`)."""
        value = self.problem.get("code")
        return str(value) if value is not None else None


class TooLateToCancel(ProblemError, code="too-late-to-cancel"):
    """From the start time on, only the office can cancel (by phone)."""


class BookingNotActive(ProblemError, code="booking-not-active"):
    """The booking was already cancelled or is over."""


class JoinNotOpen(ProblemError, code="join-not-open"):
    """Joining is possible from 10 minutes before to 10 minutes after the start."""

    @property
    def opens_at(self) -> datetime | None:
        return _parse_datetime(self.problem.get("opens_at"))

    @property
    def closes_at(self) -> datetime | None:
        return _parse_datetime(self.problem.get("closes_at"))


class NotFound(ProblemError, code="not-found"):
    """Unknown id, or another user's resource (never 403, by design)."""


class IdempotencyKeyReused(ProblemError, code="idempotency-key-reused"):
    """The same Idempotency-Key came with a different body: a bug, not the person's fault."""


class ClientTooOld(ProblemError, code="client-too-old"):
    """The server needs a newer app; `download_url` says where to get it."""

    @property
    def download_url(self) -> str | None:
        value = self.problem.get("download_url")
        return str(value) if value else None

    @property
    def minimum_version(self) -> str | None:
        value = self.problem.get("minimum_version")
        return str(value) if value else None


def error_for_code(code: str) -> type[ProblemError]:
    """The class used for a problem code (for UIs that map codes to pages)."""
    return ProblemError._registry.get(code, ProblemError)
