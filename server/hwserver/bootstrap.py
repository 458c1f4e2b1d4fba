"""Rows every database needs: the client policy and the device-hash salt."""

from __future__ import annotations

import secrets
from datetime import datetime

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from hwserver.db import transaction
from hwserver.models import ClientPolicy, ServerSecret
from hwserver.policy_defaults import default_policy


def ensure_defaults(factory: sessionmaker[Session], now: datetime, salt: str | None) -> str:
    """Seed what is missing (safe to run from several processes at once); returns the salt."""
    try:
        with transaction(factory) as session:
            if session.get(ClientPolicy, 1) is None:
                session.add(ClientPolicy(id=1, data=default_policy(), updated_at=now))
            if session.get(ServerSecret, "device_salt") is None:
                session.add(ServerSecret(name="device_salt", value=secrets.token_hex(32)))
    except IntegrityError:
        pass  # another process seeded first
    if salt:
        return salt
    with transaction(factory) as session:
        row = session.get(ServerSecret, "device_salt")
        assert row is not None
        return row.value
