"""Booking rules. The two race-critical guarantees are enforced by the database:

* capacity: `UPDATE slots SET booked = booked + 1 WHERE id = ? AND booked < capacity`
  succeeds for at most `capacity` transactions, whatever the number of server
  processes (PostgreSQL re-checks the WHERE after waiting for a row lock);
* one per day: the partial unique index uq_bookings_user_day_active.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Update, and_, bindparam, func, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from hwserver import audit
from hwserver.booking_facts import BookingFacts, booking_facts
from hwserver.meetings import MeetingProvider
from hwserver.models import ACTIVE_STATUSES, Booking, ClosedDay, Office, Slot, User
from hwserver.office_calendar import OfficeRules, is_bookable, parse_slot_id
from hwserver.problems import Problem
from hwserver.security import new_id
from hwserver.timeutil import JST, iso_jst, jst_date
from hwserver.views import JOIN_CLOSES_AFTER, JOIN_OPENS_BEFORE

SUSPENSION_HOLD = "no-show-suspension"
ONE_PER_DAY_DETAIL = "You already have a session that day. Choose another day."


def rules_of(office: Office) -> OfficeRules:
    return OfficeRules(
        opens=office.opens,
        closes=office.closes,
        slot_minutes=office.slot_minutes,
        open_weekdays=tuple(office.open_weekdays),
        closed_on_holidays=office.closed_on_holidays,
        min_notice_minutes=office.min_notice_minutes,
        horizon_days=office.horizon_days,
    )


def closed_days(session: Session, office_id: str, first: date, last: date) -> set[date]:
    rows = session.scalars(
        select(ClosedDay.day).where(
            ClosedDay.office_id == office_id, ClosedDay.day >= first, ClosedDay.day <= last
        )
    )
    return set(rows)


def slot_rows(
    session: Session, office_id: str, first: datetime, last: datetime
) -> dict[datetime, Slot]:
    rows = session.scalars(
        select(Slot).where(Slot.office_id == office_id, Slot.start >= first, Slot.start <= last)
    )
    return {row.start: row for row in rows}


def ensure_slot_row(session: Session, office: Office, start: datetime) -> int:
    """The slot's row id, creating the row if nobody has yet (race-free upsert).

    Looked up first: once a slot has its first booking the row exists, and the
    lookup alone is one database round trip instead of two."""
    slot_id = _slot_row_id(session, office.id, start)
    if slot_id is not None:
        return slot_id
    end = start + timedelta(minutes=office.slot_minutes)
    values = {"office_id": office.id, "start": start, "end": end, "booked": 0}
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    session.execute(
        insert(Slot).values(**values).on_conflict_do_nothing(index_elements=["office_id", "start"])
    )
    slot_id = _slot_row_id(session, office.id, start)
    assert slot_id is not None
    return slot_id


def _slot_row_id(session: Session, office_id: str, start: datetime) -> int | None:
    return session.scalar(select(Slot.id).where(Slot.office_id == office_id, Slot.start == start))


def _seat_update() -> Update:
    slots = Slot.__table__.c
    capacity = func.coalesce(slots.capacity, bindparam("default_capacity"))
    return (
        update(Slot.__table__)
        .where(slots.id == bindparam("row_id"), slots.booked < capacity)
        .values(booked=slots.booked + 1)
    )


TAKE_SEAT = _seat_update()  # built once: a plain Core statement costs far less per booking


def take_seat(session: Session, slot_id: int, default_capacity: int) -> bool:
    """The capacity guarantee: one conditional UPDATE, true only if a seat was free."""
    params = {"row_id": slot_id, "default_capacity": default_capacity}
    return session.execute(TAKE_SEAT, params).rowcount == 1  # type: ignore[attr-defined]


def release_seat(session: Session, slot_id: int) -> None:
    session.execute(
        update(Slot)
        .where(and_(Slot.id == slot_id, Slot.booked > 0))
        .values(booked=Slot.booked - 1)
        .execution_options(synchronize_session=False)
    )


@dataclass(frozen=True)
class BookingRequest:
    slot_id: str
    companions: list[dict[str, Any]]
    interpreter_language: str | None
    note: str | None


def check_may_book(facts: BookingFacts) -> None:
    """Consent first, then holds: the order in which a person has to sort them out."""
    terms = facts.terms_version
    if terms is not None and facts.user.consented_terms_version != terms:
        raise Problem("consent-required", terms_version=terms)
    if facts.hold_code == SUSPENSION_HOLD:
        raise Problem(
            "booking-suspended",
            "Booking is paused after missed sessions. Please phone your office.",
            until=iso_jst(facts.hold_until) if facts.hold_until else None,
        )
    if facts.hold_code is not None:
        raise Problem("eligibility-hold", code=facts.hold_code)


@dataclass(frozen=True)
class NewBooking:
    booking: Booking
    office: Office
    user: User


def create_booking(
    session: Session,
    user_id: str,
    request: BookingRequest,
    now: datetime,
    meetings: MeetingProvider,
    device_hash: str | None,
) -> NewBooking:
    """Checks in the order consent, holds, slot, one per day; then the booking and its audit
    record, and the seat last: the slot row stays locked (other bookings of that slot wait)
    only from that UPDATE to the commit right after it. Any problem rolls back all of it."""
    parsed = parse_slot_id(request.slot_id)
    facts = booking_facts(session, user_id, now, parsed)
    check_may_book(facts)
    office = facts.office
    if parsed is None or office is None:
        raise Problem("slot-unavailable", "This time does not exist. Please choose another.")
    start = parsed[1]
    day = jst_date(start)
    if not is_bookable(rules_of(office), start, now, {day} if facts.closed else set()):
        raise Problem("slot-unavailable")
    if facts.has_booking:
        raise Problem("one-per-day", ONE_PER_DAY_DETAIL, date=day.isoformat())
    slot_id = facts.slot_row_id or ensure_slot_row(session, office, start)
    booking = _new_booking(facts.user, office, slot_id, start, request, now, meetings)
    try:
        session.execute(insert(Booking.__table__), _row(booking))
    except IntegrityError as exc:  # a concurrent request won the day for this user
        raise Problem("one-per-day", ONE_PER_DAY_DETAIL, date=day.isoformat()) from exc
    audit.record(
        session, now, "booking.create", actor_id=user_id, target=booking.id, device_hash=device_hash
    )
    if not take_seat(session, slot_id, office.capacity):
        raise Problem("slot-unavailable")
    return NewBooking(booking, office, facts.user)


def _row(booking: Booking) -> dict[str, Any]:
    """The new booking's column values for a Core INSERT (no unit-of-work bookkeeping);
    the Booking object itself stays outside the session, for the answer and the mail."""
    return {column.key: getattr(booking, column.key) for column in Booking.__table__.columns}


def _new_booking(
    user: User,
    office: Office,
    slot_id: int,
    start: datetime,
    request: BookingRequest,
    now: datetime,
    meetings: MeetingProvider,
) -> Booking:
    booking_id = new_id()
    end = start + timedelta(minutes=office.slot_minutes)
    meeting = meetings.create(booking_id, start, end)
    return Booking(
        id=booking_id,
        user_id=user.id,
        office_id=office.id,
        slot_id=slot_id,
        start=start,
        end=end,
        jst_date=jst_date(start),
        status="booked",
        companions=request.companions,
        interpreter_language=request.interpreter_language,
        note=request.note,
        created_at=now,
        meeting_id=meeting.meeting_id,
        passcode=meeting.passcode,
        join_url=meeting.join_url,
    )


def cancel(
    session: Session, booking: Booking, now: datetime, status: str, reason: str | None
) -> bool:
    """Move a `booked` booking to a cancelled status and free its seat; False if not booked."""
    result = session.execute(
        update(Booking)
        .where(Booking.id == booking.id, Booking.status == "booked")
        .values(status=status, cancelled_at=now, cancel_reason=reason)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        return False
    release_seat(session, booking.slot_id)
    session.refresh(booking)
    return True


def cancel_by_user(session: Session, booking: Booking, now: datetime, reason: str | None) -> None:
    if booking.status != "booked":
        raise Problem("booking-not-active", booking_status=booking.status)
    if now >= booking.start:
        raise Problem("too-late-to-cancel", "The session has started. Please phone the office.")
    if not cancel(session, booking, now, "cancelled", reason):
        raise Problem("booking-not-active")


def join_window(booking: Booking) -> tuple[datetime, datetime]:
    return booking.start - JOIN_OPENS_BEFORE, booking.start + JOIN_CLOSES_AFTER


def record_join(booking: Booking, now: datetime) -> None:
    if booking.status not in ACTIVE_STATUSES:
        raise Problem("booking-not-active", booking_status=booking.status)
    opens, closes = join_window(booking)
    if not opens <= now <= closes:
        raise Problem(
            "join-not-open",
            f"You can join from {opens.astimezone(JST):%H:%M} to {closes.astimezone(JST):%H:%M}"
            " Japan time.",
            opens_at=iso_jst(opens),
            closes_at=iso_jst(closes),
        )
    if booking.joined_at is None:
        booking.joined_at = now
