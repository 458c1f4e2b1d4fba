"""1,000 simultaneous booking attempts over a few slots, spread over two server processes.

The guarantees under test are the database's, not a Python lock's: two
processes share nothing but the database, so any over-booking or double
booking would show here.
"""

from __future__ import annotations

import random
from collections import Counter

import pytest
from consistency import violations
from live_server import OFFICE, add_accounts, booking_day, prepare_database, slot_ids
from load import Outcome, booking_request, client, gather, send

USERS = 250
SLOTS = 4  # every user tries every slot: 1,000 attempts on one day
REFUSALS = {"slot-unavailable", "one-per-day"}


async def _free_seats(base_url: str, slots: list[str]) -> dict[str, int]:
    day = slots[0].rsplit(".", 1)[1][:8]
    iso_day = f"{day[:4]}-{day[4:6]}-{day[6:]}"
    async with client() as http:
        listing = await send(
            http,
            "slots",
            "GET",
            f"{base_url}/v1/offices/{OFFICE}/slots?from={iso_day}&to={iso_day}",
        )
    assert listing.status == 200, listing
    free = {slot["id"]: slot["available"] for slot in listing.body}
    return {slot: free.get(slot, 0) for slot in slots}


@pytest.mark.timeout(600)
async def test_thousand_concurrent_attempts_never_overbook_nor_double_book(
    database_url: str, start_server: object
) -> None:
    prepare_database(database_url)
    accounts = add_accounts(database_url, USERS)
    day = booking_day()
    slots = slot_ids(day, SLOTS)
    servers = [start_server(database_url, "a"), start_server(database_url, "b")]  # type: ignore[operator]
    capacity = await _free_seats(servers[0].url, slots)
    assert all(seats >= 1 for seats in capacity.values()), capacity

    async with client(concurrency=200) as http:
        attempts = [
            booking_request(http, servers[(i + j) % 2].url, f"{a.id}|{slot}", a.headers, slot)
            for i, a in enumerate(accounts)
            for j, slot in enumerate(slots)
        ]
        random.Random(9).shuffle(attempts)
        outcomes = await gather(attempts)

    assert len(outcomes) == USERS * SLOTS
    _assert_every_answer_is_a_booking_or_a_known_problem(outcomes, day.isoformat())
    booked = [o for o in outcomes if o.status == 201]
    per_slot = Counter(o.label.split("|")[1] for o in booked)
    per_user = Counter(o.label.split("|")[0] for o in booked)
    assert per_slot == Counter(capacity), "every seat taken once, none over capacity"
    assert max(per_user.values()) == 1, "nobody holds two bookings on one day"
    assert await _free_seats(servers[1].url, slots) == dict.fromkeys(slots, 0)
    assert violations(database_url) == []


def _assert_every_answer_is_a_booking_or_a_known_problem(outcomes: list[Outcome], day: str) -> None:
    transport_errors = [o for o in outcomes if o.status is None]
    assert transport_errors == []
    statuses = Counter(o.status for o in outcomes)
    assert set(statuses) <= {201, 409}, statuses
    for outcome in outcomes:
        if outcome.status == 201:
            assert outcome.body["status"] == "booked"
            continue
        assert outcome.problem_code in REFUSALS, outcome
        if outcome.problem_code == "one-per-day":
            assert outcome.body["date"] == day
