"""The app under an OS dark theme: every text stays readable, nothing glares light.

Many users are older or have low vision and turn on dark mode or high
contrast. These tests set a dark palette on the application the way the OS
does, walk every main page of the real main window against the live server,
and measure text contrast on the rendered pixels (WCAG AA, 4.5:1). The light
scheme is walked once too, so a fix for dark never costs the light look. With
HWCLIENT_SHOTS_DIR set, each dark page is saved as `<dir>/dark/<lang>/<page>.png`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from hwclient.ui import style
from hwclient.ui.context import AppContext
from tests.i18n.tour import PAGES, Tour, open_booked_window
from tests.ui.contrast import too_faint
from tests.ui.themes import light_default, windows_dark

pytestmark = pytest.mark.gui


SCHEMES = {"light": light_default, "dark": windows_dark}


@pytest.fixture
async def themed_app(scheme: str) -> AsyncIterator[QApplication]:
    """The app's look in the OS scheme `scheme`; the look before comes back after."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    palette, font, sheet = QPalette(app.palette()), app.font(), app.styleSheet()
    app.setPalette(SCHEMES[scheme]())
    style.apply(app)
    yield app
    app.setPalette(palette)
    app.setFont(font)
    app.setStyleSheet(sheet)


@pytest.mark.timeout(120)
@pytest.mark.parametrize(("scheme", "code"), [("dark", "ja"), ("dark", "en"), ("light", "ja")])
async def test_every_page_is_readable(
    scheme: str,
    code: str,
    themed_app: QApplication,
    live_server: Any,
    server_clock: Any,
    signed_up_user: Any,
    api: Any,
    make_ctx: Callable[..., AppContext],
    close_widgets: list,
    wait_until: Any,
    shots_dir: Path | None,
) -> None:
    window, ctx, booking = await open_booked_window(
        api, server_clock, make_ctx, live_server.url, code, close_widgets
    )
    faint: list[str] = []
    seen: list[str] = []

    async def visit(name: str) -> None:
        seen.append(name)
        faint.extend(f"{name}: {problem}" for problem in too_faint(window))
        if shots_dir is not None and scheme == "dark":
            folder = shots_dir / "dark" / code
            folder.mkdir(parents=True, exist_ok=True)
            assert window.grab().save(str(folder / f"{name}.png"))

    await Tour(window, ctx, wait_until, visit).every_page(
        signed_up_user.email, signed_up_user.password, booking
    )
    assert tuple(seen) == PAGES
    assert faint == [], f"{code}, {scheme} scheme, text under 4.5:1:\n" + "\n".join(faint)
