"""The token survives restarts where a keyring works, and never blocks sign-in where not."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import keyring
import keyring.backends.fail
import keyring.backends.null
import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from keyrings.alt.file import PlaintextKeyring

from hwclient.secrets import SERVICE, TokenStore, entry_name, system_backend

SERVER = "https://hw.example.jp/"
TOKEN = "tok_9f8e7d6c5b4a39281706abcdefABCDEF"


def file_keyring(path: Path) -> PlaintextKeyring:
    backend = PlaintextKeyring()
    backend.file_path = str(path)
    return backend


def test_file_backend_keeps_the_token_across_restarts(tmp_path: Path) -> None:
    path = tmp_path / "keyring.cfg"
    first = TokenStore(file_keyring(path))
    assert first.persistent
    assert first.set(SERVER, "Taro@Example.com", TOKEN)
    restarted = TokenStore(file_keyring(path))  # a new process would read the same file
    assert restarted.get("https://hw.example.jp", "taro@example.com") == TOKEN
    restarted.delete(SERVER, "taro@example.com")
    assert TokenStore(file_keyring(path)).get(SERVER, "taro@example.com") is None


def test_one_entry_per_server_and_account(tmp_path: Path) -> None:
    store = TokenStore(file_keyring(tmp_path / "k.cfg"))
    store.set(SERVER, "a@example.com", "token-a")
    store.set("https://other.example.jp", "a@example.com", "token-b")
    store.set(SERVER, "b@example.com", "token-c")
    fresh = TokenStore(file_keyring(tmp_path / "k.cfg"))
    assert fresh.get(SERVER, "a@example.com") == "token-a"
    assert fresh.get("https://other.example.jp", "a@example.com") == "token-b"
    assert fresh.get(SERVER, "b@example.com") == "token-c"
    assert entry_name(SERVER, " A@Example.com ") == "https://hw.example.jp|a@example.com"


def test_default_store_uses_the_configured_keyring(memory_keyring: KeyringBackend) -> None:
    store = TokenStore()
    assert store.persistent
    assert store.backend_name == "MemoryKeyring"
    store.set(SERVER, "a@example.com", TOKEN)
    assert memory_keyring.get_password(SERVICE, entry_name(SERVER, "a@example.com")) == TOKEN


@pytest.mark.parametrize(
    "backend", [keyring.backends.fail.Keyring(), keyring.backends.null.Keyring()]
)
def test_no_backend_falls_back_to_memory(backend: KeyringBackend) -> None:
    store = TokenStore(backend)
    assert not store.persistent
    assert store.set(SERVER, "a@example.com", TOKEN) is False
    assert store.get(SERVER, "a@example.com") == TOKEN  # still signed in for this run
    assert TokenStore(backend).get(SERVER, "a@example.com") is None  # gone after restart


class LockedKeychain(KeyringBackend):
    """Like a macOS keychain the person refused to unlock."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked("locked")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.KeyringLocked("locked")


def test_locked_keychain_falls_back_to_memory_and_says_so(
    caplog: pytest.LogCaptureFixture,
) -> None:
    store = TokenStore(LockedKeychain())
    assert store.persistent  # looks fine until it is used
    with caplog.at_level(logging.WARNING):
        assert store.set(SERVER, "a@example.com", TOKEN) is False
    assert not store.persistent
    assert store.get(SERVER, "a@example.com") == TOKEN
    store.delete(SERVER, "a@example.com")
    assert store.get(SERVER, "a@example.com") is None
    assert TOKEN not in caplog.text
    assert "a@example.com" not in caplog.text


def test_broken_keyring_discovery_means_memory_only(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> KeyringBackend:
        raise RuntimeError("D-Bus not running")

    monkeypatch.setattr(keyring, "get_keyring", broken)
    assert system_backend() is None
    assert not TokenStore().persistent


class ThreadRecordingKeyring(PlaintextKeyring):
    threads: list[int]

    def set_password(self, service: str, username: str, password: str) -> None:
        self.threads.append(threading.get_ident())
        super().set_password(service, username, password)


async def test_async_wrappers_run_off_the_event_loop(tmp_path: Path) -> None:
    backend = ThreadRecordingKeyring()
    backend.file_path = str(tmp_path / "k.cfg")
    backend.threads = []
    store = TokenStore(backend)
    assert await store.aset(SERVER, "a@example.com", TOKEN)
    assert backend.threads
    assert backend.threads[0] != threading.get_ident()
    assert await store.aget(SERVER, "a@example.com") == TOKEN
    await store.adelete(SERVER, "a@example.com")
    assert await store.aget(SERVER, "a@example.com") is None


def test_a_plaintext_file_keyring_is_never_chosen_as_the_system_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """keyrings.alt may be installed (it is in our test extra); its file must not get the token."""
    monkeypatch.setattr(keyring, "get_keyring", lambda: file_keyring(tmp_path / "plain.cfg"))
    assert system_backend() is None
    store = TokenStore()
    assert not store.persistent
    store.set(SERVER, "a@example.com", TOKEN)
    assert not (tmp_path / "plain.cfg").exists()
