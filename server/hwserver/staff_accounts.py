"""Staff accounts are made by operators (`hwserver create-staff`), never through the API."""

from __future__ import annotations

from sqlalchemy import select

from hwserver.context import AppContext
from hwserver.models import User
from hwserver.security import hash_password, new_id, normalise_email, password_problem


def create_staff(ctx: AppContext, email: str, password: str, name: str = "") -> str:
    """Create (or promote and reset) a verified staff account; returns its id."""
    reason = password_problem(password, email)
    if reason:
        raise ValueError(reason)
    address = normalise_email(email)
    password_hash = hash_password(password)
    now = ctx.now()
    with ctx.tx() as session:
        user = session.scalar(select(User).where(User.email == address))
        if user is None:
            user = User(
                id=new_id(),
                email=address,
                created_at=now,
                last_seen_at=now,
                preferred_language="ja",
                name=name or address.split("@")[0],
            )
            session.add(user)
        user.role, user.status = "staff", "active"
        user.password_hash, user.password_changed_at = password_hash, now
        user.verified_at = user.verified_at or now
        return user.id
