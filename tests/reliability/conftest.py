"""Reliability test support: a real hwserver that can be stopped and started again.

The journey tests take the server away in the middle of a step and bring it
back on the same address with the same database, as a person's Wi-Fi or the
office's server would. `live_server` is overridden here with such a server,
so the shared fixtures (`outbox`, `api`, `signed_up_user`) from tests/conftest.py
work against it unchanged. Async tests run on a qasync loop so the real pages
(their widgets and their asyncio tasks) run as in the app. The OS-opener capture
and the wizard's first clicks are the UI tests' own (tests/ui), not copies.
"""

from __future__ import annotations

import asyncio
import gc
import os
from collections.abc import AsyncIterator, Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import qasync
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QWidget

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hwclient.api import ApiClient
from hwclient.i18n import Translators
from hwclient.secrets import TokenStore
from hwclient.session import Session
from hwclient.settings import Settings
from hwclient.ui.context import AppContext
from tests.ui.conftest import opened_urls  # noqa: F401  (fixture, re-exported)
from tests.ui.wizard import choose_first_time


class RestartableServer:
    """The embedded hwserver on a fixed loopback port, with stop() and start()."""

    def __init__(self, data_dir: Path, clock: Any) -> None:
        self.data_dir = data_dir
        self.clock = clock
        self.mail_outbox = data_dir / "mail"
        self.database_url = f"sqlite:///{data_dir / 'hwserver.sqlite3'}"
        self.url = ""
        self.port = 0
        self._server: Any = None

    @property
    def running(self) -> bool:
        return self._server is not None

    def start(self) -> None:
        """Start on the same port and database as before (the demo seed runs only once)."""
        from hwserver.embedded import start_embedded

        self._server = start_embedded(
            demo=True,
            clock=self.clock,
            data_dir=self.data_dir,
            mail_outbox=self.mail_outbox,
            database_url=self.database_url,
            port=self.port,
        )
        self.url = self._server.url
        self.port = urlsplit(self.url).port or 0

    def stop(self) -> None:
        if self._server is not None:
            self._server.stop()
            self._server = None


@pytest.fixture
def live_server(
    tmp_path: Path, server_clock: Any, cheap_password_hashing: None
) -> Iterator[RestartableServer]:
    data_dir = tmp_path / "server"
    data_dir.mkdir()
    server = RestartableServer(data_dir, server_clock)
    server.start()
    try:
        yield server
    finally:
        server.stop()


def _qapp() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(["hwclient-reliability-tests"])
    assert isinstance(app, QApplication)
    return app


def pytest_asyncio_loop_factories(config: pytest.Config, item: pytest.Item) -> dict:
    """The pages' tasks need the Qt loop, as in the app (see tests/ui/conftest.py)."""
    return {"qasync": lambda: qasync.QEventLoop(_qapp())}


async def _wait_until(condition: Callable[[], object], seconds: float = 20.0) -> None:
    """Let Qt and asyncio run until `condition()` holds; generous because retries back off."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + seconds
    while not condition():
        if loop.time() > deadline:
            raise AssertionError(f"condition not met within {seconds} s: {condition}")
        await asyncio.sleep(0.02)


@pytest.fixture
def wait_until() -> Callable[..., Any]:
    return _wait_until


def _collect_on_main_thread() -> None:
    """Delete Qt objects now, on this thread.

    Pages sit in reference cycles (signal lambdas); left to the garbage
    collector, a later test could free them from a worker thread (keyring
    calls run in one), which crashes Qt ("Timers cannot be stopped from
    another thread").
    """
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


@pytest.fixture
def widgets() -> Iterator[list[QWidget]]:
    """Widgets registered here are closed and deleted after the test."""
    made: list[QWidget] = []
    yield made
    for widget in made:
        widget.close()
        widget.deleteLater()
    made.clear()
    _collect_on_main_thread()


@pytest.fixture
async def ctx(
    live_server: RestartableServer, server_clock: Any, tmp_path: Path
) -> AsyncIterator[AppContext]:
    """The app's real services against the restartable server, in English."""
    settings = Settings.load(tmp_path / "client-config")
    settings.language = "en"
    api = ApiClient(live_server.url)
    api.set_language("en")
    translators = Translators()
    translators.switch("en")
    context = AppContext(
        settings=settings,
        api=api,
        session=Session(api, settings, TokenStore(use_system=False)),
        translators=translators,
        clock=server_clock.now,
    )
    try:
        yield context
    finally:
        await context.shutdown()
        context.translators.switch("en")  # no language leaks into the next test
        context.deleteLater()
        del context
        _collect_on_main_thread()


WIZARD_NOTE = "I would like to talk about part-time work near the station."


async def _wizard_to_confirm(page: Any, office_id: str, day: date) -> str:
    """Office → day → first free time → companions and note → confirm; returns the slot id."""
    from hwclient.ui.pages.booking import Step

    await page.on_enter("new")
    slot_id = await choose_first_time(page, _wait_until, office_id, day)
    page.next_button.click()
    page.companions.boxes["interpreter"].setChecked(True)
    page.companions.language.setCurrentIndex(page.companions.language.findData("vi"))
    page.companions.boxes["other"].setChecked(True)
    page.companions.other_note.setText("my neighbour")
    page.note.setPlainText(WIZARD_NOTE)
    page.next_button.click()
    assert page.stack.currentIndex() == Step.CONFIRM
    return slot_id


@pytest.fixture
def wizard_to_confirm() -> Callable[..., Any]:
    """`await wizard_to_confirm(page, office_id, day)` clicks the booking wizard to "confirm"."""
    return _wizard_to_confirm
