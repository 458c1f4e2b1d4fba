"""Clicks through the booking wizard, shared by the booking and journey tests."""

from __future__ import annotations

from datetime import date
from typing import Any

from hwclient.ui.pages.booking import BookingPage


async def choose_first_time(page: BookingPage, wait_until: Any, office_id: str, day: date) -> str:
    """Office → day → its first free time, as a person clicks them; returns the slot id."""
    for row in range(page.office_list.count()):
        if page.office_list.item(row).data(256).id == office_id:  # Qt.UserRole
            page.office_list.setCurrentRow(row)
    page.next_button.click()
    await wait_until(lambda: day in page.calendar.free_days())
    page.calendar.select_day(day)
    assert page.calendar.times.count() > 0, f"no free time at {office_id} on {day}"
    page.calendar.times.setCurrentRow(0)
    assert page.next_button.isEnabled()
    assert page.slot is not None
    return page.slot.id
