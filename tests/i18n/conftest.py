"""The i18n tests drive the real main window, so they reuse the UI test harness.

tests/ui/conftest.py owns the qasync loop hook and the window fixtures; a
conftest only applies to its own folder, so the ones needed here are taken
over from it (one harness, not a copy). The live server fixtures come from
tests/conftest.py as for every client test.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from hwclient.ui import style
from tests.ui.conftest import (  # noqa: F401  (fixtures and the loop hook, re-exported)
    close_widgets,
    make_ctx,
    pytest_asyncio_loop_factories,
    save_shot,
    shots_dir,
    wait_until,
)


@pytest.fixture
async def styled_app() -> AsyncIterator[QApplication]:
    """The app's real look (large font, style sheet), so clipping is judged as users see it."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font, sheet = app.font(), app.styleSheet()
    style.apply(app)
    yield app
    app.setFont(font)
    app.setStyleSheet(sheet)


@pytest.fixture(autouse=True)
def _default_locale_restored() -> Iterator[None]:
    """Translators set QLocale's default; the next test starts from the one before."""
    before = QLocale()
    yield
    QLocale.setDefault(before)
