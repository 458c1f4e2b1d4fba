"""Walk the terms, account, booking and my-bookings pages in the real main window, in
Japanese and English, and save a screenshot of each into HWCLIENT_SHOTS_DIR (when set).

Also a layout check: in both languages every page fits the minimum window without
text cut off at the side (long translations must wrap, not clip).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from hwclient.ui.context import AppContext
from hwclient.ui.main_window import MainWindow
from hwclient.ui.pages.booking import Step

DAYS = {"en": date(2026, 12, 2), "ja": date(2026, 12, 3)}


def clipped_labels(page: QWidget) -> list[str]:
    """Visible labels whose text is wider than they are and do not wrap."""
    bad = []
    for label in page.findChildren(QLabel):
        if not label.isVisibleTo(page) or label.wordWrap() or not label.text():
            continue
        if label.sizeHint().width() > label.width() + 2 and label.width() > 0:
            bad.append(label.text()[:60])
    return bad


@pytest.mark.parametrize("lang", ["ja", "en"])
async def test_walk_and_shoot_every_page(
    lang: str,
    styled_app: QApplication,
    make_ctx: Callable[..., AppContext],
    live_server: Any,
    server_clock: Any,
    signed_up_user: Any,
    close_widgets: list,
    wait_until: Any,
    save_shot: Callable[[QWidget, str], None],
) -> None:
    ctx = make_ctx(live_server.url, language=lang, clock=server_clock.now)
    window = MainWindow(ctx)
    close_widgets.append(window)
    window.resize(1024, 720)
    window.show()

    async def visit(key: str, ready: Callable[[Any], bool], arg: object = None) -> Any:
        window.go(key, arg)
        page = window.pages[key]
        await wait_until(lambda: ready(page))
        await asyncio.sleep(0.1)  # let layouts settle (never processEvents() inside a task)
        assert clipped_labels(page) == [], f"{key} ({lang}) cuts text off"
        save_shot(window, f"{key}-{lang}")
        return page

    await visit("terms", lambda p: p.terms is not None)
    await visit("signin", lambda p: True)
    register = await visit("register", lambda p: True)
    register.submit_button.click()  # empty form: every mistake shown next to its field
    await asyncio.sleep(0.1)
    save_shot(window, f"register-errors-{lang}")
    await visit("verify_sent", lambda p: True, {"email": "hanako@example.com"})
    await visit("forgot", lambda p: len(p.offices) > 0)

    await ctx.session.sign_in(signed_up_user.email, signed_up_user.password)
    ctx.signedIn.emit()
    book = await visit("book", lambda p: p.office_list.count() > 0, "new")
    book.office_list.setCurrentRow(2)
    book.next_button.click()
    await wait_until(lambda: DAYS[lang] in book.calendar.free_days())
    book.calendar.select_day(DAYS[lang])
    book.calendar.times.setCurrentRow(1)
    await asyncio.sleep(0.1)
    save_shot(window, f"book-time-{lang}")
    book.next_button.click()
    book.companions.boxes["interpreter"].setChecked(True)
    book.note.setPlainText("パートタイムの仕事について相談したいです。")
    await asyncio.sleep(0.1)
    save_shot(window, f"book-companions-{lang}")
    book.next_button.click()
    await asyncio.sleep(0.1)
    save_shot(window, f"book-confirm-{lang}")
    book.next_button.click()
    await wait_until(lambda: book.stack.currentIndex() == Step.DONE)
    await asyncio.sleep(0.1)
    save_shot(window, f"book-done-{lang}")

    await visit("bookings", lambda p: p.cards)
    await visit("account", lambda p: p.me is not None)
