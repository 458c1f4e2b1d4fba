"""Offices, slots and the booking life cycle through ApiClient against the real server."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import icalendar
import pytest

from hwclient.api import (
    ApiClient,
    Booking,
    BookingNotActive,
    BookingRequest,
    BookingSuspended,
    Companion,
    ConsentRequired,
    JoinNotOpen,
    NotFound,
    OnePerDay,
    RetryPolicy,
    Slot,
    SlotUnavailable,
    TooLateToCancel,
)
from hwclient.booking import JoinState, active_booking_on, booking_ics, can_cancel, join_state
from hwclient.meeting import plan_launch
from tests.conftest import SERVER_START, Outbox, SignedUpUser, sign_up
from tests.core.network_faults import FaultyNetwork, recording_sleep

OFFICE = "tokyo-midoridai"  # capacity 2, 60 minutes' notice
SINGLE_SEAT_OFFICE = "tokyo-kawabata"  # capacity 1
DAY = SERVER_START.date()


async def slots_on(api: ApiClient, day: date, office: str = OFFICE) -> list[Slot]:
    found = await api.slots(office, day, day)
    assert found, f"no slots on {day}"
    return found


async def book_first(api: ApiClient, day: date = DAY, office: str = OFFICE) -> Booking:
    return await api.book(BookingRequest((await slots_on(api, day, office))[0].id))


async def test_offices_filters_and_one_office(api: ApiClient) -> None:
    offices = await api.offices()
    ids = {office.id for office in offices}
    assert {OFFICE, SINGLE_SEAT_OFFICE, "osaka-sakurabashi"} <= ids
    osaka = await api.offices(prefecture="JP-27")
    assert [office.id for office in osaka] == ["osaka-sakurabashi"]
    portuguese = {office.id for office in await api.offices(language_tag="pt-BR")}
    assert portuguese == {"osaka-sakurabashi", "aichi-higashioka"}
    office = await api.office(OFFICE)
    assert office.phone
    assert office.name.for_language("ja") != office.name.for_language("en")
    assert office.hours.opens == "08:30"
    with pytest.raises(NotFound) as caught:
        await api.office("no-such-office")
    assert caught.value.status == 404


async def test_slots_are_bookable_times_only(api: ApiClient) -> None:
    office = await api.office(OFFICE)
    slots = await api.slots(OFFICE, DAY, DAY + timedelta(days=6))
    assert slots == sorted(slots, key=lambda slot: slot.start)
    for slot in slots:
        assert slot.available >= 1
        assert slot.start >= SERVER_START + timedelta(minutes=60)  # minimum notice
        assert slot.start.weekday() < 5  # weekdays only
        local = slot.start.astimezone(SERVER_START.tzinfo)
        minutes = local.hour * 60 + local.minute
        assert office.hours.opens_minutes <= minutes < office.hours.closes_minutes
        assert slot.end - slot.start == timedelta(minutes=office.slot_minutes)


async def test_booking_needs_consent_to_the_current_terms(api: ApiClient, outbox: Outbox) -> None:
    await sign_up(api, outbox, consent=False)
    current = await api.current_terms("en")
    with pytest.raises(ConsentRequired) as caught:
        await book_first(api)
    assert caught.value.status == 403
    assert caught.value.terms_version == current.version


async def test_retry_after_a_lost_answer_books_once(
    live_server: Any, outbox: Outbox, api: ApiClient
) -> None:
    user = await sign_up(api, outbox)
    transport = FaultyNetwork(["drop-answer"], only="POST /v1/bookings")  # the first booking's
    waits: list[float] = []
    flaky = ApiClient(
        live_server.url, transport=transport, sleep=recording_sleep(waits), retry=RetryPolicy()
    )
    try:
        await flaky.sign_in(user.email, user.password)
        request = BookingRequest(
            (await slots_on(flaky, DAY))[0].id,
            companions=(Companion("interpreter", "Nepali"),),
            interpreter_language="ne",
        )
        booking = await flaky.book(request)
        keys = [r.headers.get("Idempotency-Key") for r in transport.requests]
        assert len(keys) == 2
        assert keys[0] == keys[1] == request.idempotency_key
        assert len(waits) == 1
        again = await flaky.book(request)  # the person presses "Book" again: same answer
        assert again.id == booking.id
        assert [b.id for b in await flaky.bookings("all")] == [booking.id]
        assert booking.companions == (Companion("interpreter", "Nepali"),)
        assert booking.interpreter_language == "ne"
    finally:
        await flaky.aclose()


async def test_one_booking_per_japan_day(api: ApiClient, signed_up_user: SignedUpUser) -> None:
    slots = await slots_on(api, DAY)
    first = await api.book(BookingRequest(slots[0].id))
    assert active_booking_on(await api.bookings(), DAY) == first  # the app can warn early
    with pytest.raises(OnePerDay) as caught:
        await api.book(BookingRequest(slots[3].id))
    assert caught.value.status == 409
    assert caught.value.date == DAY
    next_day = await book_first(api, DAY + timedelta(days=1))
    assert next_day.status == "booked"


async def test_full_slot_is_unavailable(
    api: ApiClient, signed_up_user: SignedUpUser, live_server: Any, outbox: Outbox
) -> None:
    slot = (await slots_on(api, DAY, SINGLE_SEAT_OFFICE))[0]
    await api.book(BookingRequest(slot.id))
    other = ApiClient(live_server.url)
    try:
        await sign_up(other, outbox)
        with pytest.raises(SlotUnavailable):
            await other.book(BookingRequest(slot.id))
        assert slot.id not in {s.id for s in await other.slots(SINGLE_SEAT_OFFICE, DAY, DAY)}
    finally:
        await other.aclose()


async def test_list_get_and_other_peoples_bookings(
    api: ApiClient, signed_up_user: SignedUpUser, live_server: Any, outbox: Outbox
) -> None:
    booking = await book_first(api)
    assert [b.id for b in await api.bookings("upcoming")] == [booking.id]
    assert await api.bookings("past") == []
    assert await api.booking(booking.id) == booking
    assert booking.office_id == OFFICE
    assert booking.join_opens_at == booking.start - timedelta(minutes=10)
    stranger = ApiClient(live_server.url)
    try:
        await sign_up(stranger, outbox)
        with pytest.raises(NotFound):
            await stranger.booking(booking.id)
        with pytest.raises(NotFound):
            await stranger.cancel_booking(booking.id)
        with pytest.raises(NotFound):
            await stranger.join(booking.id)
    finally:
        await stranger.aclose()
    with pytest.raises(NotFound):
        await api.booking("../../v1/me")  # ids are quoted into one path segment


async def test_calendar_files_parse_back(api: ApiClient, signed_up_user: SignedUpUser) -> None:
    booking = await book_first(api)
    server_ics = icalendar.Calendar.from_ical(await api.booking_calendar(booking.id))
    event = next(iter(server_ics.walk("VEVENT")))
    assert event.decoded("DTSTART") == booking.start
    office = await api.office(booking.office_id)
    ours = icalendar.Calendar.from_ical(booking_ics(booking, office, "en"))
    our_event = next(iter(ours.walk("VEVENT")))
    assert our_event.decoded("DTSTART") == booking.start
    assert our_event.decoded("DTEND") == booking.end
    assert office.phone in str(our_event["DESCRIPTION"])


async def test_join_only_inside_the_window(
    api: ApiClient, signed_up_user: SignedUpUser, server_clock: Any
) -> None:
    booking = await book_first(api)
    with pytest.raises(JoinNotOpen) as caught:
        await api.join(booking.id)
    assert caught.value.opens_at == booking.join_opens_at
    assert caught.value.closes_at == booking.join_closes_at
    server_clock.set(booking.join_opens_at)
    assert join_state(booking, server_clock.now()) is JoinState.OPEN
    join = await api.join(booking.id)
    assert join.provider == "zoom"
    assert join.passcode not in repr(join)
    plan = plan_launch(join, signed_up_user.me.name, app_installed=True)
    assert plan.kind == "app"
    assert plan.url.startswith("zoommtg://zoom.us/join?")
    assert plan_launch(join, "x", app_installed=False).url == join.join_url
    server_clock.set(booking.join_closes_at + timedelta(seconds=1))
    assert join_state(booking, server_clock.now()) is JoinState.CLOSED
    with pytest.raises(JoinNotOpen):
        await api.join(booking.id)


async def test_cancel_frees_the_day_and_ends_the_booking(
    api: ApiClient, signed_up_user: SignedUpUser
) -> None:
    slots = await slots_on(api, DAY)
    booking = await api.book(BookingRequest(slots[0].id))
    cancelled = await api.cancel_booking(booking.id, reason="I found a job")
    assert cancelled.status == "cancelled"
    assert cancelled.cancelled_at is not None
    assert cancelled.cancel_reason == "I found a job"
    with pytest.raises(BookingNotActive):
        await api.cancel_booking(booking.id)
    with pytest.raises(BookingNotActive):
        await api.join(booking.id)
    rebooked = await api.book(BookingRequest(slots[1].id))  # the day is free again
    assert rebooked.status == "booked"


async def test_too_late_to_cancel_from_the_start(
    api: ApiClient, signed_up_user: SignedUpUser, server_clock: Any
) -> None:
    booking = await book_first(api)
    server_clock.set(booking.start - timedelta(seconds=1))
    assert can_cancel(booking, server_clock.now())
    server_clock.set(booking.start)
    assert not can_cancel(booking, server_clock.now())
    with pytest.raises(TooLateToCancel) as caught:
        await api.cancel_booking(booking.id)
    assert caught.value.status == 409


async def test_two_no_shows_suspend_booking(
    api: ApiClient, signed_up_user: SignedUpUser, server_clock: Any, live_server: Any
) -> None:
    from hwserver.testing import sweep

    for offset in (0, 1):
        booking = await book_first(api, DAY + timedelta(days=offset))
        server_clock.set(booking.join_closes_at + timedelta(seconds=1))
        sweep(live_server.database_url, server_clock)
        assert (await api.booking(booking.id)).status == "no_show"
    with pytest.raises(BookingSuspended) as caught:
        await book_first(api, DAY + timedelta(days=2))
    assert caught.value.status == 403
    assert caught.value.until is not None
    assert caught.value.until > DAY
    assert [b.status for b in await api.bookings("all")] == ["no_show", "no_show"]
