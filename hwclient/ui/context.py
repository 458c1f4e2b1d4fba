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

from PySide6.QtCore import QObject, Signal

from hwclient.i18n import Translators, language

if TYPE_CHECKING:
    from hwclient.demo import EmbeddedServer
    from hwclient.session import Session
    from hwclient.settings import Settings

    from hwclient.api import ApiClient

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
        self._tasks: set[asyncio.Task[Any]] = set()

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
        self._remember_language(code)
        self.languageChanged.emit(code)

    def _remember_language(self, code: str) -> None:
        settings = self.settings
        try:
            settings.language = code
            save = getattr(settings, "save", None)
            if callable(save):
                save()
        except Exception:
            log.exception("could not store the language choice")
        setter = getattr(self.api, "set_language", None)
        if callable(setter):
            setter(language(code).bcp47)

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
        """Turn an error nobody handled into an app-wide event."""
        kind = classify_exception(exc)
        if kind == "signed-out":
            self.signedOut.emit()
        elif kind == "update-required":
            self.updateRequired.emit(str(getattr(exc, "download_url", "") or ""))
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
        close = getattr(self.api, "aclose", None)
        if callable(close):
            try:
                await close()
            except Exception:
                log.exception("closing the API client failed")


def classify_exception(exc: BaseException) -> str:
    """Map API client exceptions to shell events without importing every class.

    The API package names its problem exceptions after their codes; matching
    on the class hierarchy's names keeps this module free of a hard import
    cycle and still precise.
    """
    names = {cls.__name__ for cls in type(exc).__mro__}
    if names & {"Unauthenticated", "UnauthenticatedError", "SignedOut", "SignedOutError"}:
        return "signed-out"
    if names & {"ClientTooOld", "ClientTooOldError", "UpdateRequired", "UpdateRequiredError"}:
        return "update-required"
    return "other"
