"""Helpers shared by the security tests: the office, a bookable time, booking as someone."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from hwserver_testkit import MONDAY_MORNING, Server, SignedInUser, slot_id

OFFICE = "tokyo-midoridai"
# The day after the test clock's Monday, 10:00 Japan time: bookable, join window not open.
TUESDAY_TEN = MONDAY_MORNING + timedelta(days=1)


def book(server: Server, who: SignedInUser, start: datetime = TUESDAY_TEN) -> dict[str, Any]:
    response = server.client.post(
        "/v1/bookings",
        json={"slot_id": slot_id(OFFICE, start), "companions": []},
        headers=who.headers,
    )
    assert response.status_code == 201, response.text
    return dict(response.json())
