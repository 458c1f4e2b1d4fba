"""Periodic housekeeping: no-shows, suspensions, inactive accounts, expired records.

Every step is a set-based, conditional UPDATE/DELETE, so running it from
several processes at once (each `serve` sweeps every minute) is harmless.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from hwserver import audit
from hwserver.accounts_service import VERIFICATION_LIFETIME, delete_account
from hwserver.booking_service import SUSPENSION_HOLD
from hwserver.context import AppContext
from hwserver.models import (
    AuthToken,
    Booking,
    Hold,
    IdempotencyRecord,
    LoginThrottle,
    MailThrottle,
    Office,
    User,
    VerificationToken,
)
from hwserver.views import JOIN_CLOSES_AFTER

log = logging.getLogger("hwserver.sweep")
INACTIVE_AFTER = timedelta(days=365)
IDEMPOTENCY_KEEP = timedelta(days=2)
UNVERIFIED_KEEP = timedelta(days=7)


@dataclass
class SweepResult:
    no_shows: int = 0
    suspended: int = 0
    deleted_accounts: int = 0
    expired_tokens: int = 0


def run_sweep(ctx: AppContext) -> SweepResult:
    result = SweepResult()
    now = ctx.now()
    with ctx.tx() as session:
        newly_missed = mark_no_shows(session, now)
        result.no_shows = len(newly_missed)
    with ctx.tx() as session:
        result.suspended = suspend_repeat_no_shows(session, {u for u, _ in newly_missed}, now)
    with ctx.tx() as session:
        result.deleted_accounts = delete_inactive_accounts(session, now)
    with ctx.tx() as session:
        result.expired_tokens = delete_expired(session, now)
    if result.no_shows or result.suspended or result.deleted_accounts:
        log.info("sweep: %s", result)
    return result


def mark_no_shows(session: Session, now: datetime) -> list[tuple[str, str]]:
    """`booked` and never joined 10 minutes after the start → no_show. Returns (user, office)."""
    due = session.execute(
        select(Booking.id, Booking.user_id, Booking.office_id).where(
            Booking.status == "booked",
            Booking.joined_at.is_(None),
            Booking.start <= now - JOIN_CLOSES_AFTER,
        )
    ).all()
    marked = []
    for booking_id, user_id, office_id in due:
        changed = session.execute(
            update(Booking)
            .where(Booking.id == booking_id, Booking.status == "booked")
            .values(status="no_show")
            .execution_options(synchronize_session=False)
        ).rowcount
        if changed and user_id:
            marked.append((user_id, office_id))
            audit.record(session, now, "booking.no-show", actor_id=None, target=booking_id)
    return marked


def suspend_repeat_no_shows(session: Session, user_ids: set[str], now: datetime) -> int:
    """N no-shows within the office's window suspend booking for its suspension length."""
    suspended = 0
    for user_id in user_ids:
        office = _latest_no_show_office(session, user_id)
        if office is None:
            continue
        window_start = now - timedelta(days=office.no_show_window_days)
        count = session.scalar(
            select(func.count())
            .select_from(Booking)
            .where(
                Booking.user_id == user_id,
                Booking.status == "no_show",
                Booking.start >= window_start,
            )
        )
        if (count or 0) >= office.no_show_limit and _suspend(session, user_id, office, now):
            suspended += 1
    return suspended


def _latest_no_show_office(session: Session, user_id: str) -> Office | None:
    office_id = session.scalar(
        select(Booking.office_id)
        .where(Booking.user_id == user_id, Booking.status == "no_show")
        .order_by(Booking.start.desc())
        .limit(1)
    )
    return session.get(Office, office_id) if office_id else None


def _suspend(session: Session, user_id: str, office: Office, now: datetime) -> bool:
    until = now + timedelta(days=office.suspension_days)
    existing = session.scalar(
        select(Hold).where(Hold.user_id == user_id, Hold.code == SUSPENSION_HOLD)
    )
    if existing is not None:
        if existing.until is not None and existing.until > now:
            return False
        existing.since, existing.until = now, until
    else:
        try:
            with session.begin_nested():
                session.add(Hold(user_id=user_id, code=SUSPENSION_HOLD, since=now, until=until))
        except IntegrityError:
            return False
    audit.record(session, now, "user.suspend", actor_id=None, target=user_id)
    return True


def delete_inactive_accounts(session: Session, now: datetime) -> int:
    """Accounts unused for over a year, and registrations never confirmed within a week."""
    stale = list(
        session.scalars(
            select(User).where(User.role == "user", User.last_seen_at < now - INACTIVE_AFTER)
        )
    )
    stale += list(
        session.scalars(
            select(User).where(User.status == "pending", User.created_at < now - UNVERIFIED_KEEP)
        )
    )
    seen: set[str] = set()
    for user in stale:
        if user.id not in seen:
            seen.add(user.id)
            delete_account(session, user, now, "inactive")
    return len(seen)


def delete_expired(session: Session, now: datetime) -> int:
    tokens = session.execute(delete(AuthToken).where(AuthToken.expires_at <= now)).rowcount
    session.execute(
        delete(VerificationToken).where(VerificationToken.created_at < now - VERIFICATION_LIFETIME)
    )
    session.execute(
        delete(IdempotencyRecord).where(IdempotencyRecord.created_at < now - IDEMPOTENCY_KEEP)
    )
    session.execute(delete(MailThrottle).where(MailThrottle.window_start < now - timedelta(days=1)))
    session.execute(
        delete(LoginThrottle).where(
            LoginThrottle.updated_at < now - timedelta(days=1),
            (LoginThrottle.locked_until.is_(None)) | (LoginThrottle.locked_until < now),
        )
    )
    return tokens or 0
