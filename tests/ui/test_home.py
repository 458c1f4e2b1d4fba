"""Home against the real server: countdown, and Join enabled only inside the join window."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from hwclient.ui.main_window import MainWindow


@pytest.fixture
async def signed_in_window(signed_in_ctx, close_widgets):
    window = MainWindow(signed_in_ctx)
    close_widgets.append(window)
    window.show()
    return window


async def test_home_without_a_booking_offers_to_book(signed_in_window, wait_until) -> None:
    window = signed_in_window
    window.ctx.signedIn.emit()
    home = await _home(window, wait_until)
    assert home.no_booking.isVisibleTo(home)
    assert not home.card.isVisibleTo(home)
    assert home.book_button.property("primary") is True
    assert "Yamada Taro" in home.greeting.text()


async def test_join_is_enabled_only_inside_the_join_window(
    signed_in_window, book_first_slot, server_clock, wait_until, save_shot
) -> None:
    window = signed_in_window
    booking = await book_first_slot(date(2026, 12, 2))
    window.ctx.signedIn.emit()
    home = await _home(window, wait_until)
    await wait_until(lambda: home.card.isVisibleTo(home))

    assert home.countdown_label.text().startswith("Starts in")
    assert "day" in home.countdown_label.text()
    assert not home.join_button.isEnabled()
    assert "You can join from" in home.join_hint.text()
    assert home.office_label.text().startswith("Office: ")
    assert "phone" in home.office_label.text()
    assert home.check_banner.isVisibleTo(home)  # no device check yet in this run
    save_shot(window, "home-en")

    server_clock.set(booking.start - timedelta(minutes=5))
    home.refresh_time()  # what the page's timer does
    assert home.join_button.isEnabled()
    assert home.countdown_label.text() == "Starts in 05:00"
    assert home.timer.interval() == 1000  # seconds tick near the start

    server_clock.set(booking.start + timedelta(minutes=11))
    home.refresh_time()
    assert not home.join_button.isEnabled()
    assert "phone the office" in home.join_hint.text()


async def test_join_button_leads_to_the_join_checklist(
    signed_in_window, book_first_slot, server_clock, wait_until
) -> None:
    window = signed_in_window
    booking = await book_first_slot(date(2026, 12, 2))
    server_clock.set(booking.start - timedelta(minutes=3))
    window.ctx.signedIn.emit()
    home = await _home(window, wait_until)
    await wait_until(lambda: home.join_button.isEnabled())
    home.check_banner.set_action("Check", lambda: None)
    home.check_banner.show()
    # Tab goes down the page, though the banners were built before the buttons below them.
    chain, widget = [], home.join_button
    while len(chain) < 4:
        if widget.isVisibleTo(home):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    assert chain == [
        home.join_button,
        home.check_banner.button,
        home.book_button,
        home.bookings_button,
    ]
    home.join_button.click()
    await wait_until(lambda: window.current_key == "join")
    join = window.pages["join"]
    await wait_until(lambda: join.booking is not None)
    assert join.booking.id == booking.id


async def _home(window, wait_until):
    await wait_until(lambda: window.current_key == "home")
    home = window.pages["home"]
    await wait_until(lambda: home.loaded)
    return home
