"""Booking through the real wizard against the real server: book, retry, refusals."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from datetime import date
from typing import Any

import httpx

from hwclient.api import ApiClient, BookingRequest, Registration, RetryPolicy
from hwclient.ui.context import AppContext
from hwclient.ui.pages.booking import BookingPage, Step
from tests.ui.wizard import choose_first_time

OFFICE = "tokyo-kawabata"  # one counsellor per slot: one other booking fills a time
DAY = date(2026, 12, 2)  # a Wednesday after the server's "today" (Tue 1 Dec 2026)
PASSWORD = "lantern orchard violet 77"


async def new_user(server_url: str, outbox: Any) -> ApiClient:
    """Another job seeker, signed in and consented, through the API (not the UI)."""
    api = ApiClient(server_url)
    email = f"other-{secrets.token_hex(4)}@example.com"
    await api.register(
        Registration(email=email, password=PASSWORD, name="Sato Jiro", preferred_language="en")
    )
    await api.verify_email(outbox.verification_token(email))
    await api.sign_in(email, PASSWORD)
    await api.consent((await api.current_terms("en")).version)
    return api


async def open_wizard(ctx: AppContext, show_page: Any) -> BookingPage:
    page = show_page(BookingPage(ctx))
    await page.on_enter("new")
    return page


async def test_book_through_the_wizard_then_one_per_day_refusal(
    signed_in_ctx: AppContext, show_page: Any, wait_until: Any
) -> None:
    page = await open_wizard(signed_in_ctx, show_page)
    changed: list[bool] = []
    signed_in_ctx.bookingsChanged.connect(lambda: changed.append(True))
    slot_id = await choose_first_time(page, wait_until, "tokyo-midoridai", DAY)
    page.next_button.click()  # → who will be with you
    assert page.stack.currentIndex() == Step.COMPANIONS
    page.companions.boxes["interpreter"].setChecked(True)
    page.companions.language.setCurrentIndex(page.companions.language.findData("vi"))
    page.companions.boxes["family"].setChecked(True)
    page.note.setPlainText("I would like to talk about part-time work.")
    page.next_button.click()  # → confirm
    summary = page.summary.text()
    assert "Hello Work Midoridai" in summary
    assert "Tiếng Việt" in summary
    assert "03-0000-0000" in summary
    page.next_button.click()  # Book
    await wait_until(lambda: page.stack.currentIndex() == Step.DONE)
    assert changed == [True]
    assert "booked" in page.done_label.text()

    booked = await signed_in_ctx.api.bookings("upcoming")
    assert len(booked) == 1
    assert booked[0].start.date() == DAY
    assert {c.role for c in booked[0].companions} == {"interpreter", "family"}
    assert booked[0].interpreter_language == "vi"
    assert slot_id.startswith("tokyo-midoridai")

    # A second session the same day, at another office: the server refuses, in words.
    page.next_button.click()  # "Go to home" resets the wizard
    await page.on_enter("new")
    await choose_first_time(page, wait_until, "osaka-sakurabashi", DAY)
    # Said before booking, too: the calendar knows the person's booked days.
    await wait_until(lambda: "already have a session" in page.calendar.empty_label.text())
    page.calendar.times.setCurrentRow(0)
    page.next_button.click()
    page.next_button.click()
    page.next_button.click()  # Book
    await wait_until(lambda: page.error.isVisible())
    assert "Only one session a day" in page.error.text.text()
    assert "December 2, 2026" in page.error.text.text()
    assert page.stack.currentIndex() == Step.TIME
    assert len(await signed_in_ctx.api.bookings("upcoming")) == 1


async def test_taken_slot_offers_the_other_free_times_of_that_day(
    signed_in_ctx: AppContext, live_server: Any, outbox: Any, show_page: Any, wait_until: Any
) -> None:
    page = await open_wizard(signed_in_ctx, show_page)
    slot_id = await choose_first_time(page, wait_until, OFFICE, DAY)
    page.next_button.click()
    page.next_button.click()  # confirm step, not yet booked
    other = await new_user(live_server.url, outbox)
    try:
        await other.book(BookingRequest(slot_id=slot_id))  # capacity 1: now full
    finally:
        await other.aclose()
    page.next_button.click()  # Book
    await wait_until(lambda: page.error.isVisible() and page.calendar.times.count() > 0)
    assert "Someone just booked this time" in page.error.text.text()
    assert page.stack.currentIndex() == Step.TIME
    assert page.calendar.selected_day() == DAY
    offered = [page.calendar.times.item(i).data(256).id for i in range(page.calendar.times.count())]
    assert slot_id not in offered
    assert all(s.startswith(OFFICE) for s in offered)
    assert await signed_in_ctx.api.bookings("upcoming") == []


class LosesBookingAnswers(httpx.AsyncHTTPTransport):
    """The booking reaches the server, but its answer is lost on the way back."""

    def __init__(self, losses: int) -> None:
        super().__init__()
        self.losses = losses

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await super().handle_async_request(request)
        if request.method == "POST" and request.url.path == "/v1/bookings" and self.losses:
            self.losses -= 1
            await response.aread()
            raise httpx.ReadError("connection reset after the server answered")
        return response


async def test_retry_after_a_lost_answer_never_books_twice(
    make_ctx: Callable[..., AppContext],
    live_server: Any,
    server_clock: Any,
    signed_up_user: Any,
    show_page: Any,
    wait_until: Any,
) -> None:
    transport = LosesBookingAnswers(losses=1)
    api = ApiClient(live_server.url, transport=transport, retry=RetryPolicy(attempts=1))
    ctx = make_ctx(api=api, clock=server_clock.now)
    await ctx.session.sign_in(signed_up_user.email, signed_up_user.password)
    page = await open_wizard(ctx, show_page)
    await choose_first_time(page, wait_until, OFFICE, DAY)
    page.next_button.click()
    page.next_button.click()
    page.next_button.click()  # Book: the server books, the answer is lost
    await wait_until(lambda: page.error.isVisible() and page.next_button.isEnabled())
    assert "could not reach the service" in page.error.text.text()
    assert page.stack.currentIndex() == Step.CONFIRM  # nothing lost, same step
    page.next_button.click()  # the person presses Book again: same attempt, same key
    await wait_until(lambda: page.stack.currentIndex() == Step.DONE)
    assert transport.losses == 0
    assert len(await api.bookings("upcoming")) == 1
