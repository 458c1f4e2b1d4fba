"""My bookings against the real server: cancel with confirmation, after the start, calendar."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import icalendar
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from hwclient.api import BookingRequest
from hwclient.ui.context import AppContext
from hwclient.ui.pages.bookings import BookingsPage

OFFICE = "tokyo-kawabata"
OFFICE_PHONE = "03-0000-0002"


async def book(ctx: AppContext, day: date) -> Any:
    slots = await ctx.api.slots(OFFICE, day, day)
    return await ctx.api.book(BookingRequest(slot_id=slots[0].id))


async def open_page(ctx: AppContext, show_page: Any) -> BookingsPage:
    page = show_page(BookingsPage(ctx))
    await page.on_enter()
    return page


def dialog_of(kind: type, parent: QWidget) -> Any:
    found = [w for w in parent.findChildren(kind) if w.isVisible()]
    assert found, f"no {kind.__name__} shown"
    return found[-1]


async def test_cancel_asks_first_then_the_server_has_it_cancelled(
    signed_in_ctx: AppContext, show_page: Any, wait_until: Any
) -> None:
    booking = await book(signed_in_ctx, date(2026, 12, 3))
    page = await open_page(signed_in_ctx, show_page)
    card = page.card_for(booking.id)
    assert card is not None
    assert card.status.text() == "Booked"
    assert OFFICE_PHONE in card.details.text()

    card.cancel_button.click()
    box = dialog_of(QMessageBox, page)
    keep = next(b for b in box.buttons() if "keep" in b.text())
    keep.click()  # changed their mind: nothing happens
    assert (await signed_in_ctx.api.booking(booking.id)).status == "booked"

    changed: list[bool] = []
    signed_in_ctx.bookingsChanged.connect(lambda: changed.append(True))
    page.card_for(booking.id).cancel_button.click()
    box = dialog_of(QMessageBox, page)
    yes = next(b for b in box.buttons() if "cancel it" in b.text())
    yes.click()
    await wait_until(lambda: changed)
    assert (await signed_in_ctx.api.booking(booking.id)).status == "cancelled"
    assert "is cancelled" in page.status.text.text()
    card = page.card_for(booking.id)
    assert card is not None
    assert card.status.text() == "Cancelled"
    assert card.cancel_button.isHidden()


async def test_after_the_start_the_page_gives_the_phone_number_instead(
    signed_in_ctx: AppContext, server_clock: Any, show_page: Any
) -> None:
    booking = await book(signed_in_ctx, date(2026, 12, 1))  # today, 10:00 Japan time
    server_clock.set(booking.start + timedelta(minutes=3))
    page = await open_page(signed_in_ctx, show_page)
    card = page.card_for(booking.id)
    assert card is not None
    assert card.cancel_button.isHidden()
    assert not card.phone_note.isHidden()
    assert OFFICE_PHONE in card.phone_note.text()
    assert "phone the office" in card.phone_note.text()


async def test_add_to_calendar_saves_an_ics_with_the_session(
    signed_in_ctx: AppContext, show_page: Any, wait_until: Any, tmp_path: Path
) -> None:
    booking = await book(signed_in_ctx, date(2026, 12, 4))
    page = await open_page(signed_in_ctx, show_page)
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
