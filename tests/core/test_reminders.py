"""Reminder schedule: day before, 30 minutes before, join opens — and never stale ones."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from hwclient.api.models import Booking, LocalizedName
from hwclient.reminders import ReminderChoices, ReminderKind, due, next_time, reminders_for

JST = ZoneInfo("Asia/Tokyo")
START = datetime(2026, 12, 1, 10, 0, tzinfo=JST)


def booking(start: datetime = START, status: str = "booked", bid: str = "b1") -> Booking:
    return Booking(
        id=bid,
        office_id="o1",
        office_name=LocalizedName("新宿", "Shinjuku"),
        start=start,
        end=start + timedelta(minutes=30),
        status=status,
        companions=(),
        interpreter_language=None,
        join_opens_at=start - timedelta(minutes=10),
        join_closes_at=start + timedelta(minutes=10),
        created_at=start - timedelta(days=7),
    )


def test_three_reminders_at_the_promised_times() -> None:
    got = [(r.kind, r.at) for r in reminders_for(booking())]
    assert got == [
        (ReminderKind.DAY_BEFORE, datetime(2026, 11, 30, 10, 0, tzinfo=JST)),
        (ReminderKind.SOON, datetime(2026, 12, 1, 9, 30, tzinfo=JST)),
        (ReminderKind.JOIN_OPEN, datetime(2026, 12, 1, 9, 50, tzinfo=JST)),
    ]


@pytest.mark.parametrize("status", ["cancelled", "cancelled_by_office", "no_show", "attended"])
def test_inactive_bookings_remind_nothing(status: str) -> None:
    assert reminders_for(booking(status=status)) == []


def test_switched_off_reminders_are_left_out() -> None:
    choices = ReminderChoices(day_before=False, soon=True, join_open=False)
    assert [r.kind for r in reminders_for(booking(), choices)] == [ReminderKind.SOON]


def test_each_reminder_fires_once_in_order() -> None:
    shown: set[tuple[str, str]] = set()
    seen = []
    t = START - timedelta(days=2)
    while t < START + timedelta(hours=1):
        for reminder in due([booking()], t, shown):
            shown.add(reminder.key)
            seen.append((reminder.kind, t))
        t += timedelta(minutes=1)
    assert seen == [
        (ReminderKind.DAY_BEFORE, START - timedelta(hours=24)),
        (ReminderKind.SOON, START - timedelta(minutes=30)),
        (ReminderKind.JOIN_OPEN, START - timedelta(minutes=10)),
    ]


def test_a_late_start_shows_only_the_latest_useful_reminder() -> None:
    # the PC was off until 15 minutes before the start
    got = due([booking()], START - timedelta(minutes=15), set())
    assert [r.kind for r in got] == [ReminderKind.SOON]
    # after the join window closed nothing is useful any more
    assert due([booking()], START + timedelta(minutes=10), set()) == []
    # an already shown latest reminder does not bring back older ones
    shown = {r.key for r in got}
    assert due([booking()], START - timedelta(minutes=14), shown) == []


def test_a_booking_moved_by_the_office_reminds_again() -> None:
    first = due([booking()], START - timedelta(minutes=5), set())
    shown = {r.key for r in first}
    moved = booking(start=START + timedelta(hours=2))
    later = due([moved], moved.start - timedelta(minutes=5), shown)
    assert [r.kind for r in later] == [ReminderKind.JOIN_OPEN]


def test_next_time_is_the_earliest_future_reminder_of_any_booking() -> None:
    other = booking(start=START + timedelta(days=1), bid="b2")
    now = START - timedelta(minutes=20)
    assert next_time([other, booking()], now) == START - timedelta(minutes=10)
    assert next_time([booking()], START) is None
    assert next_time([], START) is None
