"""The whole journey through the main window and its pages, against the real server.

Register → open the mailed link in the demo mailbox → sign in → agree to the
terms → book → be refused a second session that day → cancel → book again →
join once the server's clock is inside the join window (the Zoom link goes to
the OS opener, captured here) → sign out. Only clicks and typing, as a person
would; the server's own answers decide every step.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QMessageBox

from hwclient.api import Unauthenticated
from hwclient.ui.main_window import MainWindow
from hwclient.ui.pages.booking import BookingPage, Step
from tests.ui.wizard import choose_first_time

DAY = date(2026, 12, 2)  # a Wednesday after the server's "today" (Tue 1 Dec 2026)
OFFICE = "tokyo-midoridai"
OTHER_OFFICE = "osaka-sakurabashi"
EMAIL = "journey@example.com"
PASSWORD = "lantern orchard violet 77"


async def register_and_verify(window: MainWindow, wait_until: Any) -> None:
    window.go("register")
    page = window.pages["register"]
    page.name.editor.setText("Suzuki Hanako")
    page.email.editor.setText(EMAIL)
    page.password_edit.setText(PASSWORD)
    page.repeat_edit.setText(PASSWORD)
    page.submit_button.click()
    await wait_until(lambda: window.current_key == "verify_sent")

    window.show_mailbox()
    mailbox = window.mailbox
    assert mailbox is not None
    await wait_until(lambda: _row_to(mailbox, EMAIL) is not None)
    mailbox.list.setCurrentItem(_row_to(mailbox, EMAIL))
    html = mailbox.body.toHtml()
    link = next(p.split('"', 1)[0] for p in html.split('href="')[1:] if "/verify?" in p)
    mailbox.body.anchorClicked.emit(QUrl(link))
    await wait_until(lambda: window.current_key == "signin")
    assert "registration is complete" in mailbox.status.text.text()
    mailbox.close()
    await wait_until(lambda: window.ctx.pending_tasks == 0)  # the sign-in page is ready


def _row_to(mailbox: Any, email: str) -> Any:
    for row in range(mailbox.list.topLevelItemCount()):
        if mailbox.list.topLevelItem(row).text(1) == email:
            return mailbox.list.topLevelItem(row)
    return None


async def sign_in_and_consent(window: MainWindow, wait_until: Any) -> None:
    signin = window.pages["signin"]
    signin.email.editor.setText(EMAIL)
    signin.password_edit.setText(PASSWORD)
    signin.sign_in_button.click()
    await wait_until(lambda: window.current_key == "terms")
    terms = window.pages["terms"]
    await wait_until(lambda: terms.terms is not None)
    terms.agree_box.setChecked(True)
    terms.zoom_box.setChecked(True)
    bar = terms.browser.verticalScrollBar()

    def read_to_the_end() -> bool:
        bar.setValue(bar.maximum())  # the text may still be laid out: scroll again
        return terms.agree_button.isEnabled()

    await wait_until(read_to_the_end)
    terms.agree_button.click()
    await wait_until(lambda: window.current_key == "home")


async def open_wizard_at_time(window: MainWindow, wait_until: Any, office_id: str) -> BookingPage:
    """Booking page: office → the day → its first free time."""
    window.go("book", "new")
    page = window.pages["book"]
    assert isinstance(page, BookingPage)
    await wait_until(lambda: window.ctx.pending_tasks == 0)  # offices (re)loaded
    assert page.stack.currentIndex() == Step.OFFICE
    await choose_first_time(page, wait_until, office_id, DAY)
    return page


async def book(window: MainWindow, wait_until: Any) -> None:
    page = await open_wizard_at_time(window, wait_until, OFFICE)
    page.next_button.click()  # → who will be with you
    page.next_button.click()  # → confirm
    page.next_button.click()  # Book
    await wait_until(lambda: page.stack.currentIndex() == Step.DONE)


async def booked(ctx: Any) -> list[Any]:
    """The person's upcoming sessions that still stand (not cancelled)."""
    return [b for b in await ctx.api.bookings("upcoming") if b.status == "booked"]


async def cancel(window: MainWindow, wait_until: Any, booking_id: str) -> None:
    window.go("bookings")
    page = window.pages["bookings"]
    await wait_until(lambda: page.card_for(booking_id) is not None)
    page.card_for(booking_id).cancel_button.click()
    box = page.confirm_box
    assert box is not None
    yes = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    yes.click()
    await wait_until(lambda: "is cancelled" in page.status.text.text())


async def test_the_whole_journey_through_the_window(
    live_server: Any,
    server_clock: Any,
    make_ctx: Any,
    close_widgets: list,
    wait_until: Any,
    opened_urls: list,
) -> None:
    ctx = make_ctx(live_server.url, clock=server_clock.now)
    ctx.demo = live_server
    errors: list[str] = []
    ctx.unexpectedError.connect(errors.append)
    window = MainWindow(ctx)
    close_widgets.append(window)
    window.resize(960, 680)
    window.show()

    await register_and_verify(window, wait_until)
    await sign_in_and_consent(window, wait_until)

    await book(window, wait_until)
    first = await booked(ctx)
    assert [b.start.date() for b in first] == [DAY]

    page = await open_wizard_at_time(window, wait_until, OTHER_OFFICE)
    page.next_button.click()
    page.next_button.click()
    page.next_button.click()  # Book a second session the same day
    await wait_until(lambda: page.error.isVisible())
    assert "Only one session a day" in page.error.text.text()
    assert len(await booked(ctx)) == 1

    await cancel(window, wait_until, first[0].id)
    assert await booked(ctx) == []

    await book(window, wait_until)
    (booking,) = await booked(ctx)
    assert booking.id != first[0].id

    server_clock.set(booking.start - timedelta(minutes=2))
    window.go("home")
    home = window.pages["home"]
    await wait_until(lambda: window.ctx.pending_tasks == 0 and home.join_button.isEnabled())
    home.join_button.click()
    await wait_until(lambda: window.current_key == "join")
    join = window.pages["join"]
    await wait_until(lambda: join.booking is not None)
    join.zoom_installed = lambda: False
    for box in join.boxes:
        box.setChecked(True)
    join.launch_button.click()
    await wait_until(lambda: opened_urls)
    assert len(opened_urls) == 1
    assert opened_urls[0].startswith("https://")
    assert "zoom" in opened_urls[0]

    window.go("account")
    account = window.pages["account"]
    account.sign_out_button.click()
    await wait_until(lambda: window.current_key == "signin")
    try:
        await ctx.api.me()
        signed_out = False
    except Unauthenticated:
        signed_out = True
    assert signed_out
    assert errors == []
