"""Everything a booking decision reads, fetched in one query.

A booking used to read the user, the terms in force, the user's holds, the
office, a closure of that day, the user's bookings that day and the slot row
one query at a time: eight database round trips before the first write. On a
busy server each round trip also has to win the interpreter lock back, so the
booking's latency grew with their number. The checks themselves stay in
booking_service, in the same order as before; only the reading is folded.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, literal, null, or_, select
from sqlalchemy.orm import Session

from hwserver.models import (
    ACTIVE_STATUSES,
    Booking,
    ClosedDay,
    Hold,
    Office,
    Slot,
    TermsVersion,
    User,
)
from hwserver.timeutil import jst_date


@dataclass(frozen=True)
class BookingFacts:
    user: User
    terms_version: str | None  # the version in force today, None if there are no terms
    hold_code: str | None  # the user's first active hold (in order of `since`), if any
    hold_until: datetime | None
    office: Office | None  # None: no such office (or the slot id did not parse)
    closed: bool  # the office closed that day (staff-entered closure)
    has_booking: bool  # the user already has an active booking that day
    slot_row_id: int | None  # the slot's row, if anyone booked it before


def booking_facts(
    session: Session, user_id: str, now: datetime, slot: tuple[str, datetime] | None
) -> BookingFacts:
    """The facts for `user_id` booking `slot` (office id, start), or only the person's
    facts when the slot id did not parse."""
    row = session.execute(_facts_query(user_id, now, slot)).one()
    user, office, terms, hold_code, hold_until, closed, has_booking, slot_row_id = row
    return BookingFacts(
        user=user,
        terms_version=terms,
        hold_code=hold_code,
        hold_until=hold_until,
        office=office,
        closed=bool(closed),
        has_booking=bool(has_booking),
        slot_row_id=slot_row_id,
    )


def _facts_query(user_id: str, now: datetime, slot: tuple[str, datetime] | None) -> Select[Any]:
    first_hold = (
        select(Hold)
        .where(Hold.user_id == user_id, or_(Hold.until.is_(None), Hold.until > now))
        .order_by(Hold.since, Hold.id)
        .limit(1)
    )
    person = (
        _terms_in_force(jst_date(now)),
        first_hold.with_only_columns(Hold.code).scalar_subquery(),
        first_hold.with_only_columns(Hold.until).scalar_subquery(),
    )
    if slot is None:
        return select(User, null(), *person, literal(False), literal(False), null()).where(
            User.id == user_id
        )
    office_id, start = slot
    return (
        select(User, Office, *person, *_day_columns(office_id, user_id, start))
        .outerjoin(Office, Office.id == office_id)
        .where(User.id == user_id)
    )


def _terms_in_force(today: date) -> ColumnElement[Any]:
    return (
        select(TermsVersion.version)
        .where(TermsVersion.effective_on <= today)
        .order_by(TermsVersion.effective_on.desc(), TermsVersion.published_at.desc())
        .limit(1)
        .scalar_subquery()
    )


def _day_columns(office_id: str, user_id: str, start: datetime) -> tuple[ColumnElement[Any], ...]:
    day = jst_date(start)
    closed = select(ClosedDay.day).where(ClosedDay.office_id == office_id, ClosedDay.day == day)
    booked = select(Booking.id).where(
        Booking.user_id == user_id, Booking.jst_date == day, Booking.status.in_(ACTIVE_STATUSES)
    )
    slot = select(Slot.id).where(Slot.office_id == office_id, Slot.start == start)
    return closed.exists(), booked.exists(), slot.scalar_subquery()
