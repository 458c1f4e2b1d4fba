"""Server problems and network failures → plain, translated words and a next step.

The server answers refusals with RFC 9457 problem documents whose `type` ends in
a stable code (API.md). People using this app should never see those codes or a
server's English `detail`; they need to know what happened, in their language,
and what they can do now. Every page funnels errors through `message_for_error`
so the same refusal reads the same everywhere.

Dates and times in messages are shown in Japan time, because office hours and
bookings are Japan time whatever the PC's clock zone is.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale, QTime

from hwclient.i18n import translate

JST = ZoneInfo("Asia/Tokyo")

# Every problem code of API.md (plus the server's idempotency guard).
PROBLEM_CODES: tuple[str, ...] = (
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
    "idempotency-key-reused",
)

# Pseudo-codes for failures that never reached a problem document.
NETWORK = "network"
SERVER_ERROR = "server-error"  # also the reference server's own code for a 500
UNEXPECTED = "unexpected"

# Codes the reference server may send beyond API.md's list.
SERVER_EXTRA_CODES: tuple[str, ...] = (
    SERVER_ERROR,
    "payload-too-large",
    "method-not-allowed",
    "conflict",
)
KNOWN_CODES = frozenset(PROBLEM_CODES + SERVER_EXTRA_CODES)


class Action(StrEnum):
    """The one button a page may offer next to a message."""

    NONE = "none"
    RETRY = "retry"
    SIGN_IN = "sign-in"
    TERMS = "terms"
    UPDATE = "update"
    PHONE = "phone"
    RESEND = "resend"
    OTHER_TIME = "other-time"
    WAIT = "wait"


@dataclass(frozen=True)
class UserMessage:
    """What a person reads: what happened, what to do, and the button to offer."""

    code: str
    text: str
    next_step: str = ""
    action: Action = Action.NONE
    field_errors: dict[str, str] = field(default_factory=dict)

    @property
    def full(self) -> str:
        return f"{self.text}\n{self.next_step}" if self.next_step else self.text


# --- Japan-time formatting shared by the pages ----------------------------------


def to_jst(value: datetime | str) -> datetime:
    """Parse RFC 3339 if needed and convert to Japan time (naive input is taken as JST)."""
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    if moment.tzinfo is None:
        return moment.replace(tzinfo=JST)
    return moment.astimezone(JST)


def _as_date(value: date | datetime | str) -> date:
    if isinstance(value, datetime):
        return to_jst(value).date()
    if isinstance(value, date):
        return value
    if len(value) <= 10:
        return date.fromisoformat(value)
    return to_jst(value).date()


def format_day(value: date | datetime | str) -> str:
    """A day the way the current language writes it in full, e.g. 2026年12月1日火曜日."""
    day = _as_date(value)
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def format_short_day(value: date | datetime | str) -> str:
    day = _as_date(value)
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def format_time(value: datetime | str) -> str:
    """Clock time in Japan time, in the language's short format (09:30 / 9:30 AM)."""
    moment = to_jst(value)
    return QLocale().toString(
        QTime(moment.hour, moment.minute), QLocale().timeFormat(QLocale.FormatType.ShortFormat)
    )


def format_when(start: datetime | str, end: datetime | str | None = None) -> str:
    """'Tuesday, 1 December 2026, 09:30 – 10:00' in the current language."""
    span = format_time(start) if end is None else f"{format_time(start)} – {format_time(end)}"
    return translate("Messages", "{day}, {time}").format(day=format_day(start), time=span)


# --- the messages ---------------------------------------------------------------
#
# Most codes always read the same: they live in one table, built on each call so
# the texts are in the language switched to last. Codes whose words depend on
# what the server sent (a date, minutes, form fields) or on the office's phone
# number have a small builder each.


def _fixed_texts() -> dict[str, tuple[str, str, Action]]:
    """Code → (what happened, what to do, button) for the codes that never vary."""
    return {
        "invalid-token": (
            translate(
                "Messages",
                "This link does not work any more. It may be older than 24 hours or used already.",
            ),
            translate(
                "Messages",
                "Please register again to get a new link, or sign in if you already finished.",
            ),
            Action.RESEND,
        ),
        "email-not-verified": (
            translate("Messages", "Your registration is not finished yet."),
            translate(
                "Messages",
                "Please open the link in the e-mail we sent you. We can send the e-mail again.",
            ),
            Action.RESEND,
        ),
        "unauthenticated": (
            translate("Messages", "You have been signed out."),
            translate("Messages", "Please sign in again. Nothing you typed is lost."),
            Action.SIGN_IN,
        ),
        "terms-outdated": (
            translate("Messages", "The terms of use changed while you were reading them."),
            translate("Messages", "Please read the new version and agree again."),
            Action.TERMS,
        ),
        "consent-required": (
            translate("Messages", "Before booking, please agree to the current terms of use."),
            translate("Messages", "We will show you the terms, then bring you back here."),
            Action.TERMS,
        ),
        "client-too-old": (
            translate("Messages", "This version of the app is too old to use the service."),
            translate("Messages", "Please install the new version. Your bookings are kept."),
            Action.UPDATE,
        ),
        "not-found": (
            translate("Messages", "We could not find this any more. It may have been removed."),
            translate("Messages", "Please go back and try again."),
            Action.RETRY,
        ),
        "slot-unavailable": (
            translate("Messages", "Someone just booked this time. Please choose another time."),
            translate("Messages", "Other free times are shown below."),
            Action.OTHER_TIME,
        ),
        "booking-not-active": (
            translate("Messages", "This booking is no longer active. It may have been cancelled."),
            translate("Messages", "Please look at My bookings for its current state."),
            Action.RETRY,
        ),
        "idempotency-key-reused": (
            translate("Messages", "Your booking request changed while it was being sent."),
            translate("Messages", "Please check My bookings, then try again."),
            Action.RETRY,
        ),
        "payload-too-large": (
            translate("Messages", "What you sent is too long for the service."),
            translate("Messages", "Please make the note or text shorter and try again."),
            Action.RETRY,
        ),
        "conflict": (
            translate("Messages", "Something changed on the service while you were working."),
            translate("Messages", "Please go back, look again, and try once more."),
            Action.RETRY,
        ),
        "method-not-allowed": (
            translate("Messages", "The app and the service do not understand each other."),
            translate("Messages", "Please install the newest version of the app."),
            Action.UPDATE,
        ),
        NETWORK: (
            translate("Messages", "We could not reach the service."),
            translate(
                "Messages",
                "Please check your internet connection and try again. Nothing you typed is lost.",
            ),
            Action.RETRY,
        ),
        SERVER_ERROR: (
            translate("Messages", "The service has a problem right now."),
            translate("Messages", "Please try again in a few minutes. Nothing you typed is lost."),
            Action.RETRY,
        ),
    }


def _phone_texts() -> dict[str, str]:
    """Code → what happened, for refusals only the office can help with by phone."""
    return {
        "eligibility-hold": translate(
            "Messages",
            "Your office has paused online sessions for your account, often because "
            "residence status details need checking.",
        ),
        "too-late-to-cancel": translate(
            "Messages", "The session has already started, so it cannot be cancelled in the app."
        ),
    }


def _phone_step(phone: str | None) -> str:
    if phone:
        return translate("Messages", "Please phone your Hello Work office: {phone}.").format(
            phone=phone
        )
    return translate("Messages", "Please phone your Hello Work office.")


def _minutes(seconds: Any) -> int:
    if isinstance(seconds, timedelta):
        seconds = seconds.total_seconds()
    try:
        return max(1, math.ceil(float(seconds) / 60))
    except (TypeError, ValueError):
        return 15


def _validation_error(extras: Mapping[str, Any], phone: str | None) -> UserMessage:
    return UserMessage(
        "validation-error",
        translate("Messages", "Some information is missing or not in the right form."),
        translate("Messages", "Please check the marked fields and try again."),
        field_errors=_field_errors(extras.get("errors")),
    )


def _weak_password(extras: Mapping[str, Any], phone: str | None) -> UserMessage:
    return UserMessage(
        "weak-password",
        translate("Messages", "This password is too easy to guess."),
        translate(
            "Messages",
            "Please choose a password of at least 10 characters that is not your e-mail "
            "address and not a common word.",
        ),
        field_errors={"password": translate("Messages", "Please choose a harder password.")},
    )


def _invalid_credentials(extras: Mapping[str, Any], phone: str | None) -> UserMessage:
    return UserMessage(
        "invalid-credentials",
        translate("Messages", "The e-mail address or the password is not right."),
        translate("Messages", "Please check both and try again. Capital letters count."),
        field_errors={"password": translate("Messages", "Please check your password.")},
    )


def _account_locked(extras: Mapping[str, Any], phone: str | None) -> UserMessage:
    minutes = _minutes(extras.get("retry_after"))
    return UserMessage(
        "account-locked",
        translate(
            "Messages",
            "Sign-in is paused after several wrong passwords, to protect your account.",
        ),
        translate(
            "Messages",
            "Please try again in %n minute(s). If you forgot your password, phone your office.",
            None,
            minutes,
        ),
        Action.WAIT,
    )


def _one_per_day(extras: Mapping[str, Any], phone: str | None) -> UserMessage:
    day = extras.get("date")
    text = (
        translate(
            "Messages",
            "You already have a session on {date}. Only one session a day is possible.",
        ).format(date=format_day(day))
        if day
        else translate(
            "Messages",
            "You already have a session on that day. Only one session a day is possible.",
        )
    )
    return UserMessage(
        "one-per-day", text, translate("Messages", "Please choose another day."), Action.OTHER_TIME
    )


def _booking_suspended(extras: Mapping[str, Any], phone: str | None) -> UserMessage:
    until = extras.get("until")
    text = (
        translate(
            "Messages", "Booking is paused until {date} because sessions were missed."
        ).format(date=format_day(until))
        if until
        else translate(
            "Messages", "Booking is paused for your account because sessions were missed."
        )
    )
    return UserMessage("booking-suspended", text, _phone_step(phone), Action.PHONE)


def _join_not_open(extras: Mapping[str, Any], phone: str | None) -> UserMessage:
    opens = extras.get("opens_at")
    if opens:
        text = translate(
            "Messages", "You can join from {time} on {date} (10 minutes before the start)."
        ).format(time=format_time(opens), date=format_day(opens))
    else:
        text = translate(
            "Messages", "You can join from 10 minutes before the start until 10 minutes after it."
        )
    return UserMessage(
        "join-not-open", text, translate("Messages", "Please come back then."), Action.WAIT
    )


def _unexpected(code: str) -> UserMessage:
    return UserMessage(
        code,
        translate("Messages", "Something went wrong."),
        translate(
            "Messages", "Please try again. If it happens again, phone your Hello Work office."
        ),
        Action.RETRY,
    )


# Codes whose words depend on what the server sent or on the office's phone.
_BUILDERS: dict[str, Callable[[Mapping[str, Any], str | None], UserMessage]] = {
    "validation-error": _validation_error,
    "weak-password": _weak_password,
    "invalid-credentials": _invalid_credentials,
    "account-locked": _account_locked,
    "one-per-day": _one_per_day,
    "booking-suspended": _booking_suspended,
    "join-not-open": _join_not_open,
}


def _field_errors(errors: Any) -> dict[str, str]:
    """Map the server's validation errors to translated texts per form field.

    The server's own message is English; it is used only for fields we have no
    wording for, so nothing the server says is lost.
    """
    result: dict[str, str] = {}
    if not isinstance(errors, list):
        return result
    known = {
        "email": translate("Messages", "Please enter an e-mail address like name@example.jp."),
        "password": translate("Messages", "Please choose a password of at least 10 characters."),
        "name": translate("Messages", "Please enter your name."),
        "name_kana": translate("Messages", "Please enter your name in kana, or leave it empty."),
        "phone": translate(
            "Messages", "Please enter a phone number with digits only, or leave it empty."
        ),
        "job_seeker_number": translate(
            "Messages", "Please enter the number as 5 digits, a hyphen, then up to 8 digits."
        ),
        "note": translate("Messages", "Please make the note shorter (500 characters at most)."),
        "new_password": translate(
            "Messages", "Please choose a password of at least 10 characters."
        ),
        "current_password": translate("Messages", "Please enter your current password."),
    }
    for item in errors:
        if not isinstance(item, Mapping):
            continue
        name = str(item.get("field", "")).split(".")[-1]
        result.setdefault(name, known.get(name) or str(item.get("message", "")))
    return result


def message_for(
    code: str, extras: Mapping[str, Any] | None = None, *, phone: str | None = None
) -> UserMessage:
    """The message for a problem code; unknown codes get the generic message."""
    if builder := _BUILDERS.get(code):
        return builder(extras or {}, phone)
    if text := _phone_texts().get(code):
        return UserMessage(code, text, _phone_step(phone), Action.PHONE)
    if fixed := _fixed_texts().get(code):
        return UserMessage(code, *fixed)
    return _unexpected(code)


_EXTRA_NAMES = (
    "retry_after",
    "opens_at",
    "closes_at",
    "date",
    "until",
    "terms_version",
    "current_version",
    "download_url",
    "errors",
    "code",
)


def _extras_of(exc: BaseException) -> dict[str, Any]:
    extras: dict[str, Any] = {}
    raw = getattr(exc, "extras", None) or getattr(exc, "extra", None)
    if isinstance(raw, Mapping):
        extras.update(raw)
    for name in _EXTRA_NAMES:
        value = getattr(exc, name, None)
        if value is not None and name != "code":
            extras.setdefault(name, value)
    return extras


def _is_network_error(exc: BaseException) -> bool:
    return bool(
        _class_names(exc)
        & {
            "NetworkError",
            "ServerUnavailable",
            "TransportError",
            "ConnectError",
            "TimeoutException",
            "ConnectionError",
            "TimeoutError",
        }
    )


def _class_names(exc: BaseException) -> set[str]:
    return {cls.__name__ for cls in type(exc).__mro__}


def message_for_error(exc: BaseException, *, phone: str | None = None) -> UserMessage:
    """The message for anything a service call raised; never shows a traceback or raw detail."""
    code = getattr(exc, "code", None) or getattr(exc, "problem_code", None)
    if isinstance(code, str) and code in KNOWN_CODES:
        return message_for(code, _extras_of(exc), phone=phone)
    names = _class_names(exc)
    if "ServerUnavailable" in names:
        return message_for(SERVER_ERROR)
    if names & {"CertificateError", "InsecureServerURL", "UnexpectedResponse"}:
        # The API client words these itself (clock wrong, unsafe address...).
        own = exc.user_message()  # type: ignore[attr-defined]
        return UserMessage(NETWORK, own, message_for(NETWORK).next_step, Action.RETRY)
    if _is_network_error(exc):
        return message_for(NETWORK)
    status = getattr(exc, "status", None)
    if isinstance(status, int) and status >= 500:
        return message_for(SERVER_ERROR)
    return message_for(UNEXPECTED)
