"""Pages scroll instead of being squeezed, and the window opens at a sensible size.

With a large OS text size (older users choose 150 % text, or 16 pt) a page
can need more height than the window has. The window's minimum size then
used to win and the page's labels were squeezed over each other; every page
now sits in a scroll area, so it keeps the room its text needs and scrolls.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QScrollArea

from hwclient.ui import style
from hwclient.ui.context import AppContext
from hwclient.ui.main_window import START_MAX, MainWindow, start_size
from hwclient.ui.pages.device_check import RESULT_LINES_SHOWN
from tests.ui.conftest import NO_SERVER


async def test_a_page_taller_than_the_window_scrolls_instead_of_squeezing(
    make_ctx: Callable[..., AppContext], close_widgets: list, wait_until
) -> None:
    window = MainWindow(make_ctx(NO_SERVER, language="en"))
    close_widgets.append(window)
    window.resize(*style.MIN_WINDOW)
    window.show()
    window.go("language")
    page = window.pages["language"]
    page.setMinimumHeight(window.height() * 2)  # as a page does with very large text
    frame = window.stack.currentWidget()
    assert isinstance(frame, QScrollArea)
    assert frame.widget() is page
    await wait_until(lambda: frame.verticalScrollBar().isVisible())
    assert page.height() >= window.height() * 2  # all of it, not squeezed
    assert frame.verticalScrollBar().maximum() >= page.height() - frame.viewport().height()


async def test_every_page_sits_in_its_own_frame(
    make_ctx: Callable[..., AppContext], close_widgets: list
) -> None:
    window = MainWindow(make_ctx(NO_SERVER, language="en"))
    close_widgets.append(window)
    for key in ("language", "check", "signin"):
        window.go(key)
        frame = window.stack.currentWidget()
        assert isinstance(frame, QScrollArea)
        assert frame.widget() is window.pages[key]


@pytest.mark.parametrize(
    ("available", "expected"),
    [
        (QRect(0, 0, 1920, 1032), START_MAX),  # full-HD desktop: roomy, not huge
        (QRect(0, 0, 1366, 728), (1024, 640)),  # common small laptop: within the work area
        (QRect(0, 0, 1280, 672), (960, 640)),  # 200 % on 2560x1440: the minimum
        (QRect(0, 0, 900, 600), (900, 600)),  # smaller than our minimum: the screen wins
    ],
)
def test_the_first_window_size_fits_the_screen(available: QRect, expected: tuple[int, int]) -> None:
    size = start_size(available, style.MIN_WINDOW)
    assert (size.width(), size.height()) == expected


async def test_device_check_results_stay_readable_in_a_short_window(
    make_ctx: Callable[..., AppContext], close_widgets: list, wait_until
) -> None:
    """At the smallest window the results box used to shrink to its heading alone."""
    from tests.i18n.tour import make_window

    window = make_window(make_ctx(NO_SERVER, language="ja"))
    close_widgets.append(window)
    window.show()
    window.go("check")
    page = window.pages["check"]
    await wait_until(lambda: page.report is not None and not page.running)
    results = page.findChild(QScrollArea, "results_scroll")
    first_row = next(iter(page.rows.values()))
    shown = results.viewport().height()
    assert shown >= page.fontMetrics().lineSpacing() * RESULT_LINES_SHOWN - 4
    assert shown >= page.summary.height() + first_row.sizeHint().height() // 2
    frame = window.stack.currentWidget()
    assert isinstance(frame, QScrollArea)
    assert frame.verticalScrollBar().maximum() > 0  # the page scrolls as a whole instead
