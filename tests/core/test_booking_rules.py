"""The app's explanation of the rules must match the server's at the boundaries."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import icalendar
import pytest

from hwclient.api.models import Booking, Office
from hwclient.booking import (
    JST,
    Countdown,
    JoinState,
    active_booking_on,
    booked_days,
    booking_ics,
    can_cancel,
    countdown,
    join_state,
    status_text,
    until_join_opens,
    until_start,
)

START = datetime(2026, 12, 1, 10, 0, tzinfo=JST)


def booking(start: datetime = START, status: str = "booked", **extra: Any) -> Booking:
    data = {
        "id": extra.get("id", "b-1"),
        "office_id": "o-1",
        "office_name": {"ja": "ハローワーク品川", "en": "Hello Work Shinagawa"},
        "start": start.isoformat(),
        "end": (start + timedelta(minutes=30)).isoformat(),
        "status": status,
        "companions": [{"role": "interpreter", "note": "Vietnamese"}],
        "interpreter_language": "vi",
        "join_opens_at": (start - timedelta(minutes=10)).isoformat(),
        "join_closes_at": (start + timedelta(minutes=10)).isoformat(),
        "created_at": (start - timedelta(days=3)).isoformat(),
    }
    return Booking.from_json(data)


@pytest.mark.parametrize(
    ("offset", "state"),
    [
        (timedelta(minutes=-10, microseconds=-1), JoinState.BEFORE),
        (timedelta(minutes=-10), JoinState.OPEN),
        (timedelta(0), JoinState.OPEN),
        (timedelta(minutes=10), JoinState.OPEN),
        (timedelta(minutes=10, microseconds=1), JoinState.CLOSED),
    ],
)
def test_join_window_boundaries(offset: timedelta, state: JoinState) -> None:
    assert join_state(booking(), START + offset) is state


def test_join_window_uses_absolute_time_whatever_the_pc_zone() -> None:
    utc_now = (START - timedelta(minutes=5)).astimezone(UTC)
    assert join_state(booking(), utc_now) is JoinState.OPEN


@pytest.mark.parametrize("status", ["cancelled", "cancelled_by_office", "no_show", "attended"])
def test_nothing_to_join_for_inactive_bookings(status: str) -> None:
    assert join_state(booking(status=status), START) is JoinState.INACTIVE
    assert not can_cancel(booking(status=status), START - timedelta(days=1))


def test_cancel_possible_until_the_start_time() -> None:
    assert can_cancel(booking(), START - timedelta(seconds=1))
    assert not can_cancel(booking(), START)


def test_countdown_rounds_up_to_the_minute() -> None:
    assert countdown(START, START - timedelta(days=2, hours=3, minutes=4)) == Countdown(2, 3, 4)
    assert countdown(START, START - timedelta(seconds=1)) == Countdown(0, 0, 1)
    assert countdown(START, START - timedelta(minutes=59, seconds=30)) == Countdown(0, 1, 0)
    assert countdown(START, START).reached
    assert countdown(START, START + timedelta(hours=1)).reached


def test_until_start_and_until_join_opens() -> None:
    now = START - timedelta(hours=1)
    assert until_start(booking(), now).total_minutes == 60
    assert until_join_opens(booking(), now).total_minutes == 50


def test_one_per_day_hint_uses_the_japan_day() -> None:
    late = datetime(2026, 12, 1, 16, 30, tzinfo=JST)  # 07:30 UTC, same day in UTC too
    early = datetime(2026, 12, 2, 8, 30, tzinfo=JST)  # 23:30 UTC on 1 December
    items = [booking(late, id="a"), booking(early, id="b"), booking(START, "cancelled", id="c")]
    assert active_booking_on(items, late.date()).id == "a"
    assert active_booking_on(items, early.date()).id == "b"  # not 1 December, despite UTC
    assert active_booking_on([items[2]], START.date()) is None  # cancelled frees the day
    assert booked_days(items) == {late.date(), early.date()}


def test_status_words_exist_for_every_status() -> None:
    words = {s: status_text(s) for s in ("booked", "cancelled", "cancelled_by_office", "no_show")}
    assert len(set(words.values())) == len(words)
    assert status_text("attended") == "Attended"
    assert "refresh" in status_text("something-new")


def office() -> Office:
    return Office.from_json(
        {
            "id": "o-1",
            "name": {"ja": "ハローワーク品川", "en": "Hello Work Shinagawa"},
            "prefecture": "Tokyo",
            "phone": "03-0000-0000",
            "languages": ["ja", "en"],
            "hours": {"opens": "08:30", "closes": "17:15"},
            "slot_minutes": 30,
        }
    )


def test_ics_parses_back_with_event_times_place_and_reminder() -> None:
    data = booking_ics(booking(), office(), "en")
    calendar = icalendar.Calendar.from_ical(data)
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 1
    event = events[0]
    assert str(event["UID"]) == "booking-b-1@hwclient"
    assert event.decoded("DTSTART") == START
    assert event.decoded("DTEND") == START + timedelta(minutes=30)
    assert event["DTSTART"].params["TZID"] == "Asia/Tokyo"
    assert "Hello Work Shinagawa" in str(event["LOCATION"])
    assert "03-0000-0000" in str(event["DESCRIPTION"])
    assert str(event["STATUS"]) == "CONFIRMED"
    alarms = list(event.walk("VALARM"))
    assert len(alarms) == 1
    assert alarms[0].decoded("TRIGGER") == timedelta(minutes=-30)
    assert list(calendar.walk("VTIMEZONE"))  # the zone travels with the file
    assert b"zoom.us/j" not in data
    assert b"pwd" not in data


def test_ics_of_a_cancelled_booking_has_no_reminder() -> None:
    calendar = icalendar.Calendar.from_ical(booking_ics(booking(status="cancelled"), None, "ja"))
    event = next(iter(calendar.walk("VEVENT")))
    assert str(event["STATUS"]) == "CANCELLED"
    assert not list(event.walk("VALARM"))
    assert "ハローワーク品川" in str(event["LOCATION"])
