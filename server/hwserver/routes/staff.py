"""/v1/staff/…: office operations. Every route answers 404 to non-staff callers."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Query, Response
from sqlalchemy import select

from hwserver import audit
from hwserver import booking_service as bookings
from hwserver import staff_service as staff
from hwserver.deps import Ctx, StaffCaller
from hwserver.models import Booking, ClientPolicy, ClosedDay, Hold, Office, User
from hwserver.problems import Problem, problem_responses
from hwserver.routes.bookings import booking_mail
from hwserver.routes.client import policy_out
from hwserver.schemas import PolicyIn, PolicyOut
from hwserver.schemas import normalise_job_seeker_number as normalise_jsn
from hwserver.staff_schemas import (
    AttendanceIn,
    ClosedDayIn,
    ClosedDayOut,
    HoldIn,
    OfficeCancelIn,
    OfficeSettingsPatch,
    SlotCapacityIn,
    SlotCapacityOut,
    StaffBookingOut,
    StaffOfficeOut,
    StaffUserOut,
    StatisticsOut,
    TermsPublishedOut,
    TermsPublishIn,
)
from hwserver.sweep import suspend_repeat_no_shows
from hwserver.timeutil import jst_date

router = APIRouter(tags=["staff"], responses=problem_responses("unauthenticated", "not-found"))
COMMON = ("validation-error",)


@router.get("/offices", response_model=list[StaffOfficeOut])
def offices(caller: StaffCaller, ctx: Ctx) -> list[dict[str, Any]]:
    with ctx.tx() as session:
        return [
            staff.staff_office_out(o) for o in session.scalars(select(Office).order_by(Office.id))
        ]


@router.patch(
    "/offices/{office_id}", response_model=StaffOfficeOut, responses=problem_responses(*COMMON)
)
def update_office(
    office_id: str, body: OfficeSettingsPatch, caller: StaffCaller, ctx: Ctx
) -> dict[str, Any]:
    changes = body.model_dump(exclude_unset=True, exclude_none=True)
    with ctx.tx() as session:
        office = staff.office_or_404(session, office_id)
        for name, value in changes.items():
            setattr(office, name, value)
        audit.record(
            session,
            ctx.now(),
            "staff.office",
            actor_id=caller.user_id,
            target=office_id,
            fields=sorted(changes),
        )
        return staff.staff_office_out(office)


@router.get("/offices/{office_id}/closed-days", response_model=list[ClosedDayOut])
def list_closed_days(office_id: str, caller: StaffCaller, ctx: Ctx) -> list[dict[str, Any]]:
    with ctx.tx() as session:
        staff.office_or_404(session, office_id)
        rows = session.scalars(
            select(ClosedDay).where(ClosedDay.office_id == office_id).order_by(ClosedDay.day)
        )
        return [{"date": r.day.isoformat(), "reason": r.reason} for r in rows]


@router.put(
    "/offices/{office_id}/closed-days/{day}",
    response_model=ClosedDayOut,
    responses=problem_responses(*COMMON),
)
def put_closed_day(
    office_id: str, day: date, caller: StaffCaller, ctx: Ctx, body: ClosedDayIn | None = None
) -> dict[str, Any]:
    reason = body.reason if body else None
    with ctx.tx() as session:
        office = staff.office_or_404(session, office_id)
        staff.set_closed_day(session, office, day, reason)
        audit.record(
            session,
            ctx.now(),
            "staff.closed-day",
            actor_id=caller.user_id,
            target=office_id,
            day=day.isoformat(),
        )
    return {"date": day.isoformat(), "reason": reason}


@router.delete("/offices/{office_id}/closed-days/{day}", status_code=204)
def delete_closed_day(office_id: str, day: date, caller: StaffCaller, ctx: Ctx) -> Response:
    with ctx.tx() as session:
        row = session.get(ClosedDay, (office_id, day))
        if row is None:
            raise Problem("not-found", "This day is not marked as closed.")
        session.delete(row)
        audit.record(
            session,
            ctx.now(),
            "staff.open-day",
            actor_id=caller.user_id,
            target=office_id,
            day=day.isoformat(),
        )
    return Response(status_code=204)


@router.put(
    "/slots/{slot_id}/capacity",
    response_model=SlotCapacityOut,
    responses=problem_responses("conflict", *COMMON),
)
def put_capacity(
    slot_id: str, body: SlotCapacityIn, caller: StaffCaller, ctx: Ctx
) -> dict[str, Any]:
    with ctx.tx() as session:
        result = staff.set_slot_capacity(session, slot_id, body.capacity)
        audit.record(
            session,
            ctx.now(),
            "staff.capacity",
            actor_id=caller.user_id,
            target=slot_id,
            capacity=body.capacity,
        )
        return result


@router.get("/offices/{office_id}/bookings", response_model=list[StaffBookingOut])
def office_bookings(
    office_id: str,
    caller: StaffCaller,
    ctx: Ctx,
    day: Annotated[date | None, Query(alias="date")] = None,
) -> list[dict[str, Any]]:
    now = ctx.now()
    with ctx.tx() as session:
        office = staff.office_or_404(session, office_id)
        result = staff.day_bookings(session, office, day or jst_date(now), now)
        audit.record(session, now, "staff.day-bookings", actor_id=caller.user_id, target=office_id)
        return result


def _booking(session: Any, booking_id: str) -> tuple[Booking, Office]:
    booking = session.get(Booking, booking_id)
    if booking is None:
        raise Problem("not-found", "There is no such booking.")
    office = session.get(Office, booking.office_id)
    return booking, office


@router.post(
    "/bookings/{booking_id}/attendance",
    response_model=StaffBookingOut,
    responses=problem_responses("booking-not-active", "one-per-day", "conflict", *COMMON),
)
def attendance(
    booking_id: str, body: AttendanceIn, caller: StaffCaller, ctx: Ctx
) -> dict[str, Any]:
    now = ctx.now()
    with ctx.tx() as session:
        booking, office = _booking(session, booking_id)
        staff.mark_attendance(session, booking, body.status, now)
        if body.status == "no_show" and booking.user_id:  # same consequence as the sweep's
            suspend_repeat_no_shows(session, {booking.user_id}, now)
        audit.record(
            session,
            now,
            "staff.attendance",
            actor_id=caller.user_id,
            target=booking_id,
            status=body.status,
        )
        return staff.staff_booking_out(session, booking, office, now)


@router.post(
    "/bookings/{booking_id}/cancel",
    response_model=StaffBookingOut,
    responses=problem_responses("booking-not-active", *COMMON),
)
def cancel_by_office(
    booking_id: str, body: OfficeCancelIn, caller: StaffCaller, ctx: Ctx
) -> dict[str, Any]:
    now = ctx.now()
    with ctx.tx() as session:
        booking, office = _booking(session, booking_id)
        if not bookings.cancel(session, booking, now, "cancelled_by_office", body.reason):
            raise Problem("booking-not-active", booking_status=booking.status)
        user = session.get(User, booking.user_id) if booking.user_id else None
        mail = (
            booking_mail("booking_cancelled_by_office", ctx, user, booking, office, body.reason)
            if user
            else None
        )
        audit.record(session, now, "staff.cancel", actor_id=caller.user_id, target=booking_id)
        result = staff.staff_booking_out(session, booking, office, now)
    if mail is not None:
        ctx.send([mail])
    return result


@router.get("/users", response_model=list[StaffUserOut], responses=problem_responses(*COMMON))
def find_users(
    caller: StaffCaller, ctx: Ctx, job_seeker_number: Annotated[str, Query(max_length=30)]
) -> list[dict[str, Any]]:
    try:
        number = normalise_jsn(job_seeker_number)
    except ValueError as exc:
        raise Problem(
            "validation-error", errors=[{"field": "job_seeker_number", "message": str(exc)}]
        ) from exc
    now = ctx.now()
    with ctx.tx() as session:
        users = session.scalars(
            select(User).where(User.job_seeker_number == number, User.role == "user")
        )
        return [staff.staff_user_out(session, u, now) for u in users]


def _user(session: Any, user_id: str) -> User:
    user = session.get(User, user_id)
    if user is None or user.role != "user":
        raise Problem("not-found", "There is no such user.")
    return user


@router.post(
    "/users/{user_id}/holds",
    status_code=201,
    response_model=StaffUserOut,
    responses=problem_responses(*COMMON),
)
def set_hold(user_id: str, body: HoldIn, caller: StaffCaller, ctx: Ctx) -> dict[str, Any]:
    now = ctx.now()
    with ctx.tx() as session:
        user = _user(session, user_id)
        staff.set_hold(session, user, body.code, body.until, body.note, now)
        session.flush()
        audit.record(
            session, now, "staff.hold", actor_id=caller.user_id, target=user_id, code=body.code
        )
        return staff.staff_user_out(session, user, now)


@router.delete("/users/{user_id}/holds/{code}", status_code=204)
def lift_hold(user_id: str, code: str, caller: StaffCaller, ctx: Ctx) -> Response:
    with ctx.tx() as session:
        _user(session, user_id)
        hold = session.scalar(select(Hold).where(Hold.user_id == user_id, Hold.code == code))
        if hold is None:
            raise Problem("not-found", "This user has no such hold.")
        session.delete(hold)
        audit.record(
            session,
            ctx.now(),
            "staff.lift-hold",
            actor_id=caller.user_id,
            target=user_id,
            code=code,
        )
    return Response(status_code=204)


@router.post(
    "/terms",
    status_code=201,
    response_model=TermsPublishedOut,
    responses=problem_responses("conflict", *COMMON),
)
def publish_terms(body: TermsPublishIn, caller: StaffCaller, ctx: Ctx) -> dict[str, Any]:
    now = ctx.now()
    if body.effective_on < jst_date(now):
        raise Problem(
            "validation-error",
            errors=[{"field": "effective_on", "message": "Use today or a later date."}],
        )
    with ctx.tx() as session:
        staff.publish_terms(session, body.version, body.effective_on, body.texts, now)
        audit.record(session, now, "staff.terms", actor_id=caller.user_id, target=body.version)
    return {
        "version": body.version,
        "effective_on": body.effective_on.isoformat(),
        "languages": sorted(body.texts),
    }


@router.put("/client-policy", response_model=PolicyOut, responses=problem_responses(*COMMON))
def put_policy(body: PolicyIn, caller: StaffCaller, ctx: Ctx) -> dict[str, Any]:
    now = ctx.now()
    with ctx.tx() as session:
        policy = session.get(ClientPolicy, 1)
        assert policy is not None
        policy.data = body.model_dump(mode="json")
        policy.updated_at = now
        audit.record(session, now, "staff.policy", actor_id=caller.user_id)
        return policy_out(policy)


@router.get("/statistics", response_model=StatisticsOut, responses=problem_responses(*COMMON))
def get_statistics(
    caller: StaffCaller,
    ctx: Ctx,
    from_: Annotated[date | None, Query(alias="from")] = None,
    to: Annotated[date | None, Query()] = None,
) -> dict[str, Any]:
    today = jst_date(ctx.now())
    first, last = from_ or today - timedelta(days=30), to or today
    if last < first:
        raise Problem(
            "validation-error", errors=[{"field": "to", "message": "Use a date after 'from'."}]
        )
    with ctx.tx() as session:
        return staff.statistics(session, first, last)
