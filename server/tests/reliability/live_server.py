"""Real `hwserver serve` processes on loopback, and the scenario set-up around them.

Reliability tests and bench/server_load.py need what an operator runs: separate
server processes that can be killed with SIGKILL and restarted against the same
database. Only account creation is done directly in the database (argon2 makes
hundreds of sign-ups slow, and sign-up is not what these tests are about);
everything under test goes over HTTP.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path

import httpx
from hwserver.app import build_context
from hwserver.demo import ALWAYS_OPEN_OFFICE, seed_demo
from hwserver.models import AuthToken, Office, User
from hwserver.office_calendar import slot_public_id
from hwserver.security import hash_password, new_id, new_token, token_hash
from hwserver.settings import Settings
from hwserver.terms_service import current_version
from hwserver.timeutil import JST, jst_date

# The demo's practice desk is open every day around the clock with no minimum
# notice, so tests using the real clock always find bookable slots.
OFFICE = ALWAYS_OPEN_OFFICE
PASSWORD = "reliable horse battery staple"
_PASSWORD_HASH: list[str] = []


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class LiveServer:
    """One `hwserver serve` child process; `kill()` is a real SIGKILL."""

    database_url: str
    workdir: Path
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 60.0) -> None:
        self.workdir.mkdir(parents=True, exist_ok=True)
        env = {**os.environ, "HWSERVER_SWEEP_INTERVAL": "0", "HWSERVER_LOG_LEVEL": "warning"}
        command = [
            sys.executable,
            "-m",
            "hwserver",
            "serve",
            "--database-url",
            self.database_url,
            "--port",
            str(self.port),
            "--mail-outbox",
            str(self.workdir / "outbox"),
        ]
        log = (self.workdir / f"server-{self.port}.log").open("ab")
        self.process = subprocess.Popen(
            command, stdout=log, stderr=subprocess.STDOUT, cwd=self.workdir, env=env
        )
        log.close()
        self._wait_ready(timeout)

    def _wait_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.process is not None
            if self.process.poll() is not None:
                raise RuntimeError(f"hwserver exited early; see {self.log_text()[-2000:]}")
            try:
                if httpx.get(self.url + "/healthz", timeout=2).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"hwserver did not answer /healthz within {timeout} s")

    def kill(self) -> None:
        """SIGKILL: no shutdown hooks, no rollback by the process itself."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=30)

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.kill()

    def log_text(self) -> str:
        logs = sorted(self.workdir.glob("server-*.log"))
        return "\n".join(p.read_text("utf-8", "replace") for p in logs)


@dataclass(frozen=True)
class Account:
    id: str
    email: str
    token: str

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


def prepare_database(database_url: str) -> None:
    """Migrate and seed the demo offices and terms, as `hwserver serve --demo` would."""
    ctx = build_context(Settings(database_url=database_url, sweep_interval=0))
    try:
        seed_demo(ctx)
    finally:
        ctx.engine.dispose()


def set_office_capacity(database_url: str, capacity: int, office_id: str = OFFICE) -> None:
    """What staff do with PATCH /v1/staff/offices/{id}; done directly to keep set-up short."""
    ctx = build_context(Settings(database_url=database_url, sweep_interval=0))
    try:
        with ctx.tx() as session:
            office = session.get(Office, office_id)
            assert office is not None
            office.capacity = capacity
    finally:
        ctx.engine.dispose()


def add_accounts(database_url: str, count: int) -> list[Account]:
    """Insert `count` verified users who agreed to the current terms, each signed in."""
    if not _PASSWORD_HASH:
        _PASSWORD_HASH.append(hash_password(PASSWORD))
    ctx = build_context(Settings(database_url=database_url, sweep_interval=0))
    now = ctx.now()
    accounts = [Account(new_id(), "", new_token()) for _ in range(count)]
    accounts = [Account(a.id, f"load-{a.id}@example.jp", a.token) for a in accounts]
    try:
        with ctx.tx() as session:
            terms = current_version(session, jst_date(now))
            session.add_all(_user_row(a, now, terms.version if terms else None) for a in accounts)
            session.flush()
            session.add_all(_token_row(a, now) for a in accounts)
    finally:
        ctx.engine.dispose()
    return accounts


def _user_row(account: Account, now: datetime, terms_version: str | None) -> User:
    return User(
        id=account.id,
        email=account.email,
        password_hash=_PASSWORD_HASH[0],
        role="user",
        status="active",
        name="Load Test",
        preferred_language="en",
        created_at=now,
        verified_at=now,
        password_changed_at=now,
        last_seen_at=now,
        consented_terms_version=terms_version,
        consented_at=now,
    )


def _token_row(account: Account, now: datetime) -> AuthToken:
    return AuthToken(
        token_hash=token_hash(account.token),
        user_id=account.id,
        created_at=now,
        last_used_at=now,
        expires_at=now + timedelta(days=30),
    )


def booking_day(days_ahead: int = 2) -> date:
    """A Japan-time day safely ahead of now (the practice desk books 14 days ahead)."""
    return datetime.now(JST).date() + timedelta(days=days_ahead)


def slot_ids(day: date, count: int, first_hour: int = 9, office_id: str = OFFICE) -> list[str]:
    """Public ids of `count` consecutive 30-minute slots of the practice desk on `day`."""
    start = datetime.combine(day, clock_time(first_hour, 0), tzinfo=JST)
    return [slot_public_id(office_id, start + timedelta(minutes=30 * i)) for i in range(count)]
