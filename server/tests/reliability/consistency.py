"""What "the database is consistent" means after a crash, as queries that list violations.

Each check returns human-readable lines, empty when all is well, so a failing
test says exactly which slot or user broke which rule.
"""

from __future__ import annotations

from hwserver.db import is_sqlite, make_engine
from hwserver.models import ACTIVE_STATUSES, AuditEvent, Booking, IdempotencyRecord, Office, Slot
from sqlalchemy import Engine, and_, func, select, text


def violations(database_url: str) -> list[str]:
    engine = make_engine(database_url)
    try:
        found = [
            *_storage_integrity(engine, database_url),
            *_counters_match_bookings(engine),
            *_capacity_respected(engine),
            *_one_active_booking_per_day(engine),
            *_idempotency_records_complete(engine),
            *_bookings_audited(engine),
        ]
    finally:
        engine.dispose()
    return found


def _storage_integrity(engine: Engine, database_url: str) -> list[str]:
    if not is_sqlite(database_url):
        return []
    with engine.connect() as conn:
        result = conn.execute(text("PRAGMA integrity_check")).scalar()
    return [] if result == "ok" else [f"SQLite integrity_check: {result}"]


def _counters_match_bookings(engine: Engine) -> list[str]:
    """A slot's `booked` counter is exactly its number of active bookings."""
    active = (
        select(Booking.slot_id, func.count().label("n"))
        .where(Booking.status.in_(ACTIVE_STATUSES))
        .group_by(Booking.slot_id)
        .subquery()
    )
    query = (
        select(Slot.id, Slot.booked, func.coalesce(active.c.n, 0))
        .outerjoin(active, active.c.slot_id == Slot.id)
        .where(Slot.booked != func.coalesce(active.c.n, 0))
    )
    with engine.connect() as conn:
        rows = conn.execute(query).all()
    return [f"slot {sid}: counter {booked} but {n} active bookings" for sid, booked, n in rows]


def _capacity_respected(engine: Engine) -> list[str]:
    capacity = func.coalesce(Slot.capacity, Office.capacity)
    query = (
        select(Slot.id, Slot.booked, capacity)
        .join(Office, Office.id == Slot.office_id)
        .where(Slot.booked > capacity)
    )
    with engine.connect() as conn:
        rows = conn.execute(query).all()
    return [f"slot {sid}: {booked} booked over capacity {cap}" for sid, booked, cap in rows]


def _one_active_booking_per_day(engine: Engine) -> list[str]:
    query = (
        select(Booking.user_id, Booking.jst_date, func.count())
        .where(Booking.status.in_(ACTIVE_STATUSES))
        .group_by(Booking.user_id, Booking.jst_date)
        .having(func.count() > 1)
    )
    with engine.connect() as conn:
        rows = conn.execute(query).all()
    return [f"user {uid}: {n} active bookings on {day}" for uid, day, n in rows]


def _idempotency_records_complete(engine: Engine) -> list[str]:
    """A stored key without its answer would make every retry fail or redo the work."""
    query = select(IdempotencyRecord.key).where(IdempotencyRecord.status_code.is_(None))
    with engine.connect() as conn:
        keys = conn.execute(query).scalars().all()
    return [f"idempotency key {key!r} stored without an answer" for key in keys]


def _bookings_audited(engine: Engine) -> list[str]:
    """The booking row and its audit event are written in one transaction: both or neither."""
    audited = and_(AuditEvent.action == "booking.create", AuditEvent.target == Booking.id)
    query = select(Booking.id).where(~select(AuditEvent.id).where(audited).exists())
    with engine.connect() as conn:
        ids = conn.execute(query).scalars().all()
    return [f"booking {bid} has no booking.create audit event" for bid in ids]


def count_bookings(database_url: str) -> int:
    engine = make_engine(database_url)
    try:
        with engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(Booking)).scalar_one())
    finally:
        engine.dispose()
