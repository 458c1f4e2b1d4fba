"""Typed, immutable views of the JSON that API.md defines.

Frozen dataclasses with `from_json` keep the client light (no pydantic at
start-up) and make the UI's data read-only. Unknown members are ignored so a
newer server does not break an older app; a missing or malformed required
member raises `UnexpectedResponse`. Secrets (token, passcode) are left out of
`repr` so they cannot reach a log by accident.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal, TypeVar

from hwclient.api.errors import UnexpectedResponse

T = TypeVar("T")

BookingStatus = Literal["booked", "cancelled", "cancelled_by_office", "no_show", "attended"]
CompanionRole = Literal["family", "supporter", "interpreter", "carer", "other"]
COMPANION_ROLES: tuple[str, ...] = ("family", "supporter", "interpreter", "carer", "other")
ACTIVE_STATUSES = frozenset({"booked", "attended"})


def parse(kind: Callable[[dict[str, Any]], T], data: Any) -> T:
    """Build a model, turning any shape mismatch into `UnexpectedResponse`."""
    if not isinstance(data, dict):
        raise UnexpectedResponse(f"expected an object for {kind!r}, got {type(data).__name__}")
    try:
        return kind(data)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise UnexpectedResponse(f"malformed {kind!r}: {exc.__class__.__name__} {exc}") from exc


def parse_list(kind: Callable[[dict[str, Any]], T], data: Any) -> list[T]:
    if not isinstance(data, list):
        raise UnexpectedResponse(f"expected a list, got {type(data).__name__}")
    return [parse(kind, item) for item in data]


def _dt(value: Any) -> datetime:
    result = datetime.fromisoformat(value)
    if result.tzinfo is None:
        raise ValueError("time without offset")
    return result


def _opt_dt(value: Any) -> datetime | None:
    return None if value in (None, "") else _dt(value)


def _date(value: Any) -> date:
    return date.fromisoformat(str(value)[:10])


def _opt_str(value: Any) -> str | None:
    return None if value is None else str(value)


def new_idempotency_key() -> str:
    return secrets.token_urlsafe(24)


@dataclass(frozen=True)
class LocalizedName:
    ja: str
    en: str

    @classmethod
    def from_json(cls, data: Any) -> LocalizedName:
        if isinstance(data, str):
            return cls(ja=data, en=data)
        return cls(ja=str(data.get("ja") or data.get("en") or ""), en=str(data.get("en") or ""))

    def for_language(self, code: str | None) -> str:
        """Japanese readers get the Japanese name; everyone else the English one if any."""
        if (code or "ja").startswith("ja") or not self.en:
            return self.ja
        return self.en


@dataclass(frozen=True)
class Hold:
    code: str
    since: datetime | None
    until: datetime | None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Hold:
        return cls(str(data["code"]), _opt_dt(data.get("since")), _opt_dt(data.get("until")))


@dataclass(frozen=True)
class Me:
    id: str
    email: str
    name: str
    job_seeker_number: str | None
    preferred_language: str
    home_office_id: str | None
    consented_terms_version: str | None
    terms_consent_required: bool
    password_changed_at: datetime | None
    password_change_due: bool
    holds: tuple[Hold, ...] = ()

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Me:
        return cls(
            id=str(data["id"]),
            email=str(data["email"]),
            name=str(data["name"]),
            job_seeker_number=_opt_str(data.get("job_seeker_number")),
            preferred_language=str(data.get("preferred_language") or "ja"),
            home_office_id=_opt_str(data.get("home_office_id")),
            consented_terms_version=_opt_str(data.get("consented_terms_version")),
            terms_consent_required=bool(data["terms_consent_required"]),
            password_changed_at=_opt_dt(data.get("password_changed_at")),
            password_change_due=bool(data.get("password_change_due", False)),
            holds=tuple(parse(Hold.from_json, h) for h in data.get("holds") or []),
        )


@dataclass(frozen=True)
class SignInResult:
    token: str = field(repr=False)
    expires_at: datetime | None
    user: Me

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SignInResult:
        return cls(
            token=str(data["token"]),
            expires_at=_opt_dt(data.get("expires_at")),
            user=parse(Me.from_json, data["user"]),
        )


@dataclass(frozen=True)
class Registration:
    """What the sign-up form sends; optional members are left out when empty."""

    email: str
    password: str = field(repr=False)
    name: str
    preferred_language: str
    name_kana: str | None = None
    phone: str | None = None
    address: str | None = None
    job_seeker_number: str | None = None

    def to_json(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "email": self.email,
            "password": self.password,
            "name": self.name,
            "preferred_language": self.preferred_language,
        }
        for key in ("name_kana", "phone", "address", "job_seeker_number"):
            value = getattr(self, key)
            if value:
                body[key] = value
        return body


@dataclass(frozen=True)
class Terms:
    version: str
    effective_on: date
    language: str
    title: str
    body: str
    changes_summary: str | None = None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Terms:
        return cls(
            version=str(data["version"]),
            effective_on=_date(data["effective_on"]),
            language=str(data["language"]),
            title=str(data["title"]),
            body=str(data["body"]),
            changes_summary=_opt_str(data.get("changes_summary")),
        )


@dataclass(frozen=True)
class Consent:
    terms_version: str
    consented_at: datetime

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Consent:
        return cls(str(data["terms_version"]), _dt(data["consented_at"]))


@dataclass(frozen=True)
class OfficeHours:
    """Japan-time "HH:MM" strings as sent; "24:00" (open all day) is allowed,
    which `datetime.time` cannot hold, so minutes are offered for arithmetic."""

    opens: str
    closes: str

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> OfficeHours:
        hours = cls(str(data["opens"]), str(data["closes"]))
        hours.opens_minutes, hours.closes_minutes  # noqa: B018 - validate now
        return hours

    @staticmethod
    def _minutes(value: str) -> int:
        hour, minute = (int(part) for part in value.split(":"))
        if not (0 <= minute < 60 and 0 <= hour * 60 + minute <= 24 * 60):
            raise ValueError(f"not an office time: {value!r}")
        return hour * 60 + minute

    @property
    def opens_minutes(self) -> int:
        return self._minutes(self.opens)

    @property
    def closes_minutes(self) -> int:
        return self._minutes(self.closes)


@dataclass(frozen=True)
class Office:
    id: str
    name: LocalizedName
    prefecture: str
    phone: str
    languages: tuple[str, ...]
    hours: OfficeHours
    slot_minutes: int

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Office:
        return cls(
            id=str(data["id"]),
            name=LocalizedName.from_json(data["name"]),
            prefecture=str(data.get("prefecture") or ""),
            phone=str(data.get("phone") or ""),
            languages=tuple(str(x) for x in data.get("languages") or ()),
            hours=parse(OfficeHours.from_json, data["hours"]),
            slot_minutes=int(data.get("slot_minutes") or 30),
        )


@dataclass(frozen=True)
class Slot:
    id: str
    start: datetime
    end: datetime
    available: int

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Slot:
        return cls(str(data["id"]), _dt(data["start"]), _dt(data["end"]), int(data["available"]))


@dataclass(frozen=True)
class Companion:
    role: CompanionRole
    note: str | None = None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Companion:
        role = str(data["role"])
        return cls(role if role in COMPANION_ROLES else "other", _opt_str(data.get("note")))  # type: ignore[arg-type]

    def to_json(self) -> dict[str, Any]:
        return {"role": self.role, **({"note": self.note} if self.note else {})}


@dataclass(frozen=True)
class BookingRequest:
    """One booking attempt. Its idempotency key is made once, so every retry of
    this same object (automatic or by the person pressing "try again" after a
    network error) is recognised by the server and cannot book twice."""

    slot_id: str
    companions: tuple[Companion, ...] = ()
    interpreter_language: str | None = None
    note: str | None = None
    idempotency_key: str = field(default_factory=new_idempotency_key, repr=False)

    def to_json(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "slot_id": self.slot_id,
            "companions": [c.to_json() for c in self.companions],
        }
        if self.interpreter_language:
            body["interpreter_language"] = self.interpreter_language
        if self.note:
            body["note"] = self.note
        return body


@dataclass(frozen=True)
class Booking:
    id: str
    office_id: str
    office_name: LocalizedName
    start: datetime
    end: datetime
    status: BookingStatus
    companions: tuple[Companion, ...]
    interpreter_language: str | None
    join_opens_at: datetime
    join_closes_at: datetime
    created_at: datetime
    cancelled_at: datetime | None = None
    cancel_reason: str | None = None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Booking:
        return cls(
            id=str(data["id"]),
            office_id=str(data["office_id"]),
            office_name=LocalizedName.from_json(data.get("office_name") or ""),
            start=_dt(data["start"]),
            end=_dt(data["end"]),
            status=data["status"],
            companions=tuple(parse(Companion.from_json, c) for c in data.get("companions") or []),
            interpreter_language=_opt_str(data.get("interpreter_language")),
            join_opens_at=_dt(data["join_opens_at"]),
            join_closes_at=_dt(data["join_closes_at"]),
            created_at=_dt(data["created_at"]),
            cancelled_at=_opt_dt(data.get("cancelled_at")),
            cancel_reason=_opt_str(data.get("cancel_reason")),
        )

    @property
    def is_active(self) -> bool:
        return self.status in ACTIVE_STATUSES


@dataclass(frozen=True)
class JoinInfo:
    provider: str
    join_url: str = field(repr=False)
    meeting_id: str
    passcode: str = field(repr=False)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> JoinInfo:
        return cls(
            provider=str(data.get("provider") or "zoom"),
            join_url=str(data["join_url"]),
            meeting_id=str(data.get("meeting_id") or ""),
            passcode=str(data.get("passcode") or ""),
        )


@dataclass(frozen=True)
class OsSupport:
    os: str
    version: str
    build: str | None
    supported_until: date | None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> OsSupport:
        until = data.get("supported_until")
        return cls(
            os=str(data["os"]),
            version=str(data["version"]),
            build=_opt_str(data.get("build")),
            supported_until=_date(until) if until else None,
        )


@dataclass(frozen=True)
class ClientPolicy:
    latest_version: str
    minimum_version: str
    download_url: str
    zoom_minimum_version: str | None
    os_support: tuple[OsSupport, ...]
    updated_at: datetime | None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ClientPolicy:
        return cls(
            latest_version=str(data["latest_version"]),
            minimum_version=str(data["minimum_version"]),
            download_url=str(data.get("download_url") or ""),
            zoom_minimum_version=_opt_str(data.get("zoom_minimum_version")),
            os_support=tuple(parse(OsSupport.from_json, x) for x in data.get("os_support") or []),
            updated_at=_opt_dt(data.get("updated_at")),
        )


@dataclass(frozen=True)
class UpdateRequired:
    """Sent to observers when the server says this app is too old (426)."""

    download_url: str | None
    minimum_version: str | None


@dataclass(frozen=True)
class SignedOutEvent:
    """Sent to observers when the server no longer accepts our token."""

    reason: str  # the problem code, e.g. "unauthenticated"
