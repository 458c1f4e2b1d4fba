"""Where the session token is kept: the OS keyring, or memory when there is none.

Windows Credential Manager, the macOS Keychain or the Secret Service hold the
token between runs, one entry per server address and account, so nobody has
to type a password every morning. Headless Linux, a locked keychain or a
broken D-Bus must not stop the app: then the token stays in memory only and
`persistent` is False, so the UI can say "you will have to sign in again
next time". The password itself is never stored anywhere.

Keyring calls may block (D-Bus, a keychain prompt): the `a*` methods run them
in a worker thread so the Qt event loop stays responsive.
"""

from __future__ import annotations

import asyncio
import logging
import threading

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

log = logging.getLogger(__name__)

SERVICE = "hwclient"


def entry_name(server_url: str, email: str) -> str:
    """One keyring entry per server and account (case of the e-mail does not matter)."""
    return f"{server_url.rstrip('/')}|{email.strip().lower()}"


def _usable(backend: KeyringBackend | None) -> bool:
    """The fail and null backends exist but keep nothing."""
    if backend is None:
        return False
    module = type(backend).__module__
    return not module.startswith(("keyring.backends.fail", "keyring.backends.null"))


# Backends that are not an OS secret store: keyrings.alt's file backends keep
# the token in a plain (or home-made encrypted) file, which DESIGN.md rules out.
_NOT_OS_STORES = ("keyrings.alt", "keyring.backends.fail", "keyring.backends.null")


def _is_os_store(backend: KeyringBackend) -> bool:
    return not type(backend).__module__.startswith(_NOT_OS_STORES)


def system_backend() -> KeyringBackend | None:
    """The OS keyring (Credential Manager, Keychain, Secret Service), or None.

    None means "memory only": better to sign in again next time than to leave
    the token in a file that any program can read.
    """
    try:
        backend = keyring.get_keyring()
    except Exception as exc:  # a broken backend can fail on discovery
        log.warning("no keyring available (%s)", exc.__class__.__name__)
        return None
    candidates = getattr(backend, "backends", None)
    if candidates is not None:  # keyring's chainer: pick the best real OS store
        os_stores = [b for b in candidates if _is_os_store(b)]
        return os_stores[0] if os_stores else None
    if not _is_os_store(backend):
        log.warning("keyring backend %s is not an OS store; not used", type(backend).__name__)
        return None
    return backend


class TokenStore:
    def __init__(self, backend: KeyringBackend | None = None, *, use_system: bool = True) -> None:
        self._backend = backend if backend is not None or not use_system else system_backend()
        self._persistent = _usable(self._backend)
        self._memory: dict[str, str] = {}
        self._lock = threading.Lock()
        if not self._persistent:
            log.warning("no working keyring: sign-in will last until the app closes")

    @property
    def persistent(self) -> bool:
        """False once the keyring is missing or has failed: tokens live in memory only."""
        return self._persistent

    @property
    def backend_name(self) -> str:
        return type(self._backend).__name__ if self._backend is not None else "memory"

    def _give_up(self, action: str, exc: Exception) -> None:
        # Only the class name: keyring messages can include the entry name.
        log.warning("keyring %s failed (%s); keeping the token in memory", action, type(exc))
        self._persistent = False

    def get(self, server_url: str, email: str) -> str | None:
        name = entry_name(server_url, email)
        with self._lock:
            if name in self._memory:
                return self._memory[name]
            if not self._persistent or self._backend is None:
                return None
            try:
                token = self._backend.get_password(SERVICE, name)
            except Exception as exc:
                self._give_up("read", exc)
                return None
            if token:
                self._memory[name] = token
            return token or None

    def set(self, server_url: str, email: str, token: str) -> bool:
        """Keep the token; returns True if it will survive a restart."""
        name = entry_name(server_url, email)
        with self._lock:
            self._memory[name] = token
            if not self._persistent or self._backend is None:
                return False
            try:
                self._backend.set_password(SERVICE, name, token)
            except Exception as exc:
                self._give_up("write", exc)
                return False
            return True

    def delete(self, server_url: str, email: str) -> None:
        name = entry_name(server_url, email)
        with self._lock:
            self._memory.pop(name, None)
            if not self._persistent or self._backend is None:
                return
            try:
                self._backend.delete_password(SERVICE, name)
            except keyring.errors.PasswordDeleteError:
                pass  # nothing stored: fine
            except Exception as exc:
                self._give_up("delete", exc)

    async def aget(self, server_url: str, email: str) -> str | None:
        return await asyncio.to_thread(self.get, server_url, email)

    async def aset(self, server_url: str, email: str, token: str) -> bool:
        return await asyncio.to_thread(self.set, server_url, email, token)

    async def adelete(self, server_url: str, email: str) -> None:
        await asyncio.to_thread(self.delete, server_url, email)
