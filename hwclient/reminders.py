"""When to remind a person of their session: pure functions of bookings, choices and time.

Three reminders per active booking, each switchable in the settings:
- the day before (24 hours before the start, so "tomorrow at 10:00" is true),
- 30 minutes before, with "check my device now" (enough time to fix a camera),
- when joining opens (10 minutes before the start, the server's join window).

A reminder is worth showing only while it is still useful: a day-before note
after the session began, or "joining is open" after the window closed, would
confuse. When the app starts late (PC was off), only the most recent useful
reminder of each booking is shown, not a burst of stale ones.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from hwclient.api.models import Booking
from hwclient.booking import REMINDER_BEFORE

DAY_BEFORE = timedelta(hours=24)


class ReminderKind(StrEnum):
    DAY_BEFORE = "day-before"
    SOON = "soon"  # 30 minutes before: check the device now
    JOIN_OPEN = "join-open"


@dataclass(frozen=True)
class ReminderChoices:
    """Which reminders the person wants (mirrors the settings switches)."""

    day_before: bool = True
    soon: bool = True
    join_open: bool = True

    def wants(self, kind: ReminderKind) -> bool:
        return {
            ReminderKind.DAY_BEFORE: self.day_before,
            ReminderKind.SOON: self.soon,
            ReminderKind.JOIN_OPEN: self.join_open,
        }[kind]


@dataclass(frozen=True)
class Reminder:
    kind: ReminderKind
    booking: Booking
    at: datetime  # when it fires
    until: datetime  # after this it is no longer useful

    @property
    def key(self) -> tuple[str, str]:
        """Identity for "already shown": one booking, one kind, one start time.

        The start time is part of it so a booking moved by the office reminds again.
        """
        return (f"{self.booking.id}@{self.booking.start.isoformat()}", self.kind.value)


def reminders_for(booking: Booking, choices: ReminderChoices = ReminderChoices()) -> list[Reminder]:
    """All reminders of one booking, in firing order; none for inactive bookings."""
    if booking.status != "booked":
        return []
    candidates = [
        Reminder(ReminderKind.DAY_BEFORE, booking, booking.start - DAY_BEFORE, booking.start),
        Reminder(ReminderKind.SOON, booking, booking.start - REMINDER_BEFORE, booking.start),
        Reminder(ReminderKind.JOIN_OPEN, booking, booking.join_opens_at, booking.join_closes_at),
    ]
    return sorted((r for r in candidates if choices.wants(r.kind)), key=lambda r: r.at)


def due(
    bookings: Iterable[Booking],
    now: datetime,
    shown: set[tuple[str, str]],
    choices: ReminderChoices = ReminderChoices(),
) -> list[Reminder]:
    """Reminders to show now: fired, still useful, not shown yet; the latest per booking."""
    out = []
    for booking in bookings:
        fired = [r for r in reminders_for(booking, choices) if r.at <= now < r.until]
        fresh = [r for r in fired if r.key not in shown]
        if fresh and fresh[-1] == fired[-1]:
            out.append(fresh[-1])
    return sorted(out, key=lambda r: r.at)


def next_time(
    bookings: Iterable[Booking], now: datetime, choices: ReminderChoices = ReminderChoices()
) -> datetime | None:
    """When the next reminder fires after `now` (for the notifier's timer)."""
    times = [r.at for b in bookings for r in reminders_for(b, choices) if r.at > now]
    return min(times, default=None)
