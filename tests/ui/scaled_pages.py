"""Every main page at 200 % scaling; run by test_scaling.py in its own Qt process.

Qt reads QT_SCALE_FACTOR only when the application starts, and the test
session's application is long started, so test_scaling.py starts pytest on
this file in a fresh process: scale factor 2 on a 2560x1440 screen, which is
the 1280x720 logical screen of a small laptop at 200 %. (Layout sizes are
in logical pixels, so this is also the 1280x720 screen at 100 %; what
changes at 200 % is text drawn on the finer pixel grid.) The file name does
not start with test_, so the normal test run does not collect it.

At each page: no button's text runs under its border or padding, no label
is shown smaller than its text needs, the page is never squeezed below
what it needs (it scrolls instead), and the
window at its minimum size fits the screen with a title bar and a taskbar.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication

from hwclient.ui import style
from hwclient.ui.context import AppContext
from hwclient.ui.main_window import MainWindow
from tests.i18n.tour import PAGES, Tour, open_booked_window
from tests.i18n.widgets import clipped
from tests.ui.text_room import cut_off

pytestmark = [
    pytest.mark.gui,
    pytest.mark.skipif(
        os.environ.get("HWCLIENT_SCALED") != "2", reason="run by test_scaling.py at 200 %"
    ),
]

SCREEN = QSize(1280, 720)  # logical pixels of a 2560x1440 screen at 200 %
#: What the OS keeps for itself: a Windows 11 title bar and taskbar (logical pixels).
TITLE_BAR = 32
TASKBAR = 48


def work_area() -> QSize:
    """The room a window really gets on the screen: its height minus the taskbar."""
    screen = QGuiApplication.primaryScreen()
    assert screen.devicePixelRatio() == 2, "not running at 200 %"
    assert screen.availableGeometry().size() == SCREEN
    return QSize(SCREEN.width(), SCREEN.height() - TASKBAR)


def too_big(window: MainWindow) -> str:
    """Whether the window cannot shrink to fit the work area (title bar included)."""
    room = work_area()
    smallest = window.minimumSizeHint().expandedTo(window.minimumSize())
    if smallest.width() > room.width() or smallest.height() + TITLE_BAR > room.height():
        return f"the window needs at least {smallest.width()}x{smallest.height()} + title bar"
    return ""


@pytest.mark.timeout(120)
@pytest.mark.parametrize("code", ["ja", "en"])
async def test_every_page_at_200_percent(
    code: str,
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
    problems: list[str] = []
    seen: list[str] = []

    async def visit(name: str) -> None:
        seen.append(name)
        page = window.pages[window.current_key]
        hint = page.minimumSizeHint()
        if hint.width() > page.width() or hint.height() > page.height():  # squeezed, not scrolled
            problems.append(f"{name}: the page needs {hint.width()}x{hint.height()}")
        problems.extend(f"{name}: {p}" for p in cut_off(window) + clipped(window))
        if too_big(window):
            problems.append(f"{name}: {too_big(window)}")
        if shots_dir is not None:
            folder = shots_dir / "scale200" / code
            folder.mkdir(parents=True, exist_ok=True)
            assert window.grab().save(str(folder / f"{name}.png"))

    await Tour(window, ctx, wait_until, visit).every_page(
        signed_up_user.email, signed_up_user.password, booking
    )
    assert tuple(seen) == PAGES
    assert problems == [], f"{code} at 200 %:\n" + "\n".join(problems)


async def test_the_window_opens_inside_the_screen(
    make_ctx: Callable[..., AppContext], close_widgets: list
) -> None:
    window = MainWindow(make_ctx())
    close_widgets.append(window)
    window.resize_for_screen(QGuiApplication.primaryScreen().availableGeometry())  # as the shell
    window.show()
    room = work_area()
    assert window.width() <= room.width()
    assert window.height() + TITLE_BAR <= room.height()
    assert (window.width(), window.height()) >= style.MIN_WINDOW
