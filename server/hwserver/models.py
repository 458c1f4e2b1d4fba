"""Database schema (ORM). Alembic migrations under migrations/ create these tables.

Race-safety lives here, as constraints the database enforces for every server
process: a slot row's `booked` counter is only raised by a conditional UPDATE
(see booking_service), and `uq_bookings_user_day_active` forbids a second
active booking for one user on one Japan-time day.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from hwserver.db import UTCDateTime

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

ACTIVE_STATUSES = ("booked", "attended")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime(),
        dict[str, Any]: JSON,
        list[Any]: JSON,
    }


class User(Base):
    __tablename__ = "users"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    email: Mapped[str] = mapped_column(String(320), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(16), default="user")  # user | staff
    status: Mapped[str] = mapped_column(String(16), default="pending")  # pending | active
    name: Mapped[str] = mapped_column(String(200), default="")
    name_kana: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    address: Mapped[str | None] = mapped_column(String(500))
    job_seeker_number: Mapped[str | None] = mapped_column(String(20))
    preferred_language: Mapped[str] = mapped_column(String(16), default="ja")
    home_office_id: Mapped[str | None] = mapped_column(
        ForeignKey("offices.id", ondelete="SET NULL")
    )
    consented_terms_version: Mapped[str | None] = mapped_column(String(40))
    consented_at: Mapped[datetime | None]
    created_at: Mapped[datetime]
    verified_at: Mapped[datetime | None]
    password_changed_at: Mapped[datetime]
    last_seen_at: Mapped[datetime]


class LoginThrottle(Base):
    """Failed sign-ins per e-mail hash, kept for unknown addresses too (no enumeration)."""

    __tablename__ = "login_throttle"

    email_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None]
    updated_at: Mapped[datetime]


class MailThrottle(Base):
    """Registration mails per address hash and hour, so nobody can use us to flood a mailbox."""

    __tablename__ = "mail_throttle"

    email_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    window_start: Mapped[datetime]
    sent: Mapped[int] = mapped_column(Integer, default=0)


class AuthToken(Base):
    __tablename__ = "auth_tokens"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime]
    last_used_at: Mapped[datetime]
    expires_at: Mapped[datetime] = mapped_column(index=True)


class VerificationToken(Base):
    __tablename__ = "verification_tokens"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime]
    used_at: Mapped[datetime | None]


class Hold(Base):
    """Something that stops a user from booking: a no-show suspension or an eligibility hold."""

    __tablename__ = "holds"
    __table_args__ = (UniqueConstraint("user_id", "code"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(40))
    since: Mapped[datetime]
    until: Mapped[datetime | None]
    note: Mapped[str | None] = mapped_column(String(500))


class Office(Base):
    __tablename__ = "offices"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    name_ja: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))
    prefecture: Mapped[str] = mapped_column(String(8), index=True)  # ISO 3166-2, e.g. JP-13
    phone: Mapped[str] = mapped_column(String(40))
    languages: Mapped[list[Any]] = mapped_column(JSON, default=list)
    opens: Mapped[str] = mapped_column(String(5), default="08:30")
    closes: Mapped[str] = mapped_column(String(5), default="17:15")
    slot_minutes: Mapped[int] = mapped_column(Integer, default=30)
    capacity: Mapped[int] = mapped_column(Integer, default=1)
    min_notice_minutes: Mapped[int] = mapped_column(Integer, default=24 * 60)
    horizon_days: Mapped[int] = mapped_column(Integer, default=28)
    open_weekdays: Mapped[list[Any]] = mapped_column(JSON, default=lambda: [0, 1, 2, 3, 4])
    closed_on_holidays: Mapped[bool] = mapped_column(Boolean, default=True)
    no_show_limit: Mapped[int] = mapped_column(Integer, default=2)
    no_show_window_days: Mapped[int] = mapped_column(Integer, default=90)
    suspension_days: Mapped[int] = mapped_column(Integer, default=30)
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)


class ClosedDay(Base):
    __tablename__ = "closed_days"

    office_id: Mapped[str] = mapped_column(
        ForeignKey("offices.id", ondelete="CASCADE"), primary_key=True
    )
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    reason: Mapped[str | None] = mapped_column(String(200))


class Slot(Base):
    """A bookable time at an office. Rows appear on first use; `booked` is the live count."""

    __tablename__ = "slots"
    __table_args__ = (
        UniqueConstraint("office_id", "start"),
        CheckConstraint("booked >= 0", name="booked_not_negative"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    office_id: Mapped[str] = mapped_column(ForeignKey("offices.id", ondelete="CASCADE"))
    start: Mapped[datetime]
    end: Mapped[datetime]
    capacity: Mapped[int | None] = mapped_column(Integer)  # staff override of office capacity
    booked: Mapped[int] = mapped_column(Integer, default=0)


class Booking(Base):
    __tablename__ = "bookings"
    __table_args__ = (
        Index(
            "uq_bookings_user_day_active",
            "user_id",
            "jst_date",
            unique=True,
            sqlite_where=text("status IN ('booked', 'attended')"),
            postgresql_where=text("status IN ('booked', 'attended')"),
        ),
        Index("ix_bookings_office_start", "office_id", "start"),
        Index("ix_bookings_status_start", "status", "start"),
    )

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    user_id: Mapped[str | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    office_id: Mapped[str] = mapped_column(ForeignKey("offices.id", ondelete="CASCADE"))
    slot_id: Mapped[int] = mapped_column(ForeignKey("slots.id", ondelete="CASCADE"))
    start: Mapped[datetime]
    end: Mapped[datetime]
    jst_date: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(24), default="booked")
    companions: Mapped[list[Any]] = mapped_column(JSON, default=list)
    interpreter_language: Mapped[str | None] = mapped_column(String(35))
    note: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[datetime]
    cancelled_at: Mapped[datetime | None]
    cancel_reason: Mapped[str | None] = mapped_column(String(500))
    joined_at: Mapped[datetime | None]
    meeting_id: Mapped[str] = mapped_column(String(32))
    passcode: Mapped[str] = mapped_column(String(32))
    join_url: Mapped[str] = mapped_column(String(500))


class TermsVersion(Base):
    __tablename__ = "terms_versions"

    version: Mapped[str] = mapped_column(String(40), primary_key=True)
    effective_on: Mapped[date] = mapped_column(Date, index=True)
    published_at: Mapped[datetime]


class TermsText(Base):
    __tablename__ = "terms_texts"

    version: Mapped[str] = mapped_column(
        ForeignKey("terms_versions.version", ondelete="CASCADE"), primary_key=True
    )
    language: Mapped[str] = mapped_column(String(16), primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text)
    changes_summary: Mapped[str | None] = mapped_column(Text)


class ClientPolicy(Base):
    __tablename__ = "client_policy"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    updated_at: Mapped[datetime]


class EnvironmentReport(Base):
    __tablename__ = "environment_reports"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime]
    device_hash: Mapped[str | None] = mapped_column(String(64))
    client_version: Mapped[str | None] = mapped_column(String(40))
    report: Mapped[dict[str, Any]] = mapped_column(JSON)


class IdempotencyRecord(Base):
    __tablename__ = "idempotency_keys"
    __table_args__ = (UniqueConstraint("user_id", "key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(255))
    request_hash: Mapped[str] = mapped_column(String(64))
    status_code: Mapped[int | None] = mapped_column(Integer)
    response_body: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(index=True)


class ServerSecret(Base):
    __tablename__ = "server_secrets"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))


class AuditEvent(Base):
    """Who did what, when, from which device (hashed). No passwords, tokens or e-mails."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(index=True)
    actor_id: Mapped[str | None] = mapped_column(String(32), index=True)
    action: Mapped[str] = mapped_column(String(60))
    target: Mapped[str | None] = mapped_column(String(80))
    device_hash: Mapped[str | None] = mapped_column(String(64))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
