"""Offices and their bookable slots (public: people look before they register)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Query
from fastapi.responses import JSONResponse
from sqlalchemy import select

from hwserver.booking_service import closed_days, rules_of, slot_rows
from hwserver.context import AppContext
from hwserver.db import read_transaction
from hwserver.deps import Ctx
from hwserver.models import Office
from hwserver.office_calendar import bookable_starts, slot_public_id
from hwserver.prefectures import prefecture_code
from hwserver.problems import Problem, problem_responses
from hwserver.schemas import OfficeOut, SlotOut
from hwserver.timeutil import iso_jst, jst_date
from hwserver.views import office_out

router = APIRouter(tags=["offices"])
MAX_RANGE_DAYS = 92


@router.get("/offices", response_model=list[OfficeOut])
def list_offices(
    ctx: Ctx,
    prefecture: Annotated[str | None, Query(max_length=20)] = None,
    language: Annotated[str | None, Query(max_length=35)] = None,
) -> list[dict[str, Any]]:
    with ctx.tx() as session:
        offices = list(session.scalars(select(Office).order_by(Office.prefecture, Office.id)))
    if prefecture:
        code = prefecture_code(prefecture)
        offices = [o for o in offices if o.prefecture == code]
    if language:
        wanted = language.lower().replace("_", "-")
        offices = [o for o in offices if any(_speaks(tag, wanted) for tag in o.languages)]
    return [office_out(o) for o in offices]


def _speaks(tag: str, wanted: str) -> bool:
    tag = tag.lower()
    return tag == wanted or tag.startswith(wanted + "-") or wanted.startswith(tag + "-")


@router.get(
    "/offices/{office_id}", response_model=OfficeOut, responses=problem_responses("not-found")
)
def get_office(office_id: str, ctx: Ctx) -> dict[str, Any]:
    with ctx.tx() as session:
        office = session.get(Office, office_id)
        if office is None:
            raise Problem("not-found", "There is no office with this id.")
        return office_out(office)


@router.get(
    "/offices/{office_id}/slots",
    response_model=list[SlotOut],
    responses=problem_responses("not-found", "validation-error"),
)
def list_slots(
    office_id: str,
    ctx: Ctx,
    from_: Annotated[date | None, Query(alias="from")] = None,
    to: Annotated[date | None, Query()] = None,
) -> JSONResponse:
    """The most requested page. Read-only lookups (no write lock on SQLite, no BEGIN and
    COMMIT on PostgreSQL), and the list goes out as built: re-validating a few hundred
    slots against the response model cost more CPU than finding them."""
    return JSONResponse(_free_slots(ctx, office_id, from_, to))


def _free_slots(
    ctx: AppContext, office_id: str, from_: date | None, to: date | None
) -> list[dict[str, Any]]:
    now = ctx.now()
    with read_transaction(ctx.sessions) as session:
        office = session.get(Office, office_id)
        if office is None:
            raise Problem("not-found", "There is no office with this id.")
        first = from_ or jst_date(now)
        last = to or (jst_date(now) + timedelta(days=office.horizon_days))
        if last < first or (last - first).days > MAX_RANGE_DAYS:
            raise Problem(
                "validation-error",
                errors=[{"field": "to", "message": f"Use a range of 0 to {MAX_RANGE_DAYS} days."}],
            )
        starts = bookable_starts(
            rules_of(office), first, last, now, closed_days(session, office.id, first, last)
        )
        if not starts:
            return []
        rows = slot_rows(session, office.id, starts[0], starts[-1])
        capacity = office.capacity
        minutes = timedelta(minutes=office.slot_minutes)
    result = []
    for start in starts:
        row = rows.get(start)
        free = (row.capacity if row and row.capacity is not None else capacity) - (
            row.booked if row else 0
        )
        if free >= 1:
            result.append(
                {
                    "id": slot_public_id(office_id, start),
                    "start": iso_jst(start),
                    "end": iso_jst(start + minutes),
                    "available": free,
                }
            )
    return result
