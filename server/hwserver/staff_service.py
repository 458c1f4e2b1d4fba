"""What office staff may do: settings, closed days, capacity, attendance, holds, terms, policy,
and anonymised statistics."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from hwserver.booking_service import closed_days, ensure_slot_row, rules_of
from hwserver.models import (
    Booking,
    ClosedDay,
    EnvironmentReport,
    Hold,
    Office,
    Slot,
    TermsText,
    TermsVersion,
    User,
)
from hwserver.office_calendar import day_starts, is_open_day, parse_slot_id
from hwserver.problems import Problem
from hwserver.timeutil import JST
from hwserver.views import active_holds, booking_out, iso, office_out

MINIMUM_GROUP = 5  # statistics never show a group smaller than this


def office_or_404(session: Session, office_id: str) -> Office:
    office = session.get(Office, office_id)
    if office is None:
        raise Problem("not-found", "There is no office with this id.")
    return office


def staff_office_out(office: Office) -> dict[str, Any]:
    keys = (
        "opens",
        "closes",
        "slot_minutes",
        "capacity",
        "min_notice_minutes",
        "horizon_days",
        "open_weekdays",
        "closed_on_holidays",
        "no_show_limit",
        "no_show_window_days",
        "suspension_days",
    )
    return {**office_out(office), "settings": {k: getattr(office, k) for k in keys}}


def set_closed_day(session: Session, office: Office, day: date, reason: str | None) -> None:
    row = session.get(ClosedDay, (office.id, day))
    if row is None:
        session.add(ClosedDay(office_id=office.id, day=day, reason=reason))
    else:
        row.reason = reason


def set_slot_capacity(session: Session, slot_id: str, capacity: int) -> dict[str, Any]:
    """Override one slot's capacity; it can never drop below the seats already taken."""
    parsed = parse_slot_id(slot_id)
    office = session.get(Office, parsed[0]) if parsed else None
    if parsed is None or office is None:
        raise Problem("not-found", "There is no such slot.")
    start = parsed[1]
    day = start.astimezone(JST).date()
    rules = rules_of(office)
    if start not in day_starts(rules, day) or not is_open_day(
        rules, day, closed_days(session, office.id, day, day)
    ):
        raise Problem("not-found", "The office has no slot at that time.")
    row_id = ensure_slot_row(session, office, start)
    changed = session.execute(
        update(Slot)
        .where(Slot.id == row_id, Slot.booked <= capacity)
        .values(capacity=capacity)
        .execution_options(synchronize_session=False)
    ).rowcount
    slot = session.get(Slot, row_id)
    assert slot is not None
    session.refresh(slot)
    if not changed:
        raise Problem(
            "conflict",
            "More people have booked this slot than the new capacity.",
            booked=slot.booked,
        )
    return {
        "id": slot_id,
        "start": iso(slot.start),
        "end": iso(slot.end),
        "capacity": capacity,
        "booked": slot.booked,
    }


def staff_user_out(session: Session, user: User, now: datetime) -> dict[str, Any]:
    return {
        "id": user.id,
        "name": user.name,
        "name_kana": user.name_kana,
        "job_seeker_number": user.job_seeker_number,
        "phone": user.phone,
        "preferred_language": user.preferred_language,
        "holds": [
            {"code": h.code, "since": iso(h.since), "until": iso(h.until), "note": h.note}
            for h in active_holds(session, user.id, now)
        ],
    }


def latest_report(session: Session, user_id: str) -> dict[str, Any] | None:
    report = session.scalars(
        select(EnvironmentReport)
        .where(EnvironmentReport.user_id == user_id)
        .order_by(EnvironmentReport.created_at.desc())
        .limit(1)
    ).first()
    if report is None:
        return None
    return {
        "id": report.id,
        "created_at": iso(report.created_at),
        "client_version": report.client_version,
        "report": report.report,
    }


def staff_booking_out(
    session: Session, booking: Booking, office: Office, now: datetime
) -> dict[str, Any]:
    user = session.get(User, booking.user_id) if booking.user_id else None
    return {
        **booking_out(booking, office),
        "joined_at": iso(booking.joined_at),
        "user": staff_user_out(session, user, now) if user else None,
        "latest_environment_report": latest_report(session, user.id) if user else None,
    }


def day_bookings(
    session: Session, office: Office, day: date, now: datetime
) -> list[dict[str, Any]]:
    rows = session.scalars(
        select(Booking)
        .where(Booking.office_id == office.id, Booking.jst_date == day)
        .order_by(Booking.start, Booking.created_at)
    )
    return [staff_booking_out(session, b, office, now) for b in rows]


def mark_attendance(session: Session, booking: Booking, status: str, now: datetime) -> None:
    if booking.status not in {"booked", "attended", "no_show"}:
        raise Problem("booking-not-active", booking_status=booking.status)
    if now < booking.start:
        raise Problem("conflict", "The session has not started yet.")
    try:
        with session.begin_nested():
            booking.status = status
            session.flush()
    except IntegrityError as exc:
        raise Problem("one-per-day", date=booking.jst_date.isoformat()) from exc


def set_hold(
    session: Session, user: User, code: str, until: datetime | None, note: str | None, now: datetime
) -> Hold:
    hold = session.scalar(select(Hold).where(Hold.user_id == user.id, Hold.code == code))
    if hold is None:
        hold = Hold(user_id=user.id, code=code, since=now)
        session.add(hold)
    hold.until, hold.note = until, note
    return hold


def publish_terms(
    session: Session, version: str, effective_on: date, texts: dict[str, Any], now: datetime
) -> None:
    if session.get(TermsVersion, version) is not None:
        raise Problem("conflict", "This terms version already exists. Use a new version name.")
    session.add(TermsVersion(version=version, effective_on=effective_on, published_at=now))
    session.flush()
    for language, text in texts.items():
        session.add(
            TermsText(
                version=version,
                language=language,
                title=text.title,
                body=text.body,
                changes_summary=text.changes_summary,
            )
        )


def statistics(session: Session, first: date, last: date) -> dict[str, Any]:
    """Counts only; any group under MINIMUM_GROUP is reported as suppressed, not as a number."""
    rows = session.execute(
        select(Booking.office_id, Booking.status, func.count())
        .where(Booking.jst_date >= first, Booking.jst_date <= last)
        .group_by(Booking.office_id, Booking.status)
        .order_by(Booking.office_id, Booking.status)
    ).all()
    start = datetime.combine(first, datetime.min.time(), tzinfo=JST)
    end = datetime.combine(last + timedelta(days=1), datetime.min.time(), tzinfo=JST)
    accounts = session.scalar(
        select(func.count())
        .select_from(User)
        .where(User.role == "user", User.created_at >= start, User.created_at < end)
    )
    reports = session.scalar(
        select(func.count())
        .select_from(EnvironmentReport)
        .where(EnvironmentReport.created_at >= start, EnvironmentReport.created_at < end)
    )
    return {
        "period_start": first.isoformat(),
        "period_end": last.isoformat(),
        "minimum_group_size": MINIMUM_GROUP,
        "bookings": [{"office_id": o, "status": s, **_suppress(n)} for o, s, n in rows],
        "new_accounts": _suppress(accounts or 0)["count"],
        "environment_reports": _suppress(reports or 0)["count"],
    }


def _suppress(count: int) -> dict[str, Any]:
    small = 0 < count < MINIMUM_GROUP
    return {"count": None if small else count, "suppressed": small}
