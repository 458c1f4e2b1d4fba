"""Terms re-consent, consent before booking, password change and reminder, account deletion,
and the forgot-password page: real pages against the real server."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import httpx
from PySide6.QtWidgets import QMessageBox

from hwclient.ui.context import AppContext
from hwclient.ui.pages.account import AccountPage
from hwclient.ui.pages.booking import BookingPage, Step
from hwclient.ui.pages.forgot import ForgotPage
from hwclient.ui.pages.terms import TermsPage

NEW_PASSWORD = "quiet harbour copper 58"
STAFF = {"email": "staff@example.jp", "password": "staff-pass-1234"}  # demo server's staff


async def publish_terms(server_url: str, version: str, day: date) -> None:
    """A staff member publishes a new version, as the office would."""
    text = {"title": "Terms of use", "body": "# Terms\n\nNew rules.", "changes_summary": "Rule 3"}
    async with httpx.AsyncClient(base_url=server_url) as staff:
        login = await staff.post("/v1/sessions", json=STAFF)
        login.raise_for_status()
        answer = await staff.post(
            "/v1/staff/terms",
            json={
                "version": version,
                "effective_on": day.isoformat(),
                "texts": {"ja": {**text, "title": "利用規約"}, "en": text},
            },
            headers={"Authorization": f"Bearer {login.json()['token']}"},
        )
        answer.raise_for_status()


def agree(page: TermsPage) -> None:
    page.agree_box.setChecked(True)
    page.zoom_box.setChecked(True)
    bar = page.browser.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert page.agree_button.isEnabled()
    page.agree_button.click()


async def test_new_terms_version_is_explained_and_agreed_again(
    signed_in_ctx: AppContext, live_server: Any, show_page: Any, wait_until: Any
) -> None:
    before = (await signed_in_ctx.api.me()).consented_terms_version
    await publish_terms(live_server.url, "9.0", date(2026, 12, 1))
    assert (await signed_in_ctx.api.me()).terms_consent_required

    nav: list = []
    page = show_page(TermsPage(signed_in_ctx), nav)
    await page.on_enter({"next": "home"})
    assert page.changed_banner.isVisibleTo(page)
    assert "changed since you last agreed" in page.changed_banner.text.text()
    assert "Rule 3" in page.changed_banner.text.text()
    assert "9.0" in page.meta.text()
    assert not page.agree_button.isEnabled()  # nothing ticked yet
    agree(page)
    await wait_until(lambda: nav)
    assert nav == [("home", None)]
    me = await signed_in_ctx.api.me()
    assert me.consented_terms_version == "9.0" != before
    assert not me.terms_consent_required


async def test_booking_without_consent_goes_to_terms_and_comes_back(
    signed_in_ctx: AppContext, live_server: Any, show_page: Any, wait_until: Any
) -> None:
    nav: list = []
    booking = show_page(BookingPage(signed_in_ctx), nav)
    await booking.on_enter("new")
    booking.next_button.click()  # first office
    day = date(2026, 12, 7)
    await wait_until(lambda: booking.calendar.loaded_months)
    booking.calendar.select_day(day)
    booking.calendar.times.setCurrentRow(0)
    booking.next_button.click()
    booking.next_button.click()
    await publish_terms(live_server.url, "9.1", date(2026, 12, 1))  # changed meanwhile
    booking.next_button.click()  # Book
    await wait_until(lambda: nav)
    assert nav[-1] == ("terms", {"next": "book"})

    terms = show_page(TermsPage(signed_in_ctx), nav)
    await terms.on_enter(nav[-1][1])
    agree(terms)
    await wait_until(lambda: nav[-1] == ("book", None))
    await booking.on_enter(None)
    assert booking.stack.currentIndex() == Step.CONFIRM  # where the person was
    booking.next_button.click()
    await wait_until(lambda: booking.stack.currentIndex() == Step.DONE)
    assert len(await signed_in_ctx.api.bookings("upcoming")) == 1


async def test_password_reminder_and_change(
    signed_in_ctx: AppContext,
    server_clock: Any,
    signed_up_user: Any,
    show_page: Any,
    wait_until: Any,
    make_ctx: Callable[..., AppContext],
    live_server: Any,
) -> None:
    server_clock.advance(timedelta(days=181))  # the server asks for a change after 180 days
    me = await signed_in_ctx.session.sign_in(signed_up_user.email, signed_up_user.password)
    assert me.password_change_due
    nav: list = []
    page = show_page(AccountPage(signed_in_ctx), nav)
    await page.on_enter()
    assert page.reminder.isVisibleTo(page)
    assert signed_up_user.email in page.details.text()

    page.current_edit.setText("not my password at all")
    page.new_edit.setText(NEW_PASSWORD)
    page.repeat_edit.setText(NEW_PASSWORD)
    page.change_button.click()
    await wait_until(lambda: page.current.error.isVisibleTo(page))
    assert "not right" in page.current.error_text()

    page.current_edit.setText(signed_up_user.password)
    page.new_edit.setText(NEW_PASSWORD)
    page.repeat_edit.setText(NEW_PASSWORD + "!")
    page.change_button.click()
    await wait_until(lambda: page.repeat.error.isVisibleTo(page))
    page.repeat_edit.setText(NEW_PASSWORD)
    page.change_button.click()
    await wait_until(lambda: page.status.isVisibleTo(page))
    assert "password is changed" in page.status.text.text()
    assert not page.reminder.isVisibleTo(page)

    other = make_ctx(live_server.url)
    me = await other.session.sign_in(signed_up_user.email, NEW_PASSWORD)
    assert not me.password_change_due


async def test_delete_account_asks_then_signs_out(
    signed_in_ctx: AppContext, signed_up_user: Any, show_page: Any, wait_until: Any
) -> None:
    nav: list = []
    signed_out: list[bool] = []
    signed_in_ctx.signedOut.connect(lambda: signed_out.append(True))
    page = show_page(AccountPage(signed_in_ctx), nav)
    await page.on_enter()
    page.delete_button.click()
    assert page.delete_password.error.isVisibleTo(page)  # the password is asked first
    page.delete_edit.setText(signed_up_user.password)
    page.delete_button.click()
    box = page.confirm_box
    assert isinstance(box, QMessageBox)
    next(b for b in box.buttons() if "delete my account" in b.text()).click()
    await wait_until(lambda: signed_out)
    assert nav[-1] == ("signin", {"notice": "deleted"})
    async with httpx.AsyncClient(base_url=signed_in_ctx.api.base_url) as client:
        answer = await client.post(
            "/v1/sessions",
            json={"email": signed_up_user.email, "password": signed_up_user.password},
        )
    assert answer.status_code == 401


async def test_forgot_password_lists_office_phone_numbers(
    make_ctx: Callable[..., AppContext], live_server: Any, show_page: Any
) -> None:
    ctx = make_ctx(live_server.url)  # not signed in
    nav: list = []
    page = show_page(ForgotPage(ctx), nav)
    await page.on_enter()
    text = page.offices_label.text()
    assert "Hello Work Midoridai (fictional) (Tokyo): 03-0000-0000" in text
    assert "06-0000-0000" in text
    assert "not issued again" in page.explain.text()
    page.back_button.click()
    assert nav == [("signin", None)]


async def test_live_language_switch_reloads_the_terms_in_that_language(
    signed_in_ctx: AppContext, show_page: Any, wait_until: Any
) -> None:
    nav: list = []
    page = show_page(TermsPage(signed_in_ctx), nav)
    await page.on_enter()
    assert page.terms is not None
    assert page.terms.language == "en"
    english_button = page.agree_button.text()
    signed_in_ctx.set_language("ja")
    await wait_until(lambda: page.terms is not None and page.terms.language == "ja")
    assert page.agree_button.text() != english_button  # the page's own words follow too
    assert "2026年" in page.meta.text()
