"""A picture of every main page in every language, for people to look at.

With HWCLIENT_SHOTS_DIR set, each page is saved as `<dir>/<lang>/<page>.png`
(missing glyphs, overlaps and overflow are things only eyes catch reliably).
Without it the walk still runs and checks what a machine can: each page has
a title, and at the minimum window size no page is wider than its room and
no label or button cuts its text off (long translations must wrap).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from hwclient.i18n import LANGUAGES
from tests.i18n.tour import PAGES, Tour
from tests.i18n.widgets import clipped

if TYPE_CHECKING:
    from tests.i18n.conftest import OpenedWindow

pytestmark = pytest.mark.gui


@pytest.mark.timeout(120)
@pytest.mark.parametrize("code", [lang.code for lang in LANGUAGES])
async def test_every_main_page_in_every_language(
    code: str,
    open_window: Callable[[str], Awaitable[OpenedWindow]],
    signed_up_user: Any,
    wait_until: Any,
    shots_dir: Path | None,
) -> None:
    opened = await open_window(code)
    window = opened.window
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

    await Tour(window, opened.ctx, wait_until, visit).every_page(
        signed_up_user.email, signed_up_user.password, opened.booking
    )
    assert tuple(seen) == PAGES
    assert too_wide == [], f"{code} at the minimum window size:\n" + "\n".join(too_wide)
