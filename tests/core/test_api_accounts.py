"""Accounts, sessions and terms through ApiClient against the real server on loopback."""

from __future__ import annotations

from typing import Any

import pytest

from hwclient.api import (
    AccountLocked,
    ApiClient,
    EmailNotVerified,
    InvalidCredentials,
    InvalidToken,
    Registration,
    SignedOut,
    SignedOutEvent,
    TermsOutdated,
    Unauthenticated,
    ValidationFailed,
    WeakPassword,
)
from hwclient.settings import Settings
from tests.conftest import TEST_PASSWORD, Outbox, SignedUpUser, sign_up, unique_email


def registration(email: str, password: str = TEST_PASSWORD) -> Registration:
    return Registration(
        email=email, password=password, name="Nguyen Van An", preferred_language="vi"
    )


async def test_register_verify_sign_in_and_read_me(api: ApiClient, outbox: Outbox) -> None:
    email = unique_email()
    assert await api.register(registration(email)) == "verification-sent"
    with pytest.raises(EmailNotVerified):
        await api.sign_in(email, TEST_PASSWORD)
    assert await api.verify_email(outbox.verification_token(email)) == "active"
    result = await api.sign_in(email, TEST_PASSWORD)
    assert result.token
    assert api.token == result.token
    assert result.token not in repr(result)  # tokens never reach a log through repr
    assert result.user.email == email
    assert result.user.preferred_language == "vi"
    assert result.user.terms_consent_required
    me = await api.me()
    assert me.id == result.user.id
    assert me.name == "Nguyen Van An"


async def test_registering_twice_answers_the_same_and_mails_the_owner(
    api: ApiClient, outbox: Outbox
) -> None:
    email = unique_email()
    await api.register(registration(email))
    assert await api.register(registration(email)) == "verification-sent"  # no account probing
    assert len([m for m in outbox.messages() if email in str(m["To"])]) == 2


async def test_verification_token_works_once(api: ApiClient, outbox: Outbox) -> None:
    email = unique_email()
    await api.register(registration(email))
    token = outbox.verification_token(email)
    await api.verify_email(token)
    with pytest.raises(InvalidToken) as caught:
        await api.verify_email(token)
    assert caught.value.status == 400
    assert caught.value.code == "invalid-token"


async def test_weak_password_and_field_errors(api: ApiClient) -> None:
    with pytest.raises(WeakPassword):
        await api.register(registration(unique_email(), password="password123"))
    with pytest.raises(ValidationFailed) as caught:
        await api.register(registration("not-an-e-mail"))
    assert caught.value.status == 422
    assert any(error.field.endswith("email") for error in caught.value.errors)


async def test_wrong_password_then_lock_with_retry_after(
    api: ApiClient, signed_up_user: SignedUpUser
) -> None:
    other = ApiClient(api.base_url)
    try:
        with pytest.raises(InvalidCredentials):
            await other.sign_in(unique_email(), "whatever password 1")  # unknown = same answer
        for _ in range(4):
            with pytest.raises(InvalidCredentials):
                await other.sign_in(signed_up_user.email, "wrong password 123")
        with pytest.raises(AccountLocked) as caught:  # the fifth failure in a row locks
            await other.sign_in(signed_up_user.email, "wrong password 123")
        assert caught.value.status == 423
        assert caught.value.retry_after is not None
        assert 0 < caught.value.retry_after.total_seconds() <= 15 * 60
        with pytest.raises(AccountLocked):  # even the right password waits now
            await other.sign_in(signed_up_user.email, signed_up_user.password)
    finally:
        await other.aclose()


async def test_profile_update(api: ApiClient, signed_up_user: SignedUpUser) -> None:
    me = await api.update_me(
        name="Yamada Hanako",
        job_seeker_number="13010-7654321",
        preferred_language="ja_easy",
        home_office_id="tokyo-midoridai",
    )
    assert me.name == "Yamada Hanako"
    assert me.job_seeker_number == "13010-7654321"
    assert me.preferred_language == "ja_easy"
    assert me.home_office_id == "tokyo-midoridai"
    assert (await api.me()) == me
    with pytest.raises(ValueError, match="not profile fields"):
        await api.update_me(email="x@example.com")


async def test_terms_in_the_requested_language_and_consent(api: ApiClient, outbox: Outbox) -> None:
    user = await sign_up(api, outbox, consent=False)
    assert user.me.terms_consent_required
    japanese = await api.current_terms("ja")
    english = await api.current_terms("en")
    assert japanese.version == english.version
    assert japanese.language == "ja"
    assert english.language == "en"
    assert japanese.body != english.body
    consent = await api.consent(english.version)
    assert consent.terms_version == english.version
    me = await api.me()
    assert not me.terms_consent_required
    assert me.consented_terms_version == english.version


async def test_consent_to_an_old_version_is_refused(
    api: ApiClient, signed_up_user: SignedUpUser
) -> None:
    current = (await api.current_terms("en")).version
    with pytest.raises(TermsOutdated) as caught:
        await api.consent("0.1")
    assert caught.value.status == 409
    assert caught.value.current_version == current


async def test_no_token_is_unauthenticated_without_a_signed_out_event(api: ApiClient) -> None:
    events: list[SignedOutEvent] = []
    api.events.signed_out.connect(events.append)
    with pytest.raises(Unauthenticated) as caught:
        await api.me()
    assert not isinstance(caught.value, SignedOut)
    assert events == []


async def test_password_change_signs_out_other_sessions(
    api: ApiClient, signed_up_user: SignedUpUser
) -> None:
    laptop = ApiClient(api.base_url)
    events: list[SignedOutEvent] = []
    laptop.events.signed_out.connect(events.append)
    try:
        await laptop.sign_in(signed_up_user.email, signed_up_user.password)
        with pytest.raises(InvalidCredentials):
            await api.change_password("not my password 1", "another good passphrase 7")
        assert api.token is not None  # a wrong current password is not a sign-out
        await api.change_password(signed_up_user.password, "another good passphrase 7")
        with pytest.raises(SignedOut):
            await laptop.me()
        assert laptop.token is None
        assert events == [SignedOutEvent("unauthenticated")]
        with pytest.raises(InvalidCredentials):
            await laptop.sign_in(signed_up_user.email, signed_up_user.password)
        await laptop.sign_in(signed_up_user.email, "another good passphrase 7")
    finally:
        await laptop.aclose()


async def test_sign_out_revokes_the_token(api: ApiClient, signed_up_user: SignedUpUser) -> None:
    token = api.token
    await api.sign_out()
    assert api.token is None
    reused = ApiClient(api.base_url, token=token)
    fired: list[Any] = []
    reused.events.signed_out.connect(fired.append)
    try:
        with pytest.raises(SignedOut):
            await reused.bookings()
        assert len(fired) == 1
    finally:
        await reused.aclose()


async def test_delete_account(api: ApiClient, signed_up_user: SignedUpUser) -> None:
    with pytest.raises(InvalidCredentials):
        await api.delete_account("not my password 1")
    await api.delete_account(signed_up_user.password)
    assert api.token is None
    with pytest.raises(InvalidCredentials):
        await api.sign_in(signed_up_user.email, signed_up_user.password)


async def test_policy_health_and_environment_report(
    api: ApiClient, signed_up_user: SignedUpUser
) -> None:
    assert await api.health()
    policy = await api.client_policy()
    assert policy.minimum_version
    assert policy.download_url.startswith("https://")
    assert any(entry.os == "windows" for entry in policy.os_support)
    settings = Settings.load()
    report_id = await api.send_environment_report(
        {"app_version": "0.1.0", "results": []}, device_id=settings.device_id_hash(api.base_url)
    )
    assert isinstance(report_id, str)
    assert report_id
