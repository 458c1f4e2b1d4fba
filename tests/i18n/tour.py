"""A walk through every main page of the real main window, against the live server.

The pseudo-locale and screenshot tests take the same walk a person takes:
first launch (language, device check, terms, sign-in, register), then signed
in with one booking coming up (home, the booking steps, my bookings, join,
account, settings). At each page, once its data is on screen, the caller's
`visit(name)` runs (collect texts, check clipping, save a picture).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from hwclient.api import ApiClient, Booking, BookingRequest
from hwclient.checks.engine import evaluate_bundle
from hwclient.checks.model import CheckResult, Report
from hwclient.checks.policy import load_bundled
from hwclient.checks.raw import RawBundle
from hwclient.ui import style
from hwclient.ui.context import AppContext
from hwclient.ui.main_window import MainWindow
from hwclient.ui.pages.booking import Step
from hwclient.ui.widgets.media import FixedDevices
from tests.checks.conftest import NOW, read_scenario

JST = ZoneInfo("Asia/Tokyo")
#: A recorded Japanese Windows 10 PC with problems, so results, remedies and buttons show.
CHECK_SCENARIO = "win10_22h2_home_ja"
BOOKED_DAY = date(2026, 12, 2)  # booked through the API before the walk: home shows it
WIZARD_DAY = date(2026, 12, 3)  # booked through the wizard during the walk

Visit = Callable[[str], Awaitable[None]]
WaitUntil = Callable[..., Awaitable[None]]

PAGES = (
    "language",
    "check",
    "terms",
    "signin",
    "register",
    "home",
    "book-office",
    "book-time",
    "book-companions",
    "book-confirm",
    "book-done",
    "bookings",
    "join",
    "account",
    "settings",
)


@dataclass
class Tour:
    window: MainWindow
    ctx: AppContext
    wait_until: WaitUntil
    visit: Visit

    async def settle(self) -> None:
        """Let layouts and queued events run (never processEvents() inside a task)."""
        await asyncio.sleep(0.1)

    async def show(self, key: str, ready: Callable[[Any], object], arg: object = None) -> Any:
        self.window.go(key, arg)
        page = self.window.pages[key]
        await self.wait_until(lambda: ready(page))
        await self.settle()
        return page

    async def signed_out(self) -> None:
        await self.window.start(first_run=True)
        await self.wait_until(lambda: self.window.current_key == "language")
        await self.settle()
        await self.visit("language")
        await self.show("check", lambda p: p.report is not None and not p.running)
        await self.visit("check")
        await self.show("terms", lambda p: p.terms is not None)
        await self.visit("terms")
        await self.show("signin", lambda p: True)
        await self.visit("signin")
        await self.show("register", lambda p: True)
        await self.visit("register")

    async def every_page(self, email: str, password: str, booking: Booking) -> None:
        """Signed out, then signed in: every page of PAGES, `visit` called at each."""
        await self.signed_out()
        await self.signed_in(email, password, booking)

    async def signed_in(self, email: str, password: str, booking: Booking) -> None:
        await self.ctx.session.sign_in(email, password)
        self.ctx.signedIn.emit()
        await self.wait_until(lambda: self.window.current_key == "home")
        home = self.window.pages["home"]
        await self.wait_until(lambda: home.loaded and home.booking is not None)
        await self.settle()
        await self.visit("home")
        await self.booking_steps()
        await self.show("bookings", lambda p: p.cards)
        await self.visit("bookings")
        await self.show("join", lambda p: p.booking is not None, booking)
        await self.visit("join")
        await self.show("account", lambda p: p.me is not None)
        await self.visit("account")
        await self.show("settings", lambda p: True)
        await self.visit("settings")

    async def booking_steps(self) -> None:
        book = await self.show("book", lambda p: p.office_list.count() > 0, "new")
        await self.visit("book-office")
        book.office_list.setCurrentRow(0)
        book.next_button.click()
        await self.wait_until(lambda: WIZARD_DAY in book.calendar.free_days())
        book.calendar.select_day(WIZARD_DAY)
        book.calendar.times.setCurrentRow(1)
        await self.settle()
        await self.visit("book-time")
        book.next_button.click()
        book.companions.boxes["interpreter"].setChecked(True)
        await self.settle()
        await self.visit("book-companions")
        book.next_button.click()
        await self.settle()
        await self.visit("book-confirm")
        book.next_button.click()
        await self.wait_until(lambda: book.stack.currentIndex() == Step.DONE)
        await self.settle()
        await self.visit("book-done")


async def book_ahead(api: ApiClient, server_clock: Any) -> Booking:
    """One booking on BOOKED_DAY, the clock 8 minutes before it: home offers Join."""
    office = (await api.offices())[0]
    slots = await api.slots(office.id, BOOKED_DAY, BOOKED_DAY)
    slot = next(s for s in slots if s.start.astimezone(JST).hour >= 10)
    booking = await api.book(BookingRequest(slot_id=slot.id))
    server_clock.set(booking.start - timedelta(minutes=8))
    return booking


async def open_booked_window(
    api: ApiClient,
    server_clock: Any,
    make_ctx: Callable[..., AppContext],
    server_url: str,
    language: str,
    close_widgets: list,
) -> tuple[MainWindow, AppContext, Booking]:
    """The real main window in `language` on the live server, with one booking coming up
    (see book_ahead); closed after the test through `close_widgets`."""
    booking = await book_ahead(api, server_clock)
    ctx = make_ctx(server_url, language=language, clock=server_clock.now)
    window = make_window(ctx)
    close_widgets.append(window)
    return window, ctx, booking


def make_window(ctx: AppContext) -> MainWindow:
    """The real main window at its minimum size, with a recorded PC for the device check."""
    window = MainWindow(ctx)
    window.resize(*style.MIN_WINDOW)
    check = window.page("check")
    check.devices = FixedDevices([], [], [])
    policy = load_bundled()
    bundle = read_scenario(CHECK_SCENARIO)

    async def recorded_pc(progress: Callable[[CheckResult], None]) -> tuple[Report, RawBundle]:
        check.policy = policy  # so a language switch re-judges the results in the new language
        report = evaluate_bundle(bundle, policy, now=NOW, language=ctx.language)
        for result in report.results:
            progress(result)
        return report, bundle

    check.runner = recorded_pc
    window.show()
    return window
