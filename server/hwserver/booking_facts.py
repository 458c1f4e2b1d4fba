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
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import BindParameter, ColumnElement, Select, bindparam, literal, null, or_, select
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
    params: dict[str, Any] = {"user_id": user_id, "now": now, "today": jst_date(now)}
    if slot is not None:
        office_id, start = slot
        params |= {"office_id": office_id, "start": start, "day": jst_date(start)}
    row = session.execute(_facts_query(with_slot=slot is not None), params).one()
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


@cache
def _facts_query(with_slot: bool) -> Select[Any]:
    """Built once per process with bound parameters: building the expression and its
    cache key on every booking cost more CPU than running it."""
    user_id = bindparam("user_id")
    first_hold = (
        select(Hold)
        .where(Hold.user_id == user_id, or_(Hold.until.is_(None), Hold.until > bindparam("now")))
        .order_by(Hold.since, Hold.id)
        .limit(1)
    )
    person = (
        _terms_in_force(),
        first_hold.with_only_columns(Hold.code).scalar_subquery(),
        first_hold.with_only_columns(Hold.until).scalar_subquery(),
    )
    if not with_slot:
        return select(User, null(), *person, literal(False), literal(False), null()).where(
            User.id == user_id
        )
    return (
        select(User, Office, *person, *_day_columns(user_id))
        .outerjoin(Office, Office.id == bindparam("office_id"))
        .where(User.id == user_id)
    )


def _terms_in_force() -> ColumnElement[Any]:
    return (
        select(TermsVersion.version)
        .where(TermsVersion.effective_on <= bindparam("today"))
        .order_by(TermsVersion.effective_on.desc(), TermsVersion.published_at.desc())
        .limit(1)
        .scalar_subquery()
    )


def _day_columns(user_id: BindParameter[Any]) -> tuple[ColumnElement[Any], ...]:
    office_id, day = bindparam("office_id"), bindparam("day")
    closed = select(ClosedDay.day).where(ClosedDay.office_id == office_id, ClosedDay.day == day)
    booked = select(Booking.id).where(
        Booking.user_id == user_id, Booking.jst_date == day, Booking.status.in_(ACTIVE_STATUSES)
    )
    slot = select(Slot.id).where(Slot.office_id == office_id, Slot.start == bindparam("start"))
    return closed.exists(), booked.exists(), slot.scalar_subquery()
