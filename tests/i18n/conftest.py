"""The i18n tests drive the real main window, so they reuse the UI test harness.

tests/ui/conftest.py owns the qasync loop hook and the window fixtures; a
conftest only applies to its own folder, so the ones needed here are taken
over from it (one harness, not a copy). The live server fixtures come from
tests/conftest.py as for every client test; `open_window` here starts the
window every walk through the pages begins with.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from hwclient.api import ApiClient, Booking
from hwclient.ui.context import AppContext
from hwclient.ui.main_window import MainWindow
from tests.i18n.tour import open_booked_window
from tests.ui.conftest import (  # noqa: F401  (fixtures and the loop hook, re-exported)
    close_widgets,
    make_ctx,
    pytest_asyncio_loop_factories,
    save_shot,
    shots_dir,
    styled_app,
    wait_until,
)


@pytest.fixture(autouse=True)
def _default_locale_restored() -> Iterator[None]:
    """Translators set QLocale's default; the next test starts from the one before."""
    before = QLocale()
    yield
    QLocale.setDefault(before)


@dataclass
class OpenedWindow:
    """What a walk needs: the window, its services, and the booking home shows."""

    window: MainWindow
    ctx: AppContext
    booking: Booking


@pytest.fixture
def open_window(
    styled_app: QApplication,  # noqa: F811  (a fixture, not the import above)
    live_server: Any,
    server_clock: Any,
    signed_up_user: Any,
    api: ApiClient,
    make_ctx: Callable[..., AppContext],  # noqa: F811
    close_widgets: list,  # noqa: F811
) -> Callable[[str], Awaitable[OpenedWindow]]:
    """`await open_window("ja")`: the real main window in that language, on the live server.

    `signed_up_user` has one booking coming up and the clock stands 8 minutes
    before it (so home offers Join); the window is closed after the test.
    """

    async def open_in(language: str) -> OpenedWindow:
        window, ctx, booking = await open_booked_window(
            api, server_clock, make_ctx, live_server.url, language, close_widgets
        )
        return OpenedWindow(window, ctx, booking)

    return open_in
