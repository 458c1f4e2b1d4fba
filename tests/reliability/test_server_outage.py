"""The server goes away during each step of the journey and comes back.

A person on shaky Wi-Fi must never have to type anything twice: each page
shows the translated "could not reach" message, keeps every field, and the
same button works once the server is back (same address, same database).
Booking must end with exactly one booking however often "Book" was pressed.
"""

from __future__ import annotations

import secrets
from datetime import date
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from hwclient.api import BookingRequest
from hwclient.i18n import translate
from hwclient.ui.context import AppContext
from hwclient.ui.messages import NETWORK
from hwclient.ui.pages.booking import BookingPage, Step
from hwclient.ui.pages.bookings import BookingsPage
from hwclient.ui.pages.register import RegisterPage
from hwclient.ui.pages.signin import SignInPage
from hwclient.ui.widgets.form_fields import MessageBanner

DAY = date(2026, 12, 2)  # a Wednesday after the server's "today" (Tue 1 Dec 2026)
OFFICE = "tokyo-midoridai"
PASSWORD = "quiet river lantern 2026"
UNREACHABLE = "We could not reach the service."


class Nav:
    """Where a page asks to go, as the main window would receive it."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, object]] = []

    def __call__(self, key: str, arg: object) -> None:
        self.calls.append((key, arg))

    @property
    def keys(self) -> list[str]:
        return [key for key, _ in self.calls]


def show(page: QWidget, widgets: list[QWidget]) -> Nav:
    nav = Nav()
    page.navigate.connect(nav)  # type: ignore[attr-defined]
    page.resize(960, 680)
    page.show()
    widgets.append(page)
    return nav


def says_unreachable(banner: MessageBanner) -> bool:
    """The banner is up with the translated network message (not a traceback, not a code)."""
    message = banner.message
    return (
        banner.isVisible()
        and message is not None
        and message.code == NETWORK
        and translate("Messages", UNREACHABLE) in banner.text.text()
        and "Traceback" not in banner.text.text()
    )


@pytest.mark.parametrize("language", ["en", "ja"])
async def test_sign_in_while_the_server_is_away_keeps_what_was_typed(
    ctx: AppContext,
    live_server: Any,
    signed_up_user: Any,
    widgets: list,
    wait_until: Any,
    language: str,
) -> None:
    ctx.set_language(language)
    if language != "en":  # the message is really in the person's language
        assert translate("Messages", UNREACHABLE) != UNREACHABLE
    page = SignInPage(ctx)
    nav = show(page, widgets)
    signed_in: list[bool] = []
    ctx.signedIn.connect(lambda: signed_in.append(True))
    page.email.editor.setText(signed_up_user.email)
    page.password_edit.setText(signed_up_user.password)

    live_server.stop()
    page.sign_in_button.click()
    await wait_until(lambda: says_unreachable(page.error) and page.sign_in_button.isEnabled())
    assert page.email.editor.text() == signed_up_user.email
    assert page.password_edit.text() == signed_up_user.password  # a network error keeps it
    assert not signed_in
    assert not ctx.session.signed_in

    live_server.start()
    page.sign_in_button.click()
    await wait_until(lambda: signed_in)
    assert ctx.session.signed_in
    assert not page.error.isVisible()
    assert page.password_edit.text() == ""  # not kept in the form once it is used
    assert "terms" not in nav.keys  # the consent given before the outage still counts


async def test_register_while_the_server_is_away_keeps_every_field(
    ctx: AppContext, live_server: Any, outbox: Any, widgets: list, wait_until: Any
) -> None:
    page = RegisterPage(ctx)
    nav = show(page, widgets)
    email = f"hanako-{secrets.token_hex(3)}@example.com"
    typed = {
        "name": "Suzuki Hanako",
        "name_kana": "スズキ ハナコ",
        "email": email,
        "password": PASSWORD,
        "password_repeat": PASSWORD,
        "job_seeker_number": "12345-12345678",
        "phone": "090-1234-5678",
        "address": "1-2-3 Midoridai, Tokyo",
    }
    for key, text in typed.items():
        page.fields[key].editor.setText(text)  # type: ignore[attr-defined]

    live_server.stop()
    page.submit_button.click()
    await wait_until(lambda: says_unreachable(page.error) and page.submit_button.isEnabled())
    kept = {key: page.fields[key].editor.text() for key in typed}  # type: ignore[attr-defined]
    assert kept == typed
    assert nav.calls == []

    live_server.start()
    page.submit_button.click()
    await wait_until(lambda: nav.keys == ["verify_sent"])
    assert outbox.verification_token(email)  # the mail went out once the server was back
    assert [m for m in outbox.messages() if email in str(m["To"])]


async def free_places(ctx: AppContext, slot_id: str) -> int:
    """Free capacity of a slot as the server lists it (0 once it is no longer listed)."""
    slots = await ctx.api.slots(OFFICE, DAY, DAY)
    return next((s.available for s in slots if s.id == slot_id), 0)


def wizard_choices(page: BookingPage) -> dict[str, object]:
    return {
        "slot": page.slot.id if page.slot else None,
        "office": page.office.id if page.office else None,
        "companions": page.companions.companions(),
        "interpreter": page.companions.interpreter_language(),
        "note": page.note.toPlainText(),
    }


async def test_booking_confirm_while_the_server_is_away_books_exactly_once(
    ctx: AppContext,
    live_server: Any,
    signed_up_user: Any,
    widgets: list,
    wait_until: Any,
    wizard_to_confirm: Any,
) -> None:
    await ctx.session.sign_in(signed_up_user.email, signed_up_user.password)
    page = BookingPage(ctx)
    show(page, widgets)
    slot_id = await wizard_to_confirm(page, OFFICE, DAY)
    before = wizard_choices(page)
    free_before = await free_places(ctx, slot_id)

    live_server.stop()
    for _ in range(2):  # an impatient second press while it is still down
        page.next_button.click()
        await wait_until(lambda: says_unreachable(page.error) and page.next_button.isEnabled())
        assert page.stack.currentIndex() == Step.CONFIRM
        assert wizard_choices(page) == before

    live_server.start()
    page.next_button.click()
    await wait_until(lambda: page.stack.currentIndex() == Step.DONE)
    bookings = await ctx.api.bookings("all")
    assert len(bookings) == 1
    booked = bookings[0]
    assert booked.status == "booked"
    assert booked.start.date() == DAY
    assert {c.role for c in booked.companions} == {"interpreter", "other"}
    assert booked.interpreter_language == "vi"
    assert await free_places(ctx, slot_id) == free_before - 1  # one place taken, not two


def confirm_cancel(page: BookingsPage) -> None:
    """Press "Yes, cancel it" in the confirmation the page opened."""
    box = page.confirm_box
    assert box is not None
    yes = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    yes.click()


async def test_cancel_while_the_server_is_away_then_again_when_it_is_back(
    ctx: AppContext, live_server: Any, signed_up_user: Any, widgets: list, wait_until: Any
) -> None:
    await ctx.session.sign_in(signed_up_user.email, signed_up_user.password)
    slot = (await ctx.api.slots(OFFICE, DAY, DAY))[0]
    booking = await ctx.api.book(BookingRequest(slot_id=slot.id))
    page = BookingsPage(ctx)
    show(page, widgets)
    await page.on_enter()
    card = page.card_for(booking.id)
    assert card is not None
    assert card.cancel_button.isVisibleTo(card)

    live_server.stop()
    card.cancel_button.click()
    confirm_cancel(page)
    await wait_until(lambda: says_unreachable(page.status) and ctx.pending_tasks == 0)
    card = page.card_for(booking.id)
    assert card is not None
    assert card.cancel_button.isVisibleTo(card)
    assert card.booking.status == "booked"

    live_server.start()
    card.cancel_button.click()
    confirm_cancel(page)
    await wait_until(lambda: "is cancelled" in page.status.text.text())
    bookings = await ctx.api.bookings("all")
    assert [(b.id, b.status) for b in bookings] == [(booking.id, "cancelled")]


async def test_start_while_the_server_is_away_keeps_the_sign_in_and_retries(
    ctx: AppContext, live_server: Any, signed_up_user: Any, widgets: list, wait_until: Any
) -> None:
    """Monday morning, the office server is down: no second sign-in once it is back."""
    from hwclient.ui.main_window import MainWindow

    await ctx.session.sign_in(signed_up_user.email, signed_up_user.password)
    ctx.api.set_token(None)  # a fresh start: the token is only in the keyring
    window = MainWindow(ctx)
    widgets.append(window)
    window.show()

    live_server.stop()
    await window.start(first_run=False)
    assert window.alert_banner.isVisible()
    assert "Could not reach" in window.alert_banner.text.text()
    assert window.current_key == "check"  # the device check works offline
    assert not window.signed_in

    live_server.start()
    window.alert_banner.button.click()  # "Try again"
    await wait_until(lambda: window.signed_in)
    assert "home" in window.nav_keys()  # the signed-in side bar is back
    assert not window.alert_banner.isVisible()
    assert ctx.api.token is not None  # the kept token, no password asked again
    await wait_until(lambda: not window.pages["check"].running)  # let the offline check end
