"""The one object every page receives: services, language and app-wide events.

Pages never reach for globals or construct services themselves; they get this
context, so tests can build a window against a real server with an injected
clock, and the shell can react to app-wide events (signed out, update
required) in one place instead of in every page.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal

from hwclient.api import ApiClient, ClientTooOld, SignedOut, Unauthenticated
from hwclient.i18n import Translators, language

if TYPE_CHECKING:
    from hwclient.demo import EmbeddedServer
    from hwclient.session import Session
    from hwclient.settings import Settings

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    return datetime.now(UTC)


class AppContext(QObject):
    """Everything a page needs; created once by app.py (or by a test)."""

    languageChanged = Signal(str)  # after translators switched; pages retranslate
    signedIn = Signal()  # after sign-in / session restore
    signedOut = Signal()  # token gone (401, logout, password change)
    updateRequired = Signal(str)  # download URL (426 / below minimum)
    updateAvailable = Signal(str, str)  # latest version, download URL
    bookingsChanged = Signal()  # after book / cancel, so home + list refresh
    unexpectedError = Signal(str)  # a one-line summary; the traceback is in the log

    def __init__(
        self,
        *,
        settings: Settings,
        api: ApiClient,
        session: Session,
        translators: Translators,
        demo: EmbeddedServer | None = None,
        clock: Clock = system_clock,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.api = api
        self.session = session
        self.translators = translators
        self.demo = demo
        self.clock = clock
        self.last_check: Any = None  # the latest device-check Report of this run
        self._tasks: set[asyncio.Task[Any]] = set()
        self._connect_api_events()

    def _connect_api_events(self) -> None:
        """Relay the service layer's plain-Python events as Qt signals (queued to the UI)."""
        events = self.api.events
        events.signed_out.connect(lambda _event: self.signedOut.emit())
        events.update_required.connect(
            lambda event: self.updateRequired.emit(event.download_url or "")
        )

    # -- time -------------------------------------------------------------
    def now(self) -> datetime:
        """Current time, aware. Injected in tests so countdowns follow the server clock."""
        return self.clock()

    # -- language ---------------------------------------------------------
    @property
    def language(self) -> str:
        return self.translators.code

    def set_language(self, code: str) -> None:
        """Switch the UI language live and remember it.

        Installing translators makes Qt post LanguageChange to every widget,
        which is what makes each page retranslate; the signal is for things
        that are not widgets (tray menu, API Accept-Language).
        """
        code = language(code).code
        self.translators.switch(code)
        # Qt only announces a change when a catalogue was added or removed; dates
        # and numbers follow QLocale too, so always tell every widget.
        app = QCoreApplication.instance()
        if app is not None:
            QCoreApplication.postEvent(app, QEvent(QEvent.Type.LanguageChange))
        self._remember_language(code)
        self.languageChanged.emit(code)

    def _remember_language(self, code: str) -> None:
        self.settings.language = code
        self.settings.save_quietly()
        self.api.set_language(code)

    # -- tasks ------------------------------------------------------------
    def run(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        """Start a coroutine, keep a reference until it ends, report what escapes it.

        asyncio keeps only weak references to tasks, so a page's fire-and-forget
        load could be garbage-collected mid-flight; and an exception nobody
        awaits would vanish silently. Pages handle the errors they expect;
        whatever is left arrives here.
        """
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._task_done)
        return task

    def _task_done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is not None:
            self.handle_exception(exc)

    def handle_exception(self, exc: BaseException) -> None:
        """Turn an error nobody handled into an app-wide event.

        SignedOut and ClientTooOld were already announced through the API
        client's events (connected in `_connect_api_events`), so they are
        only logged here; anything else gets the friendly error dialog.
        """
        if isinstance(exc, SignedOut | ClientTooOld):
            log.info("task ended by %s", type(exc).__name__)
        elif isinstance(exc, Unauthenticated):
            self.signedOut.emit()
        else:
            log.error("unhandled error in a task", exc_info=exc)
            self.unexpectedError.emit(type(exc).__name__)

    @property
    def pending_tasks(self) -> int:
        return len(self._tasks)

    async def shutdown(self) -> None:
        """Cancel and await every task so none dies 'destroyed but pending' at exit."""
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)
        try:
            await self.api.aclose()
        except Exception:
            log.exception("closing the API client failed")
