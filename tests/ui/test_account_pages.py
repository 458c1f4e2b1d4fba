"""Terms re-consent, consent before booking, password change and reminder, account deletion,
and the forgot-password page: real pages against the real server."""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator, Callable
from datetime import date, timedelta
from typing import Any

import httpx
import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QMessageBox, QWidget

from hwclient.ui.context import AppContext
from hwclient.ui.pages.account import AccountPage
from hwclient.ui.pages.booking import BookingPage, Step
from hwclient.ui.pages.forgot import ForgotPage
from hwclient.ui.pages.terms import TermsPage

NEW_PASSWORD = "quiet harbour copper 58"
STAFF = {"email": "staff@example.jp", "password": "staff-pass-1234"}  # demo server's staff


@pytest.fixture
async def close_widgets() -> AsyncIterator[list[QWidget]]:
    """Delete the pages while this test's loop runs (a later loop crashed Qt now and then)."""
    widgets: list[QWidget] = []
    yield widgets
    for widget in widgets:
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    gc.collect()


@pytest.fixture
async def ctx(
    make_ctx: Callable[..., AppContext], live_server: Any, server_clock: Any, signed_up_user: Any
) -> AppContext:
    context = make_ctx(live_server.url, clock=server_clock.now)
    await context.session.sign_in(signed_up_user.email, signed_up_user.password)
    return context


def show(page: QWidget, widgets: list, nav: list) -> Any:
    page.navigate.connect(lambda key, arg: nav.append((key, arg)))
    page.resize(960, 680)
    page.show()
    widgets.append(page)
    return page


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
    ctx: AppContext, live_server: Any, close_widgets: list, wait_until: Any
) -> None:
    before = (await ctx.api.me()).consented_terms_version
    await publish_terms(live_server.url, "9.0", date(2026, 12, 1))
    assert (await ctx.api.me()).terms_consent_required

    nav: list = []
    page = show(TermsPage(ctx), close_widgets, nav)
    await page.on_enter({"next": "home"})
    assert page.changed_banner.isVisibleTo(page)
    assert "changed since you last agreed" in page.changed_banner.text.text()
    assert "Rule 3" in page.changed_banner.text.text()
    assert "9.0" in page.meta.text()
    assert not page.agree_button.isEnabled()  # nothing ticked yet
    agree(page)
    await wait_until(lambda: nav)
    assert nav == [("home", None)]
    me = await ctx.api.me()
    assert me.consented_terms_version == "9.0" != before
    assert not me.terms_consent_required


async def test_booking_without_consent_goes_to_terms_and_comes_back(
    ctx: AppContext, live_server: Any, close_widgets: list, wait_until: Any
) -> None:
    nav: list = []
    booking = show(BookingPage(ctx), close_widgets, nav)
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

    terms = show(TermsPage(ctx), close_widgets, nav)
    await terms.on_enter(nav[-1][1])
    agree(terms)
    await wait_until(lambda: nav[-1] == ("book", None))
    await booking.on_enter(None)
    assert booking.stack.currentIndex() == Step.CONFIRM  # where the person was
    booking.next_button.click()
    await wait_until(lambda: booking.stack.currentIndex() == Step.DONE)
    assert len(await ctx.api.bookings("upcoming")) == 1


async def test_password_reminder_and_change(
    ctx: AppContext,
    server_clock: Any,
    signed_up_user: Any,
    close_widgets: list,
    wait_until: Any,
    make_ctx: Callable[..., AppContext],
    live_server: Any,
) -> None:
    server_clock.advance(timedelta(days=181))  # the server asks for a change after 180 days
    me = await ctx.session.sign_in(signed_up_user.email, signed_up_user.password)
    assert me.password_change_due
    nav: list = []
    page = show(AccountPage(ctx), close_widgets, nav)
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
    ctx: AppContext, signed_up_user: Any, close_widgets: list, wait_until: Any
) -> None:
    nav: list = []
    signed_out: list[bool] = []
    ctx.signedOut.connect(lambda: signed_out.append(True))
    page = show(AccountPage(ctx), close_widgets, nav)
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
    async with httpx.AsyncClient(base_url=ctx.api.base_url) as client:
        answer = await client.post(
            "/v1/sessions",
            json={"email": signed_up_user.email, "password": signed_up_user.password},
        )
    assert answer.status_code == 401


async def test_forgot_password_lists_office_phone_numbers(
    make_ctx: Callable[..., AppContext], live_server: Any, close_widgets: list
) -> None:
    ctx = make_ctx(live_server.url)  # not signed in
    nav: list = []
    page = show(ForgotPage(ctx), close_widgets, nav)
    await page.on_enter()
    text = page.offices_label.text()
    assert "Hello Work Midoridai (fictional) (Tokyo): 03-0000-0000" in text
    assert "06-0000-0000" in text
    assert "not issued again" in page.explain.text()
    page.back_button.click()
    assert nav == [("signin", None)]


async def test_live_language_switch_reloads_the_terms_in_that_language(
    ctx: AppContext, close_widgets: list, wait_until: Any
) -> None:
    nav: list = []
    page = show(TermsPage(ctx), close_widgets, nav)
    await page.on_enter()
    assert page.terms is not None
    assert page.terms.language == "en"
    english_button = page.agree_button.text()
    ctx.set_language("ja")
    await wait_until(lambda: page.terms is not None and page.terms.language == "ja")
    assert page.agree_button.text() != english_button  # the page's own words follow too
    assert "2026年" in page.meta.text()
