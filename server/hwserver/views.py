"""ORM rows → the JSON shapes of API.md (the one place that decides what leaves the server)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hwserver.models import Booking, Hold, Office, User
from hwserver.prefectures import PREFECTURES
from hwserver.terms_service import current_version
from hwserver.timeutil import iso_jst, jst_date

JOIN_OPENS_BEFORE = timedelta(minutes=10)
JOIN_CLOSES_AFTER = timedelta(minutes=10)
PASSWORD_MAX_AGE = timedelta(days=180)


def iso(when: datetime | None) -> str | None:
    return iso_jst(when) if when else None


def active_holds(session: Session, user_id: str, now: datetime) -> list[Hold]:
    holds = session.scalars(select(Hold).where(Hold.user_id == user_id).order_by(Hold.since))
    return [h for h in holds if h.until is None or h.until > now]


def me_out(session: Session, user: User, now: datetime) -> dict[str, Any]:
    terms = current_version(session, jst_date(now))
    current = terms.version if terms else None
    return {
        "id": user.id,
        "email": user.email,
        "name": user.name,
        "name_kana": user.name_kana,
        "phone": user.phone,
        "address": user.address,
        "job_seeker_number": user.job_seeker_number,
        "preferred_language": user.preferred_language,
        "home_office_id": user.home_office_id,
        "consented_terms_version": user.consented_terms_version,
        "terms_consent_required": current is not None and user.consented_terms_version != current,
        "password_changed_at": iso(user.password_changed_at),
        "password_change_due": now - user.password_changed_at > PASSWORD_MAX_AGE,
        "role": user.role,
        "holds": [
            {"code": h.code, "since": iso(h.since), "until": iso(h.until)}
            for h in active_holds(session, user.id, now)
        ],
    }


def office_out(office: Office) -> dict[str, Any]:
    return {
        "id": office.id,
        "name": {"ja": office.name_ja, "en": office.name_en},
        "prefecture": office.prefecture,
        "prefecture_name": PREFECTURES.get(office.prefecture, {"ja": "", "en": ""}),
        "phone": office.phone,
        "languages": list(office.languages),
        "hours": {"opens": office.opens, "closes": office.closes},
        "slot_minutes": office.slot_minutes,
        "is_demo": office.is_demo,
    }


def booking_out(booking: Booking, office: Office) -> dict[str, Any]:
    return {
        "id": booking.id,
        "office_id": office.id,
        "office_name": {"ja": office.name_ja, "en": office.name_en},
        "office_phone": office.phone,
        "start": iso(booking.start),
        "end": iso(booking.end),
        "status": booking.status,
        "companions": list(booking.companions),
        "interpreter_language": booking.interpreter_language,
        "note": booking.note,
        "join_opens_at": iso(booking.start - JOIN_OPENS_BEFORE),
        "join_closes_at": iso(booking.start + JOIN_CLOSES_AFTER),
        "created_at": iso(booking.created_at),
        "cancelled_at": iso(booking.cancelled_at),
        "cancel_reason": booking.cancel_reason,
    }
