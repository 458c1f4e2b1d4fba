"""Many simultaneous booking attempts over a few slots, spread over two server processes.

The guarantees under test are the database's, not a Python lock's: the two
processes share nothing but the database, so an over-booked slot or a user
with two bookings on one day would show here. PostgreSQL (the multi-instance
deployment) takes the full 1,000 attempts; SQLite, whose writers queue on one
file lock, takes a fifth of that so the suite stays quick.
"""

from __future__ import annotations

import random
import uuid
from collections import Counter
from collections.abc import Callable
from functools import partial

import pytest
from consistency import violations
from http_load import Outcome, booking_request, client, gather, send, with_retries
from live_server import (
    OFFICE,
    LiveServer,
    add_accounts,
    booking_day,
    prepare_database,
    slot_ids,
)

SLOTS = 4  # every user tries every slot of one day
USERS = {"sqlite": 50, "postgres": 250}  # x 4 slots: 200 and 1,000 attempts
REFUSALS = {"slot-unavailable", "one-per-day"}


async def _free_seats(base_url: str, slots: list[str]) -> dict[str, int]:
    """Free seats per slot as the public listing shows them (a full slot is not listed)."""
    stamp = slots[0].rsplit(".", 1)[1]
    day = f"{stamp[:4]}-{stamp[4:6]}-{stamp[6:8]}"
    url = f"{base_url}/v1/offices/{OFFICE}/slots?from={day}&to={day}"
    async with client() as http:
        listing = await send(http, "slots", "GET", url)
    assert listing.status == 200, listing
    free = {slot["id"]: slot["available"] for slot in listing.body}
    return {slot: free.get(slot, 0) for slot in slots}


@pytest.mark.timeout(600)
async def test_simultaneous_attempts_never_overbook_nor_double_book(
    database_url: str, backend: str, start_server: Callable[..., LiveServer]
) -> None:
    prepare_database(database_url)
    accounts = add_accounts(database_url, USERS[backend])
    day = booking_day()
    slots = slot_ids(day, SLOTS)
    servers = [start_server(database_url, "a"), start_server(database_url, "b")]
    capacity = await _free_seats(servers[0].url, slots)
    assert all(seats >= 1 for seats in capacity.values()), capacity

    async with client(concurrency=200) as http:
        attempts = [
            with_retries(
                partial(
                    booking_request,
                    http,
                    servers[(i + j) % 2].url,
                    f"{account.id}|{slot}",
                    account.headers,
                    slot,
                    uuid.uuid4().hex,
                )
            )
            for i, account in enumerate(accounts)
            for j, slot in enumerate(slots)
        ]
        random.Random(9).shuffle(attempts)
        outcomes = await gather(attempts)

    assert len(outcomes) == USERS[backend] * SLOTS
    _assert_each_answer_is_a_booking_or_a_known_refusal(outcomes, day.isoformat())
    booked = [o for o in outcomes if o.status == 201]
    per_slot = Counter(o.label.split("|")[1] for o in booked)
    per_user = Counter(o.label.split("|")[0] for o in booked)
    assert per_slot == Counter(capacity), "every seat taken exactly once, none over capacity"
    assert max(per_user.values()) == 1, "nobody holds two bookings on one day"
    assert await _free_seats(servers[1].url, slots) == dict.fromkeys(slots, 0)
    assert violations(database_url) == []


def _assert_each_answer_is_a_booking_or_a_known_refusal(outcomes: list[Outcome], day: str) -> None:
    assert [o for o in outcomes if o.status is None] == [], "no request left unanswered"
    statuses = Counter(o.status for o in outcomes)
    assert set(statuses) <= {201, 409}, statuses
    for outcome in outcomes:
        if outcome.status == 201:
            assert outcome.body["status"] == "booked"
            continue
        assert outcome.problem_code in REFUSALS, outcome
        if outcome.problem_code == "one-per-day":
            assert outcome.body["date"] == day
