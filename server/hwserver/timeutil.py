"""Japan-time helpers shared by the calendar, mails and the API layer."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

JST = ZoneInfo("Asia/Tokyo")


def to_jst(when: datetime) -> datetime:
    return when.astimezone(JST)


def jst_date(when: datetime) -> date:
    """The Japan-time calendar day of an instant (the unit of the one-per-day rule)."""
    return when.astimezone(JST).date()


def utc(when: datetime) -> datetime:
    return when.astimezone(UTC)


def iso_jst(when: datetime) -> str:
    """RFC 3339 with the +09:00 offset, as API.md asks for office times."""
    return when.astimezone(JST).isoformat(timespec="seconds")
