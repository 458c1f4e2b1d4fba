"""UI test support: async tests run on a qasync loop tied to the Qt application.

Pages run their work as asyncio tasks on a qasync loop, so UI tests do too:
every `async def test_...` under tests/ui gets a fresh `qasync.QEventLoop` on
the shared QApplication (through pytest-asyncio's loop-factory hook). Inside a
test, `await wait_until(lambda: ...)` lets both Qt events and asyncio tasks
run until what the user would see is there. The live server fixtures
(`live_server`, `server_clock`, `api`, `signed_up_user`) come from tests/conftest.py;
`signed_in_ctx` and `show_page` here build on them for tests of single pages.
"""

from __future__ import annotations

import asyncio
import gc
import os
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

import pytest
import qasync
from PySide6.QtCore import QCoreApplication, QEvent, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QWidget

from hwclient.api import ApiClient, BookingRequest
from hwclient.api.models import Booking
from hwclient.i18n import Translators
from hwclient.secrets import TokenStore
from hwclient.session import Session
from hwclient.settings import Settings
from hwclient.ui import style
from hwclient.ui.context import AppContext, system_clock
from hwclient.ui.messages import JST

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
#: A loopback port nothing listens on: pages that must not need the server get this.
NO_SERVER = "http://127.0.0.1:9"


def _qapp() -> QApplication:
    """The shared application, with the app's real font and style sheet (as app.py sets)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(["hwclient-tests"])
    assert isinstance(app, QApplication)
    if not app.property("hwclientStyled"):
        style.apply(app)
        app.setProperty("hwclientStyled", True)
    return app


#: Every loop stays referenced until the session ends. A closed qasync loop owns
#: a QObject timer; if Python's garbage collector freed it from another thread
#: (the live server's), Qt would later deliver a timer event to a dead object.
_LOOPS: list[qasync.QEventLoop] = []


def _new_loop() -> qasync.QEventLoop:
    loop = qasync.QEventLoop(_qapp())
    _LOOPS.append(loop)
    return loop


def pytest_asyncio_loop_factories(config: pytest.Config, item: pytest.Item) -> dict:
    """Async UI tests (and their async fixtures) run on a qasync loop."""
    return {"qasync": _new_loop}


async def _wait_until(
    condition: Callable[[], object], seconds: float = 10.0, interval: float = 0.02
) -> None:
    """Let Qt and asyncio run until `condition()` is truthy; fail with a clear message."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + seconds
    while not condition():
        if loop.time() > deadline:
            raise AssertionError(f"condition not met within {seconds} s: {condition}")
        await asyncio.sleep(interval)


@pytest.fixture
async def styled_app() -> AsyncIterator[QApplication]:
    """The app's real look (large font, style sheet), so clipping is judged as users see it.

    Applied again even though `_qapp` styles the app once: a test before may have
    changed the font or the sheet. Restored afterwards for the tests that follow.
    """
    app = _qapp()
    font, sheet = app.font(), app.styleSheet()
    style.apply(app)
    yield app
    app.setFont(font)
    app.setStyleSheet(sheet)


@pytest.fixture
def wait_until() -> Callable[..., object]:
    """`await wait_until(lambda: label.text() == "...")` inside async UI tests."""
    return _wait_until


@pytest.fixture
def opened_urls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Capture what the app hands to the OS opener (browser, Zoom, settings)."""
    urls: list[str] = []

    def fake_open(url: QUrl) -> bool:
        urls.append(url.toString())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(fake_open))
    return urls


@pytest.fixture
def shots_dir() -> Path | None:
    """Folder for screenshots (env HWCLIENT_SHOTS_DIR); None means do not save."""
    folder = os.environ.get("HWCLIENT_SHOTS_DIR")
    if not folder:
        return None
    path = Path(folder)
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture
def save_shot(shots_dir: Path | None) -> Callable[[QWidget, str], None]:
    """`save_shot(window, "home-ja")` grabs the widget when HWCLIENT_SHOTS_DIR is set."""

    def save(widget: QWidget, name: str) -> None:
        if shots_dir is not None:
            widget.grab().save(str(shots_dir / f"{name}.png"))

    return save


@pytest.fixture
async def close_widgets() -> AsyncIterator[list[QWidget]]:
    """Widgets registered here are closed and deleted after the test.

    Deletion happens in this (async) teardown, while the test's loop still
    runs: a deferred delete left for the next test's loop crashed Qt.
    """
    widgets: list[QWidget] = []
    yield widgets
    for widget in widgets:
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    gc.collect()


@pytest.fixture
async def make_ctx(
    tmp_path: Path, close_widgets: list[QWidget]
) -> AsyncIterator[Callable[..., AppContext]]:
    """Build an AppContext from the real services (settings in tmp, token in memory).

    `make_ctx(server_url, language="en", clock=...)`; give the live server's URL for
    pages that talk to it, or `api=` a client of the test's own (one whose transport
    loses answers, say). Translators go back to English afterwards, so one
    test's language never leaks into the next. (Depends on `close_widgets` so
    its tasks are cancelled before the widgets they touch are deleted.)
    """
    made: list[AppContext] = []

    def make(
        server_url: str = NO_SERVER,
        language: str = "en",
        clock: Callable[[], datetime] = system_clock,
        saved_language: str | None = None,
        api: ApiClient | None = None,
    ) -> AppContext:
        settings = Settings.load(tmp_path / f"config{len(made)}")
        settings.language = saved_language
        api = api or ApiClient(server_url)
        api.set_language(language)
        session = Session(api, settings, TokenStore(use_system=False))
        translators = Translators()
        translators.switch(language)
        ctx = AppContext(
            settings=settings, api=api, session=session, translators=translators, clock=clock
        )
        made.append(ctx)
        return ctx

    yield make
    for ctx in made:
        await ctx.shutdown()
        ctx.translators.switch("en")


@pytest.fixture
async def signed_in_ctx(
    make_ctx: Callable[..., AppContext], live_server: Any, server_clock: Any, signed_up_user: Any
) -> AppContext:
    """A context on the live server and its clock, signed in as `signed_up_user`."""
    ctx = make_ctx(live_server.url, clock=server_clock.now)
    await ctx.session.sign_in(signed_up_user.email, signed_up_user.password)
    return ctx


@pytest.fixture
def book_first_slot(api: ApiClient) -> Callable[[date], Awaitable[Booking]]:
    """`await book_first_slot(day)`: `signed_up_user` books the first office's first slot
    from 10:00 Japan time that day (the demo desk is open all day, so there is one)."""

    async def book(day: date) -> Booking:
        office = (await api.offices())[0]
        slots = [
            s for s in await api.slots(office.id, day, day) if s.start.astimezone(JST).hour >= 10
        ]
        assert slots, "the demo office should have free slots that day"
        return await api.book(BookingRequest(slot_id=slots[0].id))

    return book


PageT = TypeVar("PageT", bound=QWidget)


@pytest.fixture
def show_page(close_widgets: list[QWidget]) -> Callable[..., Any]:
    """`show_page(page, nav)`: show a page at the main window's size, closed after the test.

    Where the page asks to go is appended to `nav` (when given) as (key, arg),
    which is what the main window would receive.
    """

    def show(page: PageT, nav: list[tuple[str, Any]] | None = None) -> PageT:
        if nav is not None:
            page.navigate.connect(lambda key, arg: nav.append((key, arg)))  # type: ignore[attr-defined]
        page.resize(960, 680)
        page.show()
        close_widgets.append(page)
        return page

    return show
