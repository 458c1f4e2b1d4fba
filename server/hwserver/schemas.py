"""Request and response bodies of API.md, as pydantic models (they also shape OpenAPI)."""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import date, datetime
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    EmailStr,
    Field,
    ValidationInfo,
    field_validator,
)

from hwserver.languages import normalise_language
from hwserver.text_rules import json_problem, text_problem

JOB_SEEKER_RE = re.compile(r"^\d{5}-\d{1,8}$")
BCP47_RE = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
_DASHES = dict.fromkeys(map(ord, "ー－−‐‑–—"), "-")


def normalise_job_seeker_number(value: str | None) -> str | None:
    """Accept full-width digits and dashes (求職番号 as people type it) and normalise."""
    if value is None or value.strip() == "":
        return None
    cleaned = unicodedata.normalize("NFKC", value).translate(_DASHES).replace(" ", "")
    if not JOB_SEEKER_RE.match(cleaned):
        raise ValueError("Use 5 digits, a hyphen, then up to 8 digits (for example 13010-1234567).")
    return cleaned


def _language(value: str | None) -> str | None:
    if value is None:
        return None
    code = normalise_language(value)
    if code is None:
        raise ValueError("This language is not supported.")
    return code


MULTILINE_FIELDS = frozenset({"note", "reason", "body", "changes_summary", "address"})
PASSWORD_FIELDS = frozenset({"password", "current_password", "new_password"})


class Strict(BaseModel):
    """Request bodies: unknown members refused, and every text checked by text_rules."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    @field_validator("*", mode="after")
    @classmethod
    def _clean_text(cls, value: Any, info: ValidationInfo) -> Any:
        if isinstance(value, str):
            name = info.field_name or ""
            problem = text_problem(
                value, multiline=name in MULTILINE_FIELDS, password=name in PASSWORD_FIELDS
            )
            if problem:
                raise ValueError(problem)
        return value


# --- accounts and sessions -------------------------------------------------------------


class RegistrationIn(Strict):
    email: EmailStr = Field(max_length=320)
    password: str = Field(max_length=200)
    name: str = Field(min_length=1, max_length=200)
    name_kana: str | None = Field(default=None, max_length=200)
    phone: str | None = Field(default=None, max_length=40)
    address: str | None = Field(default=None, max_length=500)
    job_seeker_number: str | None = None
    preferred_language: str = "ja"

    _jsn = field_validator("job_seeker_number")(normalise_job_seeker_number)
    _lang = field_validator("preferred_language")(_language)


class StatusOut(BaseModel):
    status: str


class VerifyIn(Strict):
    token: str = Field(min_length=1, max_length=200)


class LoginIn(Strict):
    email: str = Field(min_length=1, max_length=320)
    password: str = Field(min_length=1, max_length=200)


class HoldOut(BaseModel):
    code: str
    since: datetime
    until: datetime | None = None


class MeOut(BaseModel):
    id: str
    email: str
    name: str
    name_kana: str | None
    phone: str | None
    address: str | None
    job_seeker_number: str | None
    preferred_language: str
    home_office_id: str | None
    consented_terms_version: str | None
    terms_consent_required: bool
    password_changed_at: datetime
    password_change_due: bool
    role: Literal["user", "staff"]
    holds: list[HoldOut]


class SessionOut(BaseModel):
    token: str
    expires_at: datetime
    user: MeOut


class MePatch(Strict):
    name: str | None = Field(default=None, min_length=1, max_length=200)
    name_kana: str | None = Field(default=None, max_length=200)
    phone: str | None = Field(default=None, max_length=40)
    address: str | None = Field(default=None, max_length=500)
    preferred_language: str | None = None
    home_office_id: str | None = None
    job_seeker_number: str | None = None

    _jsn = field_validator("job_seeker_number")(normalise_job_seeker_number)
    _lang = field_validator("preferred_language")(_language)


class PasswordChangeIn(Strict):
    current_password: str = Field(min_length=1, max_length=200)
    new_password: str = Field(max_length=200)


class DeleteMeIn(Strict):
    password: str = Field(min_length=1, max_length=200)


# --- terms ------------------------------------------------------------------------------


class TermsOut(BaseModel):
    version: str
    effective_on: date
    language: str
    title: str
    body: str
    changes_summary: str | None = None


class ConsentIn(Strict):
    terms_version: str = Field(min_length=1, max_length=40)


class ConsentOut(BaseModel):
    terms_version: str
    consented_at: datetime


# --- offices and slots -----------------------------------------------------------------


class LocalisedName(BaseModel):
    ja: str
    en: str


class Hours(BaseModel):
    opens: str
    closes: str


class OfficeOut(BaseModel):
    id: str
    name: LocalisedName
    prefecture: str
    prefecture_name: LocalisedName
    phone: str
    languages: list[str]
    hours: Hours
    slot_minutes: int
    is_demo: bool


class SlotOut(BaseModel):
    id: str
    start: datetime
    end: datetime
    available: int


# --- bookings --------------------------------------------------------------------------


class Companion(Strict):
    role: Literal["family", "supporter", "interpreter", "carer", "other"]
    note: str | None = Field(default=None, max_length=200)


class BookingIn(Strict):
    slot_id: str = Field(min_length=1, max_length=80)
    companions: list[Companion] = Field(default_factory=list, max_length=5)
    interpreter_language: str | None = Field(default=None, max_length=35)
    note: str | None = Field(default=None, max_length=500)

    @field_validator("interpreter_language")
    @classmethod
    def _bcp47(cls, value: str | None) -> str | None:
        if value is None or value == "":
            return None
        if not BCP47_RE.match(value):
            raise ValueError("Use a language tag such as vi, pt-BR or zh-Hans.")
        return value


class CancelIn(Strict):
    reason: str | None = Field(default=None, max_length=500)


class BookingOut(BaseModel):
    id: str
    office_id: str
    office_name: LocalisedName
    office_phone: str
    start: datetime
    end: datetime
    status: Literal["booked", "cancelled", "cancelled_by_office", "no_show", "attended"]
    companions: list[Companion]
    interpreter_language: str | None
    note: str | None
    join_opens_at: datetime
    join_closes_at: datetime
    created_at: datetime
    cancelled_at: datetime | None = None
    cancel_reason: str | None = None


class JoinOut(BaseModel):
    provider: Literal["zoom"]
    join_url: str
    meeting_id: str
    passcode: str


# --- client policy and environment reports ---------------------------------------------


class OsSupport(BaseModel):
    """One OS release; `edition` is consumer | enterprise | ltsc for Windows rows."""

    os: Literal["windows", "macos"]
    version: str = Field(max_length=20)
    release: str | None = Field(default=None, max_length=40)
    build: int | None = None
    edition: str | None = Field(default=None, max_length=20)
    supported_until: date
    estimated: bool = False


class PolicyOut(BaseModel):
    """Extra members a deployment adds (thresholds, program lists) pass through unchanged."""

    model_config = ConfigDict(extra="allow")

    latest_version: str
    minimum_version: str
    download_url: str
    zoom_minimum_version: str
    os_support: list[OsSupport]
    updated_at: datetime


class PolicyIn(BaseModel):
    model_config = ConfigDict(extra="allow", str_strip_whitespace=True)

    latest_version: str = Field(pattern=r"^\d+(\.\d+){0,3}([a-z]+\d*)?$")
    minimum_version: str = Field(pattern=r"^\d+(\.\d+){0,3}([a-z]+\d*)?$")
    download_url: str = Field(pattern=r"^https?://", max_length=500)
    zoom_minimum_version: str = Field(pattern=r"^\d+(\.\d+){0,3}$")
    os_support: list[OsSupport]


MAX_REPORT_BYTES = 256 * 1024


class EnvironmentReportIn(Strict):
    report: dict[str, Any]
    device_id: str | None = Field(default=None, max_length=200)

    @field_validator("report")
    @classmethod
    def _report_size(cls, value: dict[str, Any]) -> dict[str, Any]:
        problem = json_problem(value)
        if problem:
            raise ValueError(problem)
        if len(json.dumps(value, ensure_ascii=False).encode()) > MAX_REPORT_BYTES:
            raise ValueError(f"The report is larger than {MAX_REPORT_BYTES // 1024} KB.")
        return value


class IdOut(BaseModel):
    id: str
