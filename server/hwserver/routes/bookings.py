"""Bookings of the signed-in user: book, list, show, cancel, join, export to a calendar."""

from __future__ import annotations

import logging
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Header, Query, Request, Response
from fastapi.responses import JSONResponse
from sqlalchemy import select
from sqlalchemy.orm import Session

from hwserver import audit, idempotency
from hwserver import booking_service as bookings
from hwserver.calendar_export import booking_ics
from hwserver.deps import (
    Caller,
    Ctx,
    CurrentCaller,
    SignedIn,
    SignedInToken,
    caller_in,
    keep_alive,
)
from hwserver.mail import compose
from hwserver.models import Booking, Office, User
from hwserver.problems import Problem, problem_responses
from hwserver.schemas import BookingIn, BookingOut, CancelIn, JoinOut
from hwserver.texts import format_session_time
from hwserver.views import booking_out

router = APIRouter(tags=["bookings"])
log = logging.getLogger("hwserver")


def own_booking(session: Session, caller: Caller, booking_id: str) -> tuple[Booking, Office]:
    """Another user's booking is answered exactly like a missing one."""
    booking = session.get(Booking, booking_id)
    if booking is None or booking.user_id != caller.user_id:
        raise Problem("not-found", "There is no such booking.")
    office = session.get(Office, booking.office_id)
    assert office is not None
    return booking, office


def booking_mail(
    kind: str, ctx: Ctx, user: User, booking: Booking, office: Office, reason: str | None = None
) -> Any:
    language = user.preferred_language
    return compose.booking_mail(
        kind,
        ctx.settings.mail_from,
        user.email,
        language,
        name=user.name,
        when=format_session_time(language, booking.start, booking.end),
        office=office.name_ja if language.startswith("ja") else office.name_en,
        phone=office.phone,
        companions=list(booking.companions),
        reason=reason,
    )


@router.post(
    "/bookings",
    status_code=201,
    response_model=BookingOut,
    responses=problem_responses(
        "unauthenticated",
        "consent-required",
        "slot-unavailable",
        "one-per-day",
        "booking-suspended",
        "eligibility-hold",
        "validation-error",
        "idempotency-key-reused",
    ),
)
def create(
    body: BookingIn,
    token: SignedInToken,
    http: Request,
    ctx: Ctx,
    idempotency_key: Annotated[str | None, Header()] = None,
) -> JSONResponse:
    """The busiest write: the signed-in lookup runs in the booking's own transaction."""
    signed_in: SignedIn | None = None

    def who(session: Session) -> str:
        nonlocal signed_in
        signed_in = caller_in(session, http, ctx, token)
        return signed_in.caller.user_id

    request = bookings.BookingRequest(
        slot_id=body.slot_id,
        companions=[c.model_dump() for c in body.companions],
        interpreter_language=body.interpreter_language,
        note=body.note,
    )

    def work(session: Session, mails: list[Any]) -> tuple[int, Any]:
        assert signed_in is not None
        caller = signed_in.caller
        now = ctx.now()
        new = bookings.create_booking(
            session, caller.user_id, request, now, ctx.meetings, caller.device_hash
        )
        booking, office, user = new.booking, new.office, new.user
        mails.append(lambda: booking_mail("booking_confirmed", ctx, user, booking, office))
        return 201, booking_out(booking, office)

    fingerprint = idempotency.fingerprint("POST", "/v1/bookings", body.model_dump())
    try:
        return idempotency.run(ctx, who, idempotency_key, fingerprint, work)
    finally:
        if signed_in is not None:
            _keep_alive_after(ctx, signed_in)


def _keep_alive_after(ctx: Ctx, signed_in: SignedIn) -> None:
    """After the booking's commit a failed expiry slide is logged, not turned into a 500
    that would hide the booking just made (the next request slides again)."""
    try:
        keep_alive(ctx, signed_in)
    except Exception:
        log.exception("could not extend the session after a booking")


@router.get(
    "/bookings", response_model=list[BookingOut], responses=problem_responses("unauthenticated")
)
def list_bookings(
    caller: CurrentCaller,
    ctx: Ctx,
    scope: Annotated[Literal["upcoming", "past", "all"], Query()] = "upcoming",
) -> list[dict[str, Any]]:
    now = ctx.now()
    with ctx.tx() as session:
        query = (
            select(Booking, Office)
            .join(Office, Office.id == Booking.office_id)
            .where(Booking.user_id == caller.user_id)
        )
        if scope == "upcoming":
            query = query.where(Booking.end > now).order_by(Booking.start)
        elif scope == "past":
            query = query.where(Booking.end <= now).order_by(Booking.start.desc())
        else:
            query = query.order_by(Booking.start)
        return [booking_out(b, o) for b, o in session.execute(query)]


@router.get(
    "/bookings/{booking_id}",
    response_model=BookingOut,
    responses=problem_responses("unauthenticated", "not-found"),
)
def get_booking(booking_id: str, caller: CurrentCaller, ctx: Ctx) -> dict[str, Any]:
    with ctx.tx() as session:
        return booking_out(*own_booking(session, caller, booking_id))


@router.post(
    "/bookings/{booking_id}/cancel",
    response_model=BookingOut,
    responses=problem_responses(
        "unauthenticated",
        "too-late-to-cancel",
        "booking-not-active",
        "not-found",
        "idempotency-key-reused",
    ),
)
def cancel(
    booking_id: str,
    caller: CurrentCaller,
    ctx: Ctx,
    body: CancelIn | None = None,
    idempotency_key: Annotated[str | None, Header()] = None,
) -> JSONResponse:
    reason = body.reason if body else None

    def work(session: Session, mails: list[Any]) -> tuple[int, Any]:
        now = ctx.now()
        booking, office = own_booking(session, caller, booking_id)
        bookings.cancel_by_user(session, booking, now, reason)
        user = session.get(User, caller.user_id)
        assert user is not None
        audit.record(
            session,
            now,
            "booking.cancel",
            actor_id=user.id,
            target=booking.id,
            device_hash=caller.device_hash,
        )
        mails.append(lambda: booking_mail("booking_cancelled", ctx, user, booking, office))
        return 200, booking_out(booking, office)

    fingerprint = idempotency.fingerprint(
        "POST", f"/v1/bookings/{booking_id}/cancel", {"reason": reason}
    )
    return idempotency.run(ctx, caller.user_id, idempotency_key, fingerprint, work)


@router.get(
    "/bookings/{booking_id}/join",
    response_model=JoinOut,
    responses=problem_responses(
        "unauthenticated", "join-not-open", "booking-not-active", "not-found"
    ),
)
def join(booking_id: str, caller: CurrentCaller, ctx: Ctx) -> dict[str, Any]:
    now = ctx.now()
    with ctx.tx() as session:
        booking, _office = own_booking(session, caller, booking_id)
        bookings.record_join(booking, now)
        audit.record(
            session,
            now,
            "booking.join",
            actor_id=caller.user_id,
            target=booking.id,
            device_hash=caller.device_hash,
        )
        return {
            "provider": ctx.meetings.name,
            "join_url": booking.join_url,
            "meeting_id": booking.meeting_id,
            "passcode": booking.passcode,
        }


@router.get(
    "/bookings/{booking_id}/calendar.ics",
    responses={
        200: {"content": {"text/calendar": {}}, "description": "RFC 5545 calendar"},
        **problem_responses("unauthenticated", "not-found"),
    },
    response_class=Response,
)
def calendar(booking_id: str, caller: CurrentCaller, ctx: Ctx) -> Response:
    with ctx.tx() as session:
        booking, office = own_booking(session, caller, booking_id)
        user = session.get(User, caller.user_id)
        assert user is not None
        body = booking_ics(booking, office, user.preferred_language, ctx.now())
    return Response(
        body,
        media_type="text/calendar; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="booking-{booking_id}.ics"'},
    )
