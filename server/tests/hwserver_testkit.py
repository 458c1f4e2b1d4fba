"""Test kit: a real hwserver app on a temporary SQLite file, driven over HTTP.

`api` is Starlette's TestClient (httpx through the ASGI app, the real routing,
middleware and database). The clock is injected so every rule can be put at
its edge. Users for rule tests are inserted directly (scenario set-up only:
argon2 costs ~0.2 s per hash); the account flows themselves are tested through
the API in test_accounts.py.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from pathlib import Path

from fastapi.testclient import TestClient
from hwserver.app import create_app
from hwserver.clock import MutableClock
from hwserver.context import AppContext
from hwserver.mail import read_outbox
from hwserver.models import AuthToken, User
from hwserver.security import hash_password, new_id, new_token, token_hash
from hwserver.settings import Settings
from hwserver.timeutil import JST

PASSWORD = "correct horse battery"
PASSWORD_HASH = hash_password(PASSWORD)
# A Monday in an ordinary week (no holiday nearby): 2026-12-07 10:00 Japan time.
MONDAY_MORNING = datetime(2026, 12, 7, 10, 0, tzinfo=JST)


@dataclass
class Server:
    client: TestClient
    ctx: AppContext
    clock: MutableClock
    outbox: Path

    def mails(self) -> list[EmailMessage]:
        return read_outbox(self.outbox)

    def add_user(
        self,
        email: str | None = None,
        *,
        consent: bool = True,
        role: str = "user",
        language: str = "ja",
        status: str = "active",
    ) -> SignedInUser:
        """Insert a verified user and a session token (set-up only; flows use the API)."""
        now = self.clock.now()
        user_id = new_id()
        email = email or f"user-{user_id}@example.jp"
        token = new_token()
        with self.ctx.tx() as session:
            session.add(
                User(
                    id=user_id,
                    email=email,
                    password_hash=PASSWORD_HASH,
                    role=role,
                    status=status,
                    name="Test User",
                    preferred_language=language,
                    created_at=now,
                    verified_at=now,
                    password_changed_at=now,
                    last_seen_at=now,
                    consented_terms_version="1.1" if consent else None,
                    job_seeker_number="13010-1234567",
                )
            )
            session.flush()
            session.add(
                AuthToken(
                    token_hash=token_hash(token),
                    user_id=user_id,
                    created_at=now,
                    last_used_at=now,
                    expires_at=now.replace(year=now.year + 1),
                )
            )
        return SignedInUser(user_id, email, token)


@dataclass
class SignedInUser:
    id: str
    email: str
    token: str

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


_TEMPLATES: dict[datetime, Path] = {}


def _template_database(start: datetime) -> Path:
    """Migrate and seed once per start time, then copy: keeps each test's set-up fast."""
    if start not in _TEMPLATES:
        folder = Path(tempfile.mkdtemp(prefix="hwserver-template-"))
        config = Settings(
            database_url=f"sqlite:///{folder / 'db.sqlite3'}",
            mail_outbox=folder / "outbox",
            demo=True,
            sweep_interval=0,
        )
        app = create_app(config, clock=MutableClock(start))
        app.state.ctx.engine.dispose()
        _TEMPLATES[start] = folder / "db.sqlite3"
    return _TEMPLATES[start]


def make_server(tmp_path: Path, start: datetime = MONDAY_MORNING, **settings: object) -> Server:
    clock = MutableClock(start)
    outbox = tmp_path / "outbox"
    database = tmp_path / "db.sqlite3"
    shutil.copyfile(_template_database(start), database)
    config = Settings(
        database_url=f"sqlite:///{database}",
        mail_outbox=outbox,
        public_url="https://hw.example.jp",
        demo=True,
        sweep_interval=0,
        **settings,
    )  # type: ignore[arg-type]
    app = create_app(config, clock=clock)
    return Server(TestClient(app, raise_server_exceptions=False), app.state.ctx, clock, outbox)


def problem_code(response: object) -> str:
    body = response.json()  # type: ignore[attr-defined]
    assert response.headers["content-type"].startswith("application/problem+json")  # type: ignore[attr-defined]
    match = re.search(r"/problems/([a-z0-9-]+)$", body["type"])
    assert match, body
    return match.group(1)


def slot_id(office_id: str, start: datetime) -> str:
    from hwserver.office_calendar import slot_public_id

    return slot_public_id(office_id, start)


def insert_users(ctx: AppContext, count: int) -> list[str]:
    """`count` verified users who agreed to the current terms; returns their bearer tokens."""
    from hwserver.terms_service import current_version
    from hwserver.timeutil import jst_date

    now = ctx.now()
    tokens = []
    with ctx.tx() as session:
        terms = current_version(session, jst_date(now))
        for _ in range(count):
            user_id, token = new_id(), new_token()
            session.add(
                User(
                    id=user_id,
                    email=f"load-{user_id}@example.jp",
                    password_hash=PASSWORD_HASH,
                    role="user",
                    status="active",
                    name="Load Test",
                    preferred_language="en",
                    created_at=now,
                    verified_at=now,
                    password_changed_at=now,
                    last_seen_at=now,
                    consented_terms_version=terms.version if terms else None,
                )
            )
            session.flush()
            session.add(
                AuthToken(
                    token_hash=token_hash(token),
                    user_id=user_id,
                    created_at=now,
                    last_used_at=now,
                    expires_at=now.replace(year=now.year + 1),
                )
            )
            tokens.append(token)
    return tokens
