"""`is_bookable` decides a single start without listing the day; it must agree with the
listing (`bookable_starts`) people choose from, for any office settings and any time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hwserver.office_calendar import OfficeRules, bookable_starts, is_bookable
from hwserver.timeutil import JST
from hypothesis import given, settings
from hypothesis import strategies as st

NOW = datetime(2026, 12, 7, 10, 0, tzinfo=JST)


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


@st.composite
def office_and_start(draw: st.DrawFn) -> tuple[OfficeRules, datetime]:
    """Settings and a start near the interesting edges: on or just off the slot grid, the
    last slot that fits before closing, days around the notice and the horizon."""
    slot = draw(st.sampled_from([15, 20, 30, 45, 60]))
    opens = draw(st.integers(0, 22 * 60))
    slots_in_day = draw(st.integers(0, (24 * 60 - opens) // slot))
    closes = min(24 * 60, opens + slots_in_day * slot + draw(st.sampled_from([0, 0, 1, slot - 1])))
    office = OfficeRules(
        opens=_hhmm(opens),
        closes=_hhmm(closes),
        slot_minutes=slot,
        open_weekdays=tuple(sorted(draw(st.sets(st.integers(0, 6), min_size=1)))),
        closed_on_holidays=draw(st.booleans()),
        min_notice_minutes=draw(st.sampled_from([0, 30, 24 * 60, 3 * 24 * 60])),
        horizon_days=draw(st.integers(0, 40)),
    )
    day = NOW.date() + timedelta(days=draw(st.integers(-2, 45)))
    minute = opens + draw(st.integers(-1, slots_in_day + 1)) * slot
    minute += draw(st.sampled_from([0, 0, 0, 1, -1]))
    start = datetime(day.year, day.month, day.day, tzinfo=JST) + timedelta(
        minutes=minute, seconds=draw(st.sampled_from([0, 0, 0, 30]))
    )
    return office, start


@settings(max_examples=500, deadline=None)
@given(case=office_and_start(), closed_offsets=st.sets(st.integers(-2, 45), max_size=3))
def test_is_bookable_agrees_with_the_listing(
    case: tuple[OfficeRules, datetime], closed_offsets: set[int]
) -> None:
    office, start = case
    day = start.astimezone(JST).date()
    closed = {NOW.date() + timedelta(days=offset) for offset in closed_offsets}
    listed = start in bookable_starts(office, day, day, NOW, closed)
    assert is_bookable(office, start, NOW, closed) == listed


def test_a_start_given_in_another_time_zone_is_the_same_instant() -> None:
    office = OfficeRules(min_notice_minutes=0)
    utc = datetime(2026, 12, 8, 2, 0, tzinfo=UTC)  # 11:00 Japan time on a Tuesday
    assert is_bookable(office, utc, NOW) is True
    assert is_bookable(office, utc + timedelta(minutes=10), NOW) is False  # not a slot start
