"""A booking as an RFC 5545 calendar entry (built with the icalendar library)."""

from __future__ import annotations

from datetime import datetime, timedelta

from icalendar import Alarm, Calendar, Event

from hwserver.models import Booking, Office
from hwserver.texts import text
from hwserver.timeutil import JST

REMIND_BEFORE = timedelta(minutes=15)


def booking_ics(booking: Booking, office: Office, language: str, now: datetime) -> bytes:
    office_name = office.name_ja if language.startswith("ja") else office.name_en
    calendar = Calendar()
    calendar.add("prodid", "-//hwserver//Hello Work online counselling//EN")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    event = Event()
    event.add("uid", f"{booking.id}@hwserver")
    event.add("dtstamp", now)
    event.add("dtstart", booking.start.astimezone(JST))
    event.add("dtend", booking.end.astimezone(JST))
    event.add("summary", text(language, "ics.summary", office=office_name))
    event.add("description", text(language, "ics.description", phone=office.phone))
    event.add("location", text(language, "ics.location"))
    cancelled = booking.status in {"cancelled", "cancelled_by_office"}
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", text(language, "ics.summary", office=office_name))
    alarm.add("trigger", -REMIND_BEFORE)
    event.add_component(alarm)
    calendar.add_component(event)
    return calendar.to_ical()
