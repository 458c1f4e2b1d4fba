"""When an office holds sessions: opening hours, weekdays, Japanese holidays, year-end.

Pure functions of an office's settings, its closed days and "now", so every rule
is testable with an injected clock and no database.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache

import holidays

from hwserver.timeutil import JST

SLOT_ID_FORMAT = "%Y%m%d%H%M"


@dataclass(frozen=True)
class OfficeRules:
    """The settings of one office that decide which slots exist."""

    opens: str = "08:30"
    closes: str = "17:15"
    slot_minutes: int = 30
    open_weekdays: tuple[int, ...] = (0, 1, 2, 3, 4)  # Monday = 0
    closed_on_holidays: bool = True
    min_notice_minutes: int = 24 * 60
    horizon_days: int = 28


def minutes_of(hhmm: str) -> int:
    """ "08:30" → 510; "24:00" is allowed as a closing time (end of day)."""
    hours, minutes = hhmm.split(":")
    value = int(hours) * 60 + int(minutes)
    if not 0 <= value <= 24 * 60 or not 0 <= int(minutes) < 60:
        raise ValueError(f"not a time of day: {hhmm}")
    return value


@lru_cache(maxsize=16)
def _japan_holidays(year: int) -> holidays.HolidayBase:
    return holidays.country_holidays("JP", years=year)


def japanese_holiday(day: date) -> str | None:
    """Name of the national holiday on that day (from the maintained `holidays` data), if any."""
    return _japan_holidays(day.year).get(day)


def is_year_end(day: date) -> bool:
    """29 December – 3 January, when Hello Work offices are closed."""
    return (day.month == 12 and day.day >= 29) or (day.month == 1 and day.day <= 3)


def is_open_day(rules: OfficeRules, day: date, closed_days: Iterable[date] = ()) -> bool:
    if day.weekday() not in rules.open_weekdays or day in set(closed_days):
        return False
    return not (rules.closed_on_holidays and (is_year_end(day) or japanese_holiday(day)))


def day_starts(rules: OfficeRules, day: date) -> list[datetime]:
    """Start times of the slots that fit completely inside the day's opening hours."""
    first, last = minutes_of(rules.opens), minutes_of(rules.closes)
    midnight = datetime.combine(day, time(0, 0), tzinfo=JST)
    starts = []
    minute = first
    while minute + rules.slot_minutes <= last:
        starts.append(midnight + timedelta(minutes=minute))
        minute += rules.slot_minutes
    return starts


def bookable_starts(
    rules: OfficeRules,
    first_day: date,
    last_day: date,
    now: datetime,
    closed_days: Iterable[date] = (),
) -> list[datetime]:
    """Slot starts a user may book now: open day, enough notice, inside the horizon."""
    closed = set(closed_days)
    earliest = now + timedelta(minutes=rules.min_notice_minutes)
    horizon_end = now.astimezone(JST).date() + timedelta(days=rules.horizon_days)
    result: list[datetime] = []
    day = first_day
    while day <= min(last_day, horizon_end):
        if is_open_day(rules, day, closed):
            result.extend(start for start in day_starts(rules, day) if start >= earliest)
        day += timedelta(days=1)
    return result


def is_bookable(
    rules: OfficeRules, start: datetime, now: datetime, closed_days: Iterable[date] = ()
) -> bool:
    """Whether `start` is one of `bookable_starts` for its day, decided without listing the
    day's slots (a round-the-clock desk has 48 of them, and every booking asks)."""
    local = start.astimezone(JST)
    day = local.date()
    horizon_end = now.astimezone(JST).date() + timedelta(days=rules.horizon_days)
    if day > horizon_end or start < now + timedelta(minutes=rules.min_notice_minutes):
        return False
    offset = local - datetime.combine(day, time(0, 0), tzinfo=JST)
    minute, rest = divmod(offset, timedelta(minutes=1))
    first, last = minutes_of(rules.opens), minutes_of(rules.closes)
    on_grid = not rest and minute >= first and (minute - first) % rules.slot_minutes == 0
    return on_grid and minute + rules.slot_minutes <= last and is_open_day(rules, day, closed_days)


def slot_public_id(office_id: str, start: datetime) -> str:
    """Slot ids name the office and the Japan-time start; clients treat them as opaque."""
    return f"{office_id}.{start.astimezone(JST).strftime(SLOT_ID_FORMAT)}"


def parse_slot_id(slot_id: str) -> tuple[str, datetime] | None:
    office_id, sep, stamp = slot_id.rpartition(".")
    if not sep or not office_id or len(stamp) != 12 or not stamp.isdigit():
        return None
    try:
        start = datetime.strptime(stamp, SLOT_ID_FORMAT).replace(tzinfo=JST)
    except ValueError:
        return None
    return office_id, start
