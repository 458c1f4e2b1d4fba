"""Staying signed in across restarts, and forgetting the token when it stops working."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import keyring.backends.fail
import pytest
from keyrings.alt.file import PlaintextKeyring

from hwclient.api import ApiClient, NetworkError, SignedOut
from hwclient.secrets import SERVICE, TokenStore, entry_name
from hwclient.session import Session
from hwclient.settings import Settings
from tests.conftest import MemoryKeyring, Outbox, SignedUpUser, sign_up


async def new_user(live_server: Any, outbox: Outbox) -> SignedUpUser:
    """Sign up through a throw-away client, so the session under test starts signed out."""
    setup = ApiClient(live_server.url)
    try:
        return await sign_up(setup, outbox)
    finally:
        await setup.aclose()


async def _no_wait(_seconds: float) -> None:
    return None


class App:
    """What one run of the app holds: settings, an API client and a session."""

    def __init__(self, server_url: str, store: TokenStore | None = None) -> None:
        self.settings = Settings.load()
        self.api = ApiClient(server_url, sleep=_no_wait)  # retries without real waiting
        self.session = Session(self.api, self.settings, store)

    async def close(self) -> None:
        await self.session.wait_idle()
        await self.api.aclose()


@pytest.fixture
async def user(live_server: Any, outbox: Outbox) -> SignedUpUser:
    return await new_user(live_server, outbox)


async def test_sign_in_survives_a_restart_without_storing_the_password(
    live_server: Any, user: SignedUpUser, memory_keyring: MemoryKeyring
) -> None:
    first = App(live_server.url)
    me = await first.session.sign_in(f"  {user.email} ", user.password)
    assert me.email == user.email
    assert first.session.persistent
    await first.close()
    stored = list(memory_keyring.entries.items())
    assert stored == [((SERVICE, entry_name(live_server.url, user.email)), first.api.token)]
    settings_text = Settings.load().path.read_text(encoding="utf-8")
    assert user.password not in settings_text
    assert first.api.token not in settings_text
    assert json.loads(settings_text)["last_account_email"] == user.email

    second = App(live_server.url)  # the next morning
    try:
        restored = await second.session.restore()
        assert restored is not None
        assert restored.id == me.id
        assert second.session.signed_in
    finally:
        await second.close()


async def test_nothing_to_restore_on_first_start(live_server: Any) -> None:
    app = App(live_server.url)
    try:
        assert await app.session.restore() is None
        assert not app.session.signed_in
    finally:
        await app.close()


async def test_refused_token_is_forgotten_everywhere(
    live_server: Any, user: SignedUpUser, memory_keyring: MemoryKeyring
) -> None:
    first = App(live_server.url)
    await first.session.sign_in(user.email, user.password)
    other_pc = ApiClient(live_server.url, token=first.api.token)
    await other_pc.sign_out()  # the same session ended elsewhere
    await other_pc.aclose()
    fired: list[Any] = []
    first.api.events.signed_out.connect(fired.append)
    with pytest.raises(SignedOut):
        await first.api.bookings()  # any call: the UI would now show sign-in
    await first.session.wait_idle()
    assert len(fired) == 1
    assert first.session.user is None
    assert memory_keyring.entries == {}
    await first.close()
    restart = App(live_server.url)
    try:
        assert await restart.session.restore() is None
    finally:
        await restart.close()


async def test_restore_with_a_revoked_token_asks_for_sign_in(
    live_server: Any, user: SignedUpUser, memory_keyring: MemoryKeyring
) -> None:
    first = App(live_server.url)
    await first.session.sign_in(user.email, user.password)
    await first.close()
    other = ApiClient(live_server.url)
    await other.sign_in(user.email, user.password)
    await other.change_password(user.password, "a brand new passphrase 5")  # revokes others
    await other.aclose()
    restart = App(live_server.url)
    try:
        assert await restart.session.restore() is None
        assert memory_keyring.entries == {}
    finally:
        await restart.close()


async def test_restore_offline_keeps_the_token_for_a_retry(
    live_server: Any, user: SignedUpUser, memory_keyring: MemoryKeyring
) -> None:
    first = App(live_server.url)
    await first.session.sign_in(user.email, user.password)
    await first.close()
    live_server.stop()
    offline = App(live_server.url)
    try:
        with pytest.raises(NetworkError):
            await offline.session.restore()
        assert len(memory_keyring.entries) == 1
    finally:
        await offline.close()


async def test_sign_out_works_even_offline(
    live_server: Any, user: SignedUpUser, memory_keyring: MemoryKeyring
) -> None:
    app = App(live_server.url)
    await app.session.sign_in(user.email, user.password)
    live_server.stop()
    try:
        await app.session.sign_out()
        assert not app.session.signed_in
        assert memory_keyring.entries == {}
    finally:
        await app.close()


async def test_without_a_keyring_sign_in_lasts_for_this_run_only(
    live_server: Any, user: SignedUpUser
) -> None:
    no_keyring = TokenStore(keyring.backends.fail.Keyring())
    app = App(live_server.url, no_keyring)
    try:
        await app.session.sign_in(user.email, user.password)
        assert not app.session.persistent  # the UI says "sign in again next time"
        assert (await app.api.me()).email == user.email
    finally:
        await app.close()
    restart = App(live_server.url, TokenStore(keyring.backends.fail.Keyring()))
    try:
        assert await restart.session.restore() is None
    finally:
        await restart.close()


async def test_file_keyring_backend_end_to_end(
    live_server: Any, user: SignedUpUser, tmp_path: Path
) -> None:
    def file_store() -> TokenStore:
        backend = PlaintextKeyring()
        backend.file_path = str(tmp_path / "keyring.cfg")
        return TokenStore(backend)

    first = App(live_server.url, file_store())
    await first.session.sign_in(user.email, user.password)
    await first.close()
    assert user.password not in (tmp_path / "keyring.cfg").read_text(encoding="utf-8")
    second = App(live_server.url, file_store())
    try:
        assert await second.session.restore() is not None
        await second.session.delete_account(user.password)
        assert file_store().get(live_server.url, user.email) is None
    finally:
        await second.close()
