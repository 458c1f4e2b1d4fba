"""Registration, e-mail verification, sign-in with lockout, and account deletion.

Registration and sign-in never reveal whether an address is registered: the
answer, and the work done (one argon2 hash, one mail), are the same either way.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from hwserver import audit
from hwserver.booking_service import cancel
from hwserver.deps import SESSION_LIFETIME
from hwserver.mail import compose
from hwserver.models import (
    AuthToken,
    Booking,
    LoginThrottle,
    MailThrottle,
    User,
    VerificationToken,
)
from hwserver.problems import Problem
from hwserver.schemas import RegistrationIn
from hwserver.security import (
    burn_password_check,
    email_key,
    hash_password,
    new_id,
    new_token,
    normalise_email,
    token_hash,
    verify_password,
)

VERIFICATION_LIFETIME = timedelta(hours=24)
LOCKOUT_AFTER = 5
LOCKOUT_FOR = timedelta(minutes=15)
MAILS_PER_HOUR = 3
MAIL_WINDOW = timedelta(hours=1)


@dataclass(frozen=True)
class MailSettings:
    sender: str
    public_base: str


def mail_allowed(session: Session, email: str, now: datetime) -> bool:
    """At most MAILS_PER_HOUR registration mails to one address, whoever asks."""
    key = email_key(email)
    row = session.get(MailThrottle, key)
    if row is None:
        session.add(MailThrottle(email_hash=key, window_start=now, sent=1))
        return True
    if now - row.window_start >= MAIL_WINDOW:
        row.window_start, row.sent = now, 0
    row.sent += 1
    return row.sent <= MAILS_PER_HOUR


def register(
    session: Session, body: RegistrationIn, password_hash: str, now: datetime, mail: MailSettings
) -> EmailMessage | None:
    """Create (or replace an unverified) account; returns the one mail to send, if allowed."""
    email = normalise_email(str(body.email))
    allowed = mail_allowed(session, email, now)
    existing = session.scalar(select(User).where(User.email == email))
    if existing is not None and existing.status == "active":
        audit.record(session, now, "account.register-again", actor_id=existing.id)
        if not allowed:
            return None
        return compose.already_registered(mail.sender, email, existing.preferred_language)
    if existing is not None:  # unverified: whoever proves the mailbox last wins
        session.delete(existing)
        session.flush()
    user = User(
        id=new_id(),
        email=email,
        password_hash=password_hash,
        role="user",
        status="pending",
        name=body.name,
        name_kana=body.name_kana,
        phone=body.phone,
        address=body.address,
        job_seeker_number=body.job_seeker_number,
        preferred_language=body.preferred_language,
        created_at=now,
        password_changed_at=now,
        last_seen_at=now,
    )
    session.add(user)
    session.flush()  # the token row refers to the user row
    token = new_token()
    session.add(VerificationToken(token_hash=token_hash(token), user_id=user.id, created_at=now))
    audit.record(session, now, "account.register", actor_id=user.id)
    url = f"{mail.public_base}/verify?token={token}"
    if not allowed:
        return None
    return compose.verification(mail.sender, email, user.preferred_language, user.name, url)


def verify(session: Session, token: str, now: datetime) -> User:
    row = session.get(VerificationToken, token_hash(token))
    if row is None or row.used_at is not None or now - row.created_at > VERIFICATION_LIFETIME:
        raise Problem("invalid-token", "This link is not valid any more. Please register again.")
    user = session.get(User, row.user_id)
    if user is None:
        raise Problem("invalid-token")
    row.used_at = now
    user.status = "active"
    user.verified_at = user.verified_at or now
    user.last_seen_at = now
    audit.record(session, now, "account.verify", actor_id=user.id)
    return user


@dataclass(frozen=True)
class LoginCandidate:
    user_id: str | None
    password_hash: str | None
    throttle_key: str


def login_candidate(session: Session, email: str, now: datetime) -> LoginCandidate:
    """Look up the account (if any) and refuse early while the address is locked."""
    key = email_key(email)
    throttle = session.get(LoginThrottle, key)
    if throttle and throttle.locked_until and throttle.locked_until > now:
        retry = math.ceil((throttle.locked_until - now).total_seconds())
        raise Problem("account-locked", "Please wait, then try again.", retry_after=retry)
    user = session.scalar(select(User).where(User.email == normalise_email(email)))
    return LoginCandidate(user.id if user else None, user.password_hash if user else None, key)


def check_password(candidate: LoginCandidate, password: str) -> bool:
    """Slow on purpose; run outside any transaction. Unknown e-mails cost the same."""
    if candidate.password_hash is None:
        burn_password_check(password)
        return False
    return verify_password(candidate.password_hash, password)


def record_failure(session: Session, key: str, now: datetime) -> int | None:
    """Count a failed sign-in; returns retry_after seconds when this failure locks."""
    throttle = session.get(LoginThrottle, key)
    if throttle is None:
        throttle = LoginThrottle(email_hash=key, failures=0, updated_at=now)
        session.add(throttle)
    throttle.failures += 1
    throttle.updated_at = now
    if throttle.failures >= LOCKOUT_AFTER:
        throttle.failures = 0
        throttle.locked_until = now + LOCKOUT_FOR
        return int(LOCKOUT_FOR.total_seconds())
    return None


def start_session(session: Session, user: User, key: str, now: datetime) -> tuple[str, datetime]:
    session.execute(delete(LoginThrottle).where(LoginThrottle.email_hash == key))
    token = new_token()
    expires = now + SESSION_LIFETIME
    session.add(
        AuthToken(
            token_hash=token_hash(token),
            user_id=user.id,
            created_at=now,
            last_used_at=now,
            expires_at=expires,
        )
    )
    user.last_seen_at = now
    return token, expires


def delete_account(session: Session, user: User, now: datetime, why: str) -> None:
    """Remove personal data; future bookings are cancelled, past ones stay anonymous."""
    future = session.scalars(
        select(Booking).where(Booking.user_id == user.id, Booking.status == "booked")
    )
    for booking in list(future):
        cancel(session, booking, now, "cancelled", "account deleted")
    audit.record(session, now, "account.delete", actor_id=user.id, reason=why)
    session.delete(user)


def hash_new_password(password: str) -> str:
    return hash_password(password)


def revoke_other_sessions(session: Session, user_id: str, keep_hash: str | None) -> None:
    query = delete(AuthToken).where(AuthToken.user_id == user_id)
    if keep_hash:
        query = query.where(AuthToken.token_hash != keep_hash)
    session.execute(query)
