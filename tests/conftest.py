"""Shared client test fixtures: isolation for every test, and a real server on loopback.

Every test gets its own settings and log folders and an in-memory keyring,
so nothing touches the developer's real settings or OS keychain.

The server fixtures start the real `hwserver` in-process on 127.0.0.1 (no
mocks of it), with a `MutableClock` fixed at a Japan weekday morning so
slots, join windows and "too late to cancel" are deterministic:

- `live_server`: a fresh server and database for this test, seeded with the
  demo offices (fictional), sample terms and slots (`demo=True`).
- `server_clock`: that server's clock (`.set(dt)`, `.advance(delta)`).
- `outbox`: reads the server's mail outbox (`outbox.verification_token(email)`).
- `api`: an `ApiClient` bound to the server.
- `signed_up_user`: registered, verified by the mailed token, signed in on `api`,
  and consented to the current terms.
"""

from __future__ import annotations

import os
import re
import secrets
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import keyring
import pytest
from keyring.backend import KeyringBackend

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hwclient.api import ApiClient, Me, Registration

JST = ZoneInfo("Asia/Tokyo")
# Tuesday 1 December 2026, 09:00 Japan time: a working day, not a holiday.
SERVER_START = datetime(2026, 12, 1, 9, 0, tzinfo=JST)
TEST_PASSWORD = "correct horse battery staple 42"


class MemoryKeyring(KeyringBackend):
    """Stands in for the OS keychain in tests (a fake of the OS, not of our server)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


@pytest.fixture(autouse=True)
def _isolated_client_state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    """Own settings/log folders and an in-memory keyring for every test."""
    monkeypatch.setenv("HWCLIENT_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("HWCLIENT_LOG_DIR", str(tmp_path / "logs"))
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


@pytest.fixture
def memory_keyring(_isolated_client_state: MemoryKeyring) -> MemoryKeyring:
    return _isolated_client_state


# -- the real server ------------------------------------------------------------


@pytest.fixture
def server_clock() -> Any:
    from hwserver.clock import MutableClock

    return MutableClock(SERVER_START)


@pytest.fixture
def cheap_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Argon2 at production cost takes ~0.5 s per sign-up or sign-in on this
    2-core machine; the rules under test do not depend on the cost, so the
    in-process server hashes with minimal (still argon2id) parameters here."""
    from argon2 import PasswordHasher
    from hwserver import security

    monkeypatch.setattr(
        security, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    )


@pytest.fixture
def live_server(tmp_path: Path, server_clock: Any, cheap_password_hashing: None) -> Iterator[Any]:
    from hwserver.embedded import start_embedded

    data_dir = tmp_path / "server"
    data_dir.mkdir()
    server = start_embedded(
        demo=True, clock=server_clock, data_dir=data_dir, mail_outbox=data_dir / "mail"
    )
    try:
        yield server
    finally:
        server.stop()


@dataclass
class Outbox:
    directory: Path

    def messages(self) -> list[EmailMessage]:
        from hwserver.mail import read_outbox

        return list(read_outbox(self.directory))

    def latest_to(self, email: str) -> EmailMessage:
        found = [m for m in self.messages() if email.lower() in str(m["To"]).lower()]
        assert found, f"no mail to {email}"
        return found[-1]

    def verification_token(self, email: str) -> str:
        """The token from the newest verification link sent to `email`."""
        message = self.latest_to(email)
        part = message.get_body(("plain",)) if message.is_multipart() else message
        assert part is not None
        text = part.get_content()
        match = re.search(r"/verify\?token=([\w\-.~%]+)", text)
        assert match, "no verification link in the mail"
        return match.group(1)


@pytest.fixture
def outbox(live_server: Any) -> Outbox:
    return Outbox(Path(live_server.mail_outbox))


@pytest.fixture
async def api(live_server: Any) -> AsyncIterator[ApiClient]:
    client = ApiClient(live_server.url, language="en")
    try:
        yield client
    finally:
        await client.aclose()


@dataclass
class SignedUpUser:
    email: str
    password: str
    me: Me


def unique_email(prefix: str = "user") -> str:
    return f"{prefix}-{secrets.token_hex(4)}@example.com"


async def sign_up(
    api: ApiClient, outbox: Outbox, *, email: str | None = None, consent: bool = True
) -> SignedUpUser:
    """Register, verify through the mailed token, sign in (and consent) through the API."""
    email = email or unique_email()
    registration = Registration(
        email=email,
        password=TEST_PASSWORD,
        name="Yamada Taro",
        preferred_language="en",
        job_seeker_number="12345-1234567",
    )
    await api.register(registration)
    await api.verify_email(outbox.verification_token(email))
    result = await api.sign_in(email, TEST_PASSWORD)
    me = result.user
    if consent and me.terms_consent_required:
        terms = await api.current_terms("en")
        await api.consent(terms.version)
        me = await api.me()
    return SignedUpUser(email=email, password=TEST_PASSWORD, me=me)


@pytest.fixture
async def signed_up_user(api: ApiClient, outbox: Outbox) -> SignedUpUser:
    return await sign_up(api, outbox)
