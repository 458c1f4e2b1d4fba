"""Signing in, staying signed in across restarts, and signing out cleanly.

The session ties three things together: the API client (which holds the
token in memory for requests), the token store (the OS keyring, so the next
start needs no password) and the settings (which account to look up on the
next start). When the server stops accepting the token (expired, password
changed elsewhere, account deleted) the API client fires `signed_out`; the
session then forgets the stored token too, so a restart does not try it
again.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from hwclient.api.client import ApiClient
from hwclient.api.errors import ApiError, SignedOut
from hwclient.api.models import Me, SignedOutEvent
from hwclient.secrets import TokenStore
from hwclient.settings import Settings

log = logging.getLogger(__name__)


class Session:
    def __init__(self, api: ApiClient, settings: Settings, store: TokenStore | None = None) -> None:
        self.api = api
        self.settings = settings
        self.store = store or TokenStore()
        self.user: Me | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        api.events.signed_out.connect(self._on_signed_out)

    @property
    def persistent(self) -> bool:
        """False when the token cannot be kept after the app closes (no keyring)."""
        return self.store.persistent

    @property
    def signed_in(self) -> bool:
        return self.api.signed_in

    @property
    def _email(self) -> str | None:
        return self.settings.last_account_email

    async def sign_in(self, email: str, password: str) -> Me:
        """Sign in and keep the token (never the password) for the next start."""
        result = await self.api.sign_in(email.strip(), password)
        self.user = result.user
        self.settings.last_account_email = result.user.email
        self.settings.save_quietly()
        await self.store.aset(self.api.base_url, result.user.email, result.token)
        return result.user

    async def restore(self) -> Me | None:
        """Use the token from the last run, if the server still accepts it.

        Returns None when there is nothing to restore or the token was refused
        (the person signs in again). Network errors propagate with the token
        kept, so the UI can offer "try again" without a new sign-in.
        """
        email = self._email
        if not email:
            return None
        token = await self.store.aget(self.api.base_url, email)
        if not token:
            return None
        self.api.set_token(token)
        try:
            self.user = await self.api.me()
        except SignedOut:
            await self.wait_idle()
            return None
        return self.user

    async def refresh_user(self) -> Me:
        self.user = await self.api.me()
        return self.user

    async def sign_out(self) -> None:
        """End the session on the server if reachable; locally it always ends."""
        try:
            await self.api.sign_out()
        except ApiError as exc:
            log.info("sign-out could not reach the server (%s)", type(exc).__name__)
        finally:
            await self._forget()

    async def change_password(self, current_password: str, new_password: str) -> None:
        await self.api.change_password(current_password, new_password)

    async def delete_account(self, password: str) -> None:
        await self.api.delete_account(password)
        await self._forget()

    async def wait_idle(self) -> None:
        """Wait for background keyring clean-ups (tests; also before the app quits)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    async def _forget(self) -> None:
        self.user = None
        self.api.set_token(None)
        email = self._email
        if email:
            await self.store.adelete(self.api.base_url, email)

    def _on_signed_out(self, event: SignedOutEvent) -> None:
        """Called from inside the failing API call: schedule the keyring clean-up."""
        log.info("server ended the session (%s)", event.reason)
        self.user = None
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return
        task = loop.create_task(self._forget())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
