"""Join: the checklist gates the launch; the link opens in the Zoom app or the browser."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from hwclient.ui.main_window import MainWindow


@pytest.fixture
async def join_page(signed_in_ctx, book_first_slot, close_widgets, wait_until):
    booking = await book_first_slot(date(2026, 12, 2))
    ctx = signed_in_ctx
    window = MainWindow(ctx)
    close_widgets.append(window)
    window.show()
    ctx.signedIn.emit()
    await wait_until(lambda: window.current_key == "home")
    window.go("join", booking)
    page = window.pages["join"]
    # Entered and settled (home's loading included): nothing left to reset the checklist.
    await wait_until(lambda: page.booking is not None and ctx.pending_tasks == 0)
    return page, booking


def tick_all(page) -> None:
    for box in page.boxes:
        box.setChecked(True)
    assert page.launch_button.isEnabled()  # a person can only press it now


async def test_every_point_must_be_confirmed_before_zoom_opens(join_page, save_shot) -> None:
    page, _booking = join_page
    assert "Yamada Taro" in page.name_box.text()  # the registered name, shown
    assert not page.launch_button.isEnabled()
    page.private_box.setChecked(True)
    page.recording_box.setChecked(True)
    assert not page.launch_button.isEnabled()
    page.name_box.setChecked(True)
    assert page.launch_button.isEnabled()
    page.recording_box.setChecked(False)
    assert not page.launch_button.isEnabled()
    save_shot(page.window(), "join-en")


@pytest.mark.parametrize(("installed", "scheme"), [(True, "zoommtg://"), (False, "https://")])
async def test_zoom_app_link_when_installed_else_browser(
    join_page, server_clock, opened_urls, wait_until, installed, scheme
) -> None:
    page, booking = join_page
    server_clock.set(booking.start - timedelta(minutes=2))
    page.zoom_installed = lambda: installed
    tick_all(page)
    page.launch_button.click()
    await wait_until(lambda: opened_urls)
    assert opened_urls[0].startswith(scheme)
    if installed:
        assert "uname=Yamada" in opened_urls[0]
    else:
        assert "zoom" in opened_urls[0]
    assert page.opened.isVisibleTo(page)
    assert not page.message.isVisibleTo(page)


async def test_too_early_says_when_joining_opens(join_page, opened_urls, wait_until) -> None:
    page, _booking = join_page  # the server clock is a day before the session
    page.zoom_installed = lambda: False
    tick_all(page)
    page.launch_button.click()
    await wait_until(lambda: page.message.isVisibleTo(page))
    assert "You can join from" in page.message.text.text()
    assert opened_urls == []
