"""What staff do on the server shows up in the app as the right problem or status.

Staff endpoints are not part of the app, so the staff side here speaks plain
HTTP to the same real server, signed in as the demo staff account.
"""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import httpx
import pytest

from hwclient.api import (
    ApiClient,
    BookingNotActive,
    BookingRequest,
    ConsentRequired,
    EligibilityHold,
    IdempotencyKeyReused,
    TermsOutdated,
)
from hwclient.booking import status_text
from tests.conftest import SERVER_START, Outbox, SignedUpUser

OFFICE = "tokyo-midoridai"
DAY = SERVER_START.date()


@pytest.fixture
async def staff(live_server: Any) -> AsyncIterator[httpx.AsyncClient]:
    from hwserver.demo import STAFF_EMAIL, STAFF_PASSWORD

    async with httpx.AsyncClient(base_url=live_server.url) as client:
        answer = await client.post(
            "/v1/sessions", json={"email": STAFF_EMAIL, "password": STAFF_PASSWORD}
        )
        assert answer.status_code == 201, answer.text
        client.headers["Authorization"] = f"Bearer {answer.json()['token']}"
        yield client


async def first_slot_id(api: ApiClient, day_offset: int = 0) -> str:
    day = DAY + timedelta(days=day_offset)
    return (await api.slots(OFFICE, day, day))[0].id


async def test_eligibility_hold_blocks_booking_until_lifted(
    api: ApiClient, signed_up_user: SignedUpUser, staff: httpx.AsyncClient
) -> None:
    user_id = signed_up_user.me.id
    answer = await staff.post(f"/v1/staff/users/{user_id}/holds", json={"code": "residence-status"})
    assert answer.status_code == 201, answer.text
    assert [hold.code for hold in (await api.me()).holds] == ["residence-status"]
    with pytest.raises(EligibilityHold) as caught:
        await api.book(BookingRequest(await first_slot_id(api)))
    assert caught.value.status == 403
    assert caught.value.hold_code == "residence-status"
    lifted = await staff.delete(f"/v1/staff/users/{user_id}/holds/residence-status")
    assert lifted.status_code == 204
    assert (await api.book(BookingRequest(await first_slot_id(api)))).status == "booked"


async def test_office_cancellation_reaches_the_app(
    api: ApiClient, signed_up_user: SignedUpUser, staff: httpx.AsyncClient, outbox: Outbox
) -> None:
    booking = await api.book(BookingRequest(await first_slot_id(api)))
    answer = await staff.post(
        f"/v1/staff/bookings/{booking.id}/cancel", json={"reason": "The counsellor is ill."}
    )
    assert answer.status_code == 200, answer.text
    seen = await api.booking(booking.id)
    assert seen.status == "cancelled_by_office"
    assert seen.cancel_reason == "The counsellor is ill."
    assert status_text(seen.status) == "Cancelled by the office"
    with pytest.raises(BookingNotActive):
        await api.join(booking.id)
    assert outbox.latest_to(signed_up_user.email)  # the person is told by mail too


async def test_new_terms_version_needs_consent_again(
    api: ApiClient, signed_up_user: SignedUpUser, staff: httpx.AsyncClient
) -> None:
    old = (await api.current_terms("en")).version
    text = {"title": "Terms of use", "body": "New rules.", "changes_summary": "Shorter."}
    answer = await staff.post(
        "/v1/staff/terms",
        json={"version": "9.0", "effective_on": DAY.isoformat(), "texts": {"ja": text, "en": text}},
    )
    assert answer.status_code == 201, answer.text
    assert (await api.me()).terms_consent_required
    terms = await api.current_terms("en")
    assert terms.version == "9.0"
    assert terms.changes_summary == "Shorter."
    with pytest.raises(TermsOutdated) as outdated:
        await api.consent(old)
    assert outdated.value.current_version == "9.0"
    with pytest.raises(ConsentRequired) as caught:
        await api.book(BookingRequest(await first_slot_id(api)))
    assert caught.value.terms_version == "9.0"
    await api.consent("9.0")
    assert (await api.book(BookingRequest(await first_slot_id(api)))).status == "booked"


async def test_idempotency_key_reused_for_another_booking(
    api: ApiClient, signed_up_user: SignedUpUser
) -> None:
    slots = await api.slots(OFFICE, DAY, DAY)
    first = BookingRequest(slots[0].id)
    await api.book(first)
    changed = dataclasses.replace(first, slot_id=slots[1].id)  # same key, different body
    with pytest.raises(IdempotencyKeyReused) as caught:
        await api.book(changed)
    assert caught.value.status == 422
