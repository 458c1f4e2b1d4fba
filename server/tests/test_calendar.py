"""Office calendar rules as pure functions, and the slots endpoint that applies them."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hwserver.office_calendar import (
    OfficeRules,
    bookable_starts,
    day_starts,
    is_open_day,
    japanese_holiday,
    parse_slot_id,
    slot_public_id,
)
from hwserver.timeutil import JST
from hwserver_testkit import MONDAY_MORNING, Server, problem_code

RULES = OfficeRules(min_notice_minutes=0, horizon_days=400)


def test_a_weekday_has_slots_from_0830_with_the_last_ending_by_1715() -> None:
    starts = day_starts(RULES, date(2026, 12, 7))
    assert starts[0] == datetime(2026, 12, 7, 8, 30, tzinfo=JST)
    assert starts[-1] == datetime(2026, 12, 7, 16, 30, tzinfo=JST)  # 16:30–17:00; 17:00 won't fit
    assert len(starts) == 17


@pytest.mark.parametrize(
    ("day", "open_"),
    [
        (date(2026, 12, 7), True),  # Monday
        (date(2026, 12, 12), False),  # Saturday
        (date(2026, 12, 13), False),  # Sunday
        (date(2026, 12, 28), True),  # last working day of the year
        (date(2026, 12, 29), False),  # year-end closure
        (date(2026, 12, 31), False),
        (date(2027, 1, 1), False),  # New Year's Day, also a holiday
        (date(2027, 1, 4), True),  # first working day
        (date(2027, 1, 11), False),  # Coming of Age Day (second Monday of January)
        (date(2026, 11, 23), False),  # Labour Thanksgiving Day (a Monday in 2026)
        (date(2026, 9, 22), False),  # Citizens' Holiday between two holidays in 2026
    ],
)
def test_weekends_national_holidays_and_year_end_are_closed(day: date, open_: bool) -> None:
    assert is_open_day(RULES, day) is open_


def test_holidays_come_from_the_maintained_library() -> None:
    assert japanese_holiday(date(2027, 1, 11)) is not None
    assert japanese_holiday(date(2027, 1, 12)) is None


def test_an_office_can_open_every_day_and_close_single_days() -> None:
    always = OfficeRules(open_weekdays=(0, 1, 2, 3, 4, 5, 6), closed_on_holidays=False)
    assert is_open_day(always, date(2027, 1, 1))
    assert not is_open_day(always, date(2027, 1, 2), closed_days=[date(2027, 1, 2)])


def test_minimum_notice_and_horizon_bound_what_can_be_booked() -> None:
    rules = OfficeRules(min_notice_minutes=60, horizon_days=2)
    now = datetime(2026, 12, 7, 10, 0, tzinfo=JST)
    starts = bookable_starts(rules, date(2026, 12, 7), date(2026, 12, 31), now)
    assert starts[0] == datetime(2026, 12, 7, 11, 0, tzinfo=JST)  # exactly 60 min ahead is fine
    assert starts[-1].date() == date(2026, 12, 9)  # horizon: today + 2 days


def test_slot_ids_round_trip() -> None:
    start = datetime(2026, 12, 7, 9, 0, tzinfo=JST)
    assert parse_slot_id(slot_public_id("tokyo-midoridai", start)) == ("tokyo-midoridai", start)
    assert parse_slot_id("garbage") is None
    assert parse_slot_id("office.2026130199") is None


def test_slots_endpoint_lists_only_bookable_slots_with_free_capacity(server: Server) -> None:
    response = server.client.get(
        "/v1/offices/tokyo-midoridai/slots", params={"from": "2026-12-07", "to": "2026-12-13"}
    )
    assert response.status_code == 200
    slots = response.json()
    starts = [datetime.fromisoformat(s["start"]) for s in slots]
    assert starts[0] == MONDAY_MORNING + timedelta(hours=1)  # 60 min minimum notice
    assert {s.date() for s in starts} == {date(2026, 12, d) for d in (7, 8, 9, 10, 11)}
    assert all(s["available"] == 2 for s in slots)
    assert all(s["start"].endswith("+09:00") for s in slots)


def test_slots_skip_the_year_end(server: Server) -> None:
    server.clock.set(datetime(2026, 12, 25, 9, 0, tzinfo=JST))
    slots = server.client.get(
        "/v1/offices/tokyo-midoridai/slots", params={"from": "2026-12-25", "to": "2027-01-08"}
    ).json()
    days = sorted({datetime.fromisoformat(s["start"]).date() for s in slots})
    assert days[:3] == [date(2026, 12, 25), date(2026, 12, 28), date(2027, 1, 4)]


def test_slots_of_an_unknown_office_or_a_bad_range(server: Server) -> None:
    assert problem_code(server.client.get("/v1/offices/nowhere/slots")) == "not-found"
    bad = server.client.get(
        "/v1/offices/tokyo-midoridai/slots", params={"from": "2026-12-10", "to": "2026-12-01"}
    )
    assert problem_code(bad) == "validation-error"
    assert problem_code(server.client.get("/v1/offices/tokyo-midoridai/slots?from=tomorrow")) == (
        "validation-error"
    )


def test_offices_filter_by_prefecture_and_language(server: Server) -> None:
    everything = server.client.get("/v1/offices").json()
    assert len(everything) >= 5
    tokyo = server.client.get("/v1/offices", params={"prefecture": "JP-13"}).json()
    assert tokyo
    assert {o["prefecture"] for o in tokyo} == {"JP-13"}
    assert server.client.get("/v1/offices", params={"prefecture": "Tokyo"}).json() == tokyo
    vietnamese = server.client.get("/v1/offices", params={"language": "vi"}).json()
    assert [o["id"] for o in vietnamese] == ["tokyo-midoridai"]
    office = server.client.get("/v1/offices/tokyo-midoridai").json()
    assert office["hours"] == {"opens": "08:30", "closes": "17:15"}
    assert office["slot_minutes"] == 30
    assert problem_code(server.client.get("/v1/offices/nowhere")) == "not-found"
