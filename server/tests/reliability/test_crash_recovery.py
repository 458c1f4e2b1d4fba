"""`kill -9` of a server while requests are in flight, a restart, and the retries that follow.

A client that lost its answer retries with the same Idempotency-Key; whether
the server died before or after committing, the person ends up with exactly
one booking, and the database stays consistent (counters match bookings, no
half-written rows) on both back ends.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from functools import partial

import httpx
import pytest
from consistency import violations
from http_load import Outcome, booking_request, client, send, with_retries
from live_server import (
    OFFICE,
    Account,
    LiveServer,
    add_accounts,
    booking_day,
    prepare_database,
    set_office_capacity,
    slot_ids,
)

pytestmark = pytest.mark.timeout(600)
USERS = 60  # each runs book → cancel → book again: 180 requests, the kill comes after 60


class KillSwitch:
    """SIGKILLs the server once `after` answers have arrived, so later requests are in flight."""

    def __init__(self, server: LiveServer, after: int) -> None:
        self.server, self.after, self.answers, self.fired = server, after, 0, False

    def count(self, outcome: Outcome) -> Outcome:
        if outcome.status is not None:
            self.answers += 1
        if self.answers >= self.after and not self.fired:
            self.fired = True
            self.server.kill()
        return outcome


@dataclass(frozen=True)
class Plan:
    """One person's journey: book A, cancel it, book B on the same day; a key per step."""

    account: Account
    slot_a: str
    slot_b: str
    keys: tuple[str, str, str]


async def _run_plan(
    http: httpx.AsyncClient,
    base_url: str,
    plan: Plan,
    observe: Callable[[Outcome], Outcome] = lambda o: o,
) -> list[Outcome]:
    """The steps in order, stopping at the first one that got no answer (server gone)."""
    headers = plan.account.headers
    done: list[Outcome] = []
    book_a = observe(
        await with_retries(
            partial(booking_request, http, base_url, "book-a", headers, plan.slot_a, plan.keys[0])
        )
    )
    done.append(book_a)
    if book_a.status != 201:
        return done
    cancel_url = f"{base_url}/v1/bookings/{book_a.body['id']}/cancel"
    cancel_headers = {**headers, "Idempotency-Key": plan.keys[1]}
    cancelled = observe(
        await with_retries(
            partial(send, http, "cancel-a", "POST", cancel_url, headers=cancel_headers, json={})
        )
    )
    done.append(cancelled)
    if cancelled.status != 200:
        return done
    book_b = partial(booking_request, http, base_url, "book-b", headers, plan.slot_b, plan.keys[2])
    done.append(observe(await with_retries(book_b)))
    return done


async def _gather(jobs: list[Awaitable[list[Outcome]]]) -> list[list[Outcome]]:
    return list(await asyncio.gather(*jobs))


def _plans(accounts: list[Account], slots: list[str]) -> list[Plan]:
    keys = lambda: (uuid.uuid4().hex, uuid.uuid4().hex, uuid.uuid4().hex)  # noqa: E731
    return [
        Plan(account, slots[i % 2], slots[2 + i % 2], keys()) for i, account in enumerate(accounts)
    ]


async def test_kill_during_load_then_retries_leave_one_consistent_state(
    database_url: str, start_server: Callable[..., LiveServer]
) -> None:
    prepare_database(database_url)
    set_office_capacity(database_url, USERS)
    accounts = add_accounts(database_url, USERS)
    slots = slot_ids(booking_day(3), 4)
    plans = _plans(accounts, slots)
    server = start_server(database_url)
    switch = KillSwitch(server, after=USERS)

    async with client(concurrency=USERS) as http:
        interrupted = await _gather([_run_plan(http, server.url, p, switch.count) for p in plans])

    assert switch.fired
    assert any(o.status is None for steps in interrupted for o in steps), "requests were in flight"
    assert violations(database_url) == [], "consistent straight after the crash"

    server.start()  # same database, same port
    async with client(concurrency=USERS) as http:
        retried = await _gather([_run_plan(http, server.url, p) for p in plans])

    for plan, first, steps in zip(plans, interrupted, retried, strict=True):
        assert [o.status for o in steps] == [201, 200, 201], steps
        _assert_replays_match(first, steps)
        bookings = await _my_bookings(server.url, plan.account)
        assert sorted((b["status"], b["id"]) for b in bookings) == sorted(
            [("cancelled", steps[0].body["id"]), ("booked", steps[2].body["id"])]
        )
    assert violations(database_url) == []
    assert await _free_seats_total(server.url, slots) == 4 * USERS - len(plans)


def _assert_replays_match(first: list[Outcome], retried: list[Outcome]) -> None:
    """A step answered before the crash is answered the same way, from the stored record."""
    for before, after in zip(first, retried, strict=False):
        if before.status is None:
            break
        assert after.headers.get("idempotent-replayed") == "true", after
        assert (after.status, after.body["id"]) == (before.status, before.body["id"])


async def _my_bookings(base_url: str, account: Account) -> list[dict[str, object]]:
    async with client(concurrency=1) as http:
        mine = await send(
            http, "mine", "GET", f"{base_url}/v1/bookings?scope=all", headers=account.headers
        )
    assert mine.status == 200, mine
    return list(mine.body)


async def _free_seats_total(base_url: str, slots: list[str]) -> int:
    stamp = slots[0].rsplit(".", 1)[1]
    day = f"{stamp[:4]}-{stamp[4:6]}-{stamp[6:8]}"
    async with client(concurrency=1) as http:
        listing = await send(
            http, "slots", "GET", f"{base_url}/v1/offices/{OFFICE}/slots?from={day}&to={day}"
        )
    return sum(s["available"] for s in listing.body if s["id"] in slots)


@pytest.mark.parametrize("retry_on", ["restarted", "other-process"])
async def test_same_key_retried_after_kill_and_twice_at_once_books_exactly_once(
    database_url: str, start_server: Callable[..., LiveServer], retry_on: str
) -> None:
    """Retried on the restarted process, or on a second one that kept running: the key
    and its answer live in the database, so either gives the first booking back."""
    prepare_database(database_url)
    set_office_capacity(database_url, 40)
    accounts = add_accounts(database_url, 40)
    slot = slot_ids(booking_day(4), 1)[0]
    keys = {a.id: uuid.uuid4().hex for a in accounts}
    server = start_server(database_url, "a")
    survivor = start_server(database_url, "b") if retry_on == "other-process" else None
    switch = KillSwitch(server, after=8)

    async with client(concurrency=40) as http:
        first = await asyncio.gather(
            *(
                _observed(
                    switch, booking_request(http, server.url, a.id, a.headers, slot, keys[a.id])
                )
                for a in accounts
            )
        )
    assert switch.fired
    assert any(o.status is None for o in first)

    if survivor is None:
        server.start()
    target = survivor or server
    async with client(concurrency=80) as http:
        twice = await asyncio.gather(
            *(
                booking_request(http, target.url, a.id, a.headers, slot, keys[a.id])
                for a in accounts
                for _ in range(2)
            )
        )
    for account, before, (one, two) in zip(
        accounts, first, zip(twice[::2], twice[1::2], strict=True), strict=True
    ):
        assert one.status == two.status == 201, (one, two)
        assert one.body["id"] == two.body["id"]
        if before.status is not None:
            assert before.body["id"] == one.body["id"]
        assert [b["id"] for b in await _my_bookings(target.url, account)] == [one.body["id"]]
    assert violations(database_url) == []


async def _observed(switch: KillSwitch, request: Awaitable[Outcome]) -> Outcome:
    return switch.count(await request)
