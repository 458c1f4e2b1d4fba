"""A picture of every main page in every language, for people to look at.

With HWCLIENT_SHOTS_DIR set, each page is saved as `<dir>/<lang>/<page>.png`
(missing glyphs, overlaps and overflow are things only eyes catch reliably).
Without it the walk still runs and checks what a machine can: each page has
a title, and at the minimum window size no page is wider than its room and
no label or button cuts its text off (long translations must wrap).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from hwclient.i18n import LANGUAGES
from hwclient.ui.context import AppContext
from tests.i18n.tour import PAGES, Tour, book_ahead, make_window
from tests.i18n.widgets import clipped

pytestmark = pytest.mark.gui


@pytest.mark.timeout(120)
@pytest.mark.parametrize("code", [lang.code for lang in LANGUAGES])
async def test_every_main_page_in_every_language(
    code: str,
    styled_app: QApplication,
    live_server: Any,
    server_clock: Any,
    signed_up_user: Any,
    api: Any,
    make_ctx: Callable[..., AppContext],
    close_widgets: list,
    wait_until: Any,
    shots_dir: Path | None,
) -> None:
    booking = await book_ahead(api, server_clock)
    ctx = make_ctx(live_server.url, language=code, clock=server_clock.now)
    window = make_window(ctx)
    close_widgets.append(window)
    seen: list[str] = []
    too_wide: list[str] = []

    async def visit(name: str) -> None:
        seen.append(name)
        assert window.title_label.text(), f"{code}/{name}: the page has no title"
        page = window.stack.currentWidget()
        if page.minimumSizeHint().width() > window.stack.width():
            too_wide.append(f"{name}: the page needs {page.minimumSizeHint().width()}px")
        too_wide.extend(f"{name}: {problem}" for problem in clipped(window))
        if shots_dir is not None:
            folder = shots_dir / code
            folder.mkdir(exist_ok=True)
            assert window.grab().save(str(folder / f"{name}.png"))

    tour = Tour(window, ctx, wait_until, visit)
    await tour.signed_out()
    await tour.signed_in(signed_up_user.email, signed_up_user.password, booking)
    assert tuple(seen) == PAGES
    assert too_wide == [], f"{code} at the minimum window size:\n" + "\n".join(too_wide)
