"""My bookings against the real server: cancel with confirmation, after the start, calendar."""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator, Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import icalendar
import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from hwclient.api import BookingRequest
from hwclient.ui.context import AppContext
from hwclient.ui.pages.bookings import BookingsPage

OFFICE = "tokyo-kawabata"
OFFICE_PHONE = "03-0000-0002"


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


async def book(ctx: AppContext, day: date) -> Any:
    slots = await ctx.api.slots(OFFICE, day, day)
    return await ctx.api.book(BookingRequest(slot_id=slots[0].id))


async def open_page(ctx: AppContext, close_widgets: list) -> BookingsPage:
    page = BookingsPage(ctx)
    page.resize(960, 680)
    page.show()
    close_widgets.append(page)
    await page.on_enter()
    return page


def dialog_of(kind: type, parent: QWidget) -> Any:
    found = [w for w in parent.findChildren(kind) if w.isVisible()]
    assert found, f"no {kind.__name__} shown"
    return found[-1]


async def test_cancel_asks_first_then_the_server_has_it_cancelled(
    ctx: AppContext, close_widgets: list, wait_until: Any
) -> None:
    booking = await book(ctx, date(2026, 12, 3))
    page = await open_page(ctx, close_widgets)
    card = page.card_for(booking.id)
    assert card is not None
    assert card.status.text() == "Booked"
    assert OFFICE_PHONE in card.details.text()

    card.cancel_button.click()
    box = dialog_of(QMessageBox, page)
    keep = next(b for b in box.buttons() if "keep" in b.text())
    keep.click()  # changed their mind: nothing happens
    assert (await ctx.api.booking(booking.id)).status == "booked"

    changed: list[bool] = []
    ctx.bookingsChanged.connect(lambda: changed.append(True))
    page.card_for(booking.id).cancel_button.click()
    box = dialog_of(QMessageBox, page)
    yes = next(b for b in box.buttons() if "cancel it" in b.text())
    yes.click()
    await wait_until(lambda: changed)
    assert (await ctx.api.booking(booking.id)).status == "cancelled"
    assert "is cancelled" in page.status.text.text()
    card = page.card_for(booking.id)
    assert card is not None
    assert card.status.text() == "Cancelled"
    assert card.cancel_button.isHidden()


async def test_after_the_start_the_page_gives_the_phone_number_instead(
    ctx: AppContext, server_clock: Any, close_widgets: list
) -> None:
    booking = await book(ctx, date(2026, 12, 1))  # today, 10:00 Japan time
    server_clock.set(booking.start + timedelta(minutes=3))
    page = await open_page(ctx, close_widgets)
    card = page.card_for(booking.id)
    assert card is not None
    assert card.cancel_button.isHidden()
    assert not card.phone_note.isHidden()
    assert OFFICE_PHONE in card.phone_note.text()
    assert "phone the office" in card.phone_note.text()


async def test_add_to_calendar_saves_an_ics_with_the_session(
    ctx: AppContext, close_widgets: list, wait_until: Any, tmp_path: Path
) -> None:
    booking = await book(ctx, date(2026, 12, 4))
    page = await open_page(ctx, close_widgets)
    page.card_for(booking.id).calendar_button.click()
    dialog = dialog_of(QFileDialog, page)
    target = tmp_path / "my-session.ics"
    dialog.fileSelected.emit(str(target))  # what choosing a file and "Save" does
    dialog.close()
    await wait_until(lambda: "Saved" in page.status.text.text())
    event = next(iter(icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")))
    start = event.decoded("dtstart")
    assert isinstance(start, datetime)
    assert start == booking.start
    assert OFFICE_PHONE in str(event.get("description"))
