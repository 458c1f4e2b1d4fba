"""Bodies of the staff API (/v1/staff/…)."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, Field, field_validator, model_validator

from hwserver.languages import normalise_language
from hwserver.office_calendar import minutes_of
from hwserver.schemas import BookingOut, OfficeOut, Strict

HHMM = re.compile(r"^([01]\d|2[0-4]):[0-5]\d$")


class OfficeSettings(BaseModel):
    opens: str
    closes: str
    slot_minutes: int
    capacity: int
    min_notice_minutes: int
    horizon_days: int
    open_weekdays: list[int]
    closed_on_holidays: bool
    no_show_limit: int
    no_show_window_days: int
    suspension_days: int


class StaffOfficeOut(OfficeOut):
    settings: OfficeSettings


class OfficeSettingsPatch(Strict):
    phone: str | None = Field(default=None, min_length=3, max_length=40)
    languages: list[str] | None = Field(default=None, max_length=30)
    opens: str | None = Field(default=None, pattern=HHMM.pattern)
    closes: str | None = Field(default=None, pattern=HHMM.pattern)
    slot_minutes: int | None = Field(default=None, ge=10, le=120)
    capacity: int | None = Field(default=None, ge=0, le=100)
    min_notice_minutes: int | None = Field(default=None, ge=0, le=60 * 24 * 14)
    horizon_days: int | None = Field(default=None, ge=1, le=180)
    open_weekdays: list[int] | None = Field(default=None, max_length=7)
    closed_on_holidays: bool | None = None
    no_show_limit: int | None = Field(default=None, ge=1, le=20)
    no_show_window_days: int | None = Field(default=None, ge=1, le=730)
    suspension_days: int | None = Field(default=None, ge=1, le=365)

    @field_validator("open_weekdays")
    @classmethod
    def _weekdays(cls, value: list[int] | None) -> list[int] | None:
        if value is not None and any(not 0 <= d <= 6 for d in value):
            raise ValueError("Weekdays are 0 (Monday) to 6 (Sunday).")
        return sorted(set(value)) if value is not None else None

    @model_validator(mode="after")
    def _hours(self) -> OfficeSettingsPatch:
        if self.opens and self.closes and minutes_of(self.opens) >= minutes_of(self.closes):
            raise ValueError("The office must open before it closes.")
        return self


class ClosedDayIn(Strict):
    reason: str | None = Field(default=None, max_length=200)


class ClosedDayOut(BaseModel):
    date: date
    reason: str | None


class SlotCapacityIn(Strict):
    capacity: int = Field(ge=0, le=100)


class SlotCapacityOut(BaseModel):
    id: str
    start: datetime
    end: datetime
    capacity: int
    booked: int


class StaffUserOut(BaseModel):
    id: str
    name: str
    name_kana: str | None
    job_seeker_number: str | None
    phone: str | None
    preferred_language: str
    holds: list[dict[str, Any]]


class ReportSummary(BaseModel):
    id: str
    created_at: datetime
    client_version: str | None
    report: dict[str, Any]


class StaffBookingOut(BookingOut):
    user: StaffUserOut | None
    joined_at: datetime | None
    latest_environment_report: ReportSummary | None


class AttendanceIn(Strict):
    status: Literal["attended", "no_show"]


class OfficeCancelIn(Strict):
    reason: str = Field(min_length=1, max_length=500)


class HoldIn(Strict):
    code: str = Field(pattern=r"^[a-z][a-z0-9-]{1,39}$")
    until: datetime | None = None
    note: str | None = Field(default=None, max_length=500)


class TermsTextIn(Strict):
    title: str = Field(min_length=1, max_length=300)
    body: str = Field(min_length=1, max_length=100_000)
    changes_summary: str | None = Field(default=None, max_length=5000)


class TermsPublishIn(Strict):
    version: str = Field(pattern=r"^[0-9A-Za-z][0-9A-Za-z._-]{0,39}$")
    effective_on: date
    texts: dict[str, TermsTextIn]

    @field_validator("texts")
    @classmethod
    def _languages(cls, value: dict[str, TermsTextIn]) -> dict[str, TermsTextIn]:
        result = {}
        for code, text in value.items():
            language = normalise_language(code)
            if language is None:
                raise ValueError(f"Unsupported language: {code}")
            result[language] = text
        if "ja" not in result:
            raise ValueError("A Japanese text (ja) is required: it is the fallback.")
        return result


class TermsPublishedOut(BaseModel):
    version: str
    effective_on: date
    languages: list[str]


class StatisticRow(BaseModel):
    office_id: str
    status: str
    count: int | None
    suppressed: bool


class StatisticsOut(BaseModel):
    period_start: date
    period_end: date
    minimum_group_size: int
    bookings: list[StatisticRow]
    new_accounts: int | None
    environment_reports: int | None
