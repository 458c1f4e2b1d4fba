"""The booking rules the app explains ahead of time, and calendar export.

The server enforces every rule (API.md); this module only mirrors the few
the app must show before asking: when the join button works, how long until
the session, whether cancelling in the app is still possible, and whether a
day already has a booking. On any disagreement the server's answer wins.
All day arithmetic is in Japan time, whatever the PC's own time zone.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from hwclient import __version__
from hwclient.api.models import Booking, Office
from hwclient.i18n import translate

JST = ZoneInfo("Asia/Tokyo")
REMINDER_BEFORE = timedelta(minutes=30)


class JoinState(StrEnum):
    BEFORE = "before"  # join opens later
    OPEN = "open"  # the join button works now
    CLOSED = "closed"  # the window has passed
    INACTIVE = "inactive"  # cancelled, missed or attended: nothing to join


def japan_day(moment: datetime) -> date:
    return moment.astimezone(JST).date()


def join_state(booking: Booking, now: datetime) -> JoinState:
    """Open from `join_opens_at` to `join_closes_at`, both included (as the server does)."""
    if booking.status != "booked":
        return JoinState.INACTIVE
    if now < booking.join_opens_at:
        return JoinState.BEFORE
    if now <= booking.join_closes_at:
        return JoinState.OPEN
    return JoinState.CLOSED


def can_cancel(booking: Booking, now: datetime) -> bool:
    """In the app until the start time; from then on only by phoning the office."""
    return booking.status == "booked" and now < booking.start


@dataclass(frozen=True)
class Countdown:
    """Whole days, hours and minutes left, rounded up to the minute, so the
    screen never says "0 minutes" while there is still time to wait."""

    days: int
    hours: int
    minutes: int

    @property
    def reached(self) -> bool:
        return self.days == self.hours == self.minutes == 0

    @property
    def total_minutes(self) -> int:
        return (self.days * 24 + self.hours) * 60 + self.minutes


def countdown(target: datetime, now: datetime) -> Countdown:
    seconds = (target - now).total_seconds()
    if seconds <= 0:
        return Countdown(0, 0, 0)
    total = math.ceil(seconds / 60)
    days, rest = divmod(total, 24 * 60)
    hours, minutes = divmod(rest, 60)
    return Countdown(days, hours, minutes)


def until_start(booking: Booking, now: datetime) -> Countdown:
    return countdown(booking.start, now)


def until_join_opens(booking: Booking, now: datetime) -> Countdown:
    return countdown(booking.join_opens_at, now)


def active_booking_on(bookings: Iterable[Booking], day: date) -> Booking | None:
    """The person's active booking on a Japan-time day (one a day is the rule)."""
    for booking in bookings:
        if booking.is_active and japan_day(booking.start) == day:
            return booking
    return None


def booked_days(bookings: Iterable[Booking]) -> set[date]:
    """Japan-time days a calendar should mark as "you already have a session"."""
    return {japan_day(b.start) for b in bookings if b.is_active}


def status_text(status: str) -> str:
    """Plain words for a booking status (unknown statuses say so, kindly)."""
    texts = {
        "booked": translate("Booking", "Booked"),
        "cancelled": translate("Booking", "Cancelled"),
        "cancelled_by_office": translate("Booking", "Cancelled by the office"),
        "no_show": translate("Booking", "Missed (you did not join)"),
        "attended": translate("Booking", "Attended"),
    }
    return texts.get(status, translate("Booking", "Unknown status. Please refresh."))


# -- calendar export -----------------------------------------------------------


def _description(booking: Booking, office: Office | None, office_name: str) -> str:
    lines = [
        translate("Booking", "Online job counselling with {office}.").format(office=office_name),
        translate(
            "Booking", "Open the hwclient app and press Join from 10 minutes before the start."
        ),
        translate("Booking", "Have your job-seeker number ready."),
    ]
    if office is not None and office.phone:
        lines.append(
            translate(
                "Booking", "To cancel on the day or if you have trouble, phone the office: {phone}"
            ).format(phone=office.phone)
        )
    return "\n".join(lines)


def booking_ics(
    booking: Booking,
    office: Office | None = None,
    language_code: str | None = None,
    now: datetime | None = None,
) -> bytes:
    """An RFC 5545 calendar with one event (Japan time) and a 30-minute reminder.

    No join link or passcode goes in: calendars sync to other devices and
    services, and joining goes through the app anyway.
    """
    name = booking.office_name.for_language(language_code)
    if office is not None:
        name = office.name.for_language(language_code) or name
    from icalendar import Alarm, Calendar, Event  # only here: ~0.1 s of start-up otherwise

    calendar = Calendar()
    calendar.add("prodid", f"-//hwclient//hwclient {__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    event = Event()
    event.add("uid", f"booking-{booking.id}@hwclient")
    event.add("dtstamp", (now or datetime.now(UTC)).astimezone(UTC))
    event.add("dtstart", booking.start.astimezone(JST))
    event.add("dtend", booking.end.astimezone(JST))
    event.add("summary", translate("Booking", "Hello Work online counselling"))
    event.add("location", translate("Booking", "{office} (online, Zoom)").format(office=name))
    event.add("description", _description(booking, office, name))
    event.add("status", "CONFIRMED" if booking.status == "booked" else "CANCELLED")
    if booking.status == "booked":
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("trigger", -REMINDER_BEFORE)
        alarm.add(
            "description", translate("Booking", "Your counselling session starts in 30 minutes.")
        )
        event.add_component(alarm)
    calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()
