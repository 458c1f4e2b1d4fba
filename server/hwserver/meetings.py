"""Where the video meeting of a booking comes from.

A real deployment plugs in a provider that calls Zoom's API; the reference
server ships a demo provider that makes realistic-looking Zoom links offline.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol


@dataclass(frozen=True)
class Meeting:
    join_url: str
    meeting_id: str
    passcode: str


class MeetingProvider(Protocol):
    name: str

    def create(self, booking_id: str, start: datetime, end: datetime) -> Meeting: ...


class DemoZoomProvider:
    """Fictional Zoom meetings: https://zoom.us/j/<11 digits>?pwd=<token>, no network."""

    name = "zoom"

    def create(self, booking_id: str, start: datetime, end: datetime) -> Meeting:
        meeting_id = str(secrets.randbelow(9 * 10**10) + 10**10)
        passcode = f"{secrets.randbelow(10**6):06d}"
        pwd = secrets.token_urlsafe(24)
        return Meeting(
            join_url=f"https://zoom.us/j/{meeting_id}?pwd={pwd}",
            meeting_id=meeting_id,
            passcode=passcode,
        )
