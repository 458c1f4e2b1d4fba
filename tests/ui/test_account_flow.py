"""Register → mailed link → sign in → terms → consent, through the real pages and server."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from hwclient.ui.context import AppContext
from hwclient.ui.pages.register import RegisterPage
from hwclient.ui.pages.signin import SignInPage
from hwclient.ui.pages.terms import TermsPage
from hwclient.ui.pages.verify_sent import VerifySentPage

PASSWORD = "lantern orchard violet 77"


class Nav:
    """Records where a page asks to go, as the main window would receive it."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, Any]] = []

    def __call__(self, key: str, arg: object) -> None:
        self.calls.append((key, arg))

    @property
    def last(self) -> str:
        return self.calls[-1][0] if self.calls else ""


def page_with_nav(page_cls: type, ctx: AppContext, show_page: Any) -> tuple[Any, Nav]:
    page = show_page(page_cls(ctx))
    nav = Nav()
    page.navigate.connect(nav)
    return page, nav


@pytest.fixture
def ctx(make_ctx: Callable[..., AppContext], live_server: Any, server_clock: Any) -> AppContext:
    return make_ctx(live_server.url, clock=server_clock.now)


def fill_registration(page: RegisterPage, email: str, number: str = "") -> None:
    page.name.editor.setText("Suzuki Hanako")
    page.email.editor.setText(email)
    page.password_edit.setText(PASSWORD)
    page.repeat_edit.setText(PASSWORD)
    page.job_seeker.editor.setText(number)


async def register_through_page(
    ctx: AppContext, show_page: Any, wait_until: Any, email: str, number: str = ""
) -> Nav:
    """Fill in and send the registration form; returns where the page went (check your mail)."""
    register, nav = page_with_nav(RegisterPage, ctx, show_page)
    fill_registration(register, email, number)
    register.submit_button.click()
    await wait_until(lambda: nav.last == "verify_sent")
    return nav


def sign_in_through_page(
    ctx: AppContext, show_page: Any, email: str, password: str
) -> tuple[SignInPage, Nav]:
    """Type e-mail and password on the sign-in page and press the button (answer not awaited)."""
    signin, nav = page_with_nav(SignInPage, ctx, show_page)
    signin.email.editor.setText(email)
    signin.password_edit.setText(password)
    signin.sign_in_button.click()
    return signin, nav


async def test_register_verify_sign_in_and_consent(
    ctx: AppContext, live_server: Any, outbox: Any, show_page: Any, wait_until: Any
) -> None:
    email = "hanako@example.com"
    # Full-width digits and a long-vowel mark, as a Japanese IME types them.
    nav = await register_through_page(
        ctx, show_page, wait_until, email, "１２３４５ー１２３４５６７８"
    )
    first_token = outbox.verification_token(email)

    sent, _ = page_with_nav(VerifySentPage, ctx, show_page)
    await sent.on_enter(nav.calls[-1][1])
    assert email in sent.body.text()
    assert sent.resend_button.isVisible()
    sent.resend_button.click()
    await wait_until(lambda: sent.status.isVisible())
    assert "again" in sent.status.text.text()
    token = outbox.verification_token(email)
    assert token != first_token  # a fresh link was mailed

    # The person opens the mailed link in the browser.
    async with httpx.AsyncClient() as browser:
        opened = await browser.get(f"{live_server.url}/verify", params={"token": token})
    assert opened.status_code == 200

    signed_in: list[bool] = []
    ctx.signedIn.connect(lambda: signed_in.append(True))
    _, nav = sign_in_through_page(ctx, show_page, email, PASSWORD)
    await wait_until(lambda: signed_in)
    assert nav.calls[0] == ("terms", {"next": "home"})  # a new user agrees first

    terms, nav = page_with_nav(TermsPage, ctx, show_page)
    await terms.on_enter({"next": "home"})
    assert terms.terms is not None
    assert terms.meta.text().count(terms.terms.version) == 1
    terms.agree_box.setChecked(True)
    terms.zoom_box.setChecked(True)
    bar = terms.browser.verticalScrollBar()
    if bar.maximum() > 0:  # not read to the end yet: agreeing is not possible
        assert not terms.agree_button.isEnabled()
        bar.setValue(bar.maximum())
    assert terms.agree_button.isEnabled()
    terms.agree_button.click()
    await wait_until(lambda: nav.last == "home")

    me = await ctx.api.me()
    assert me.consented_terms_version == terms.terms.version
    assert not me.terms_consent_required
    assert me.job_seeker_number == "12345-12345678"


async def test_register_mistakes_are_shown_next_to_their_fields(
    ctx: AppContext, outbox: Any, show_page: Any, wait_until: Any
) -> None:
    register, nav = page_with_nav(RegisterPage, ctx, show_page)
    fill_registration(register, "not-an-address", "1234-12")
    register.repeat_edit.setText(PASSWORD + "x")
    register.name.editor.setText("")
    register.submit_button.click()
    assert register.name.error.isVisible()
    assert "e-mail" in register.email.error_text()
    assert "12345" in register.job_seeker.error_text()  # explains the shape with an example
    assert nav.calls == []
    assert outbox.messages() == []

    fill_registration(register, "taro@example.com")
    register.password_edit.setText("short")
    register.repeat_edit.setText("short")
    register.submit_button.click()
    assert "10" in register.password.error_text()
    register.password_edit.setText("password123")  # long enough, but on the common list
    register.repeat_edit.setText("password123")
    register.submit_button.click()
    await wait_until(lambda: register.error.isVisible())
    assert register.password.error_text()
    assert "taro@example.com" in register.email.editor.text()  # nothing typed is lost
    assert nav.calls == []


async def test_sign_in_refusals_explain_what_to_do(
    ctx: AppContext, signed_up_user: Any, show_page: Any, wait_until: Any
) -> None:
    signin, nav = sign_in_through_page(
        ctx, show_page, signed_up_user.email, "wrong password, sorry"
    )
    await wait_until(lambda: signin.sign_in_button.isEnabled())
    assert "not right" in signin.error.text.text()
    assert signin.password.error.isVisible()
    for _ in range(5):  # API.md: 5 failures in a row lock sign-in for 15 minutes
        signin.password_edit.setText("wrong password, sorry")
        signin.sign_in_button.click()
        await wait_until(lambda: signin.sign_in_button.isEnabled())
    assert "15 minute" in signin.error.text.text()  # locked: says how long to wait
    assert signin.email.editor.text() == signed_up_user.email
    assert signin.password_edit.text() == ""
    assert nav.calls == []


async def test_unverified_account_is_guided_to_the_mail(
    ctx: AppContext, show_page: Any, wait_until: Any
) -> None:
    await register_through_page(ctx, show_page, wait_until, "late@example.com")
    signin, nav = sign_in_through_page(ctx, show_page, "late@example.com", PASSWORD)
    await wait_until(lambda: signin.error.isVisible())
    assert "not finished" in signin.error.text.text()
    assert signin.error.button.isVisible()
    signin.error.button.click()
    assert nav.calls[-1] == ("verify_sent", {"email": "late@example.com"})


async def test_registration_in_easy_japanese_is_accepted(
    make_ctx: Callable[..., AppContext],
    live_server: Any,
    outbox: Any,
    show_page: Any,
    wait_until: Any,
) -> None:
    ctx = make_ctx(live_server.url, language="ja_easy")
    register, nav = page_with_nav(RegisterPage, ctx, show_page)
    fill_registration(register, "easy@example.com")
    register.submit_button.click()
    await wait_until(lambda: nav.last == "verify_sent" or register.error.isVisible())
    assert nav.last == "verify_sent", register.error.text.text()
    assert outbox.verification_token("easy@example.com")


async def test_terms_agreed_before_signing_in_are_recorded_at_sign_in(
    make_ctx: Callable[..., AppContext],
    live_server: Any,
    api: Any,
    outbox: Any,
    show_page: Any,
    wait_until: Any,
) -> None:
    """First launch shows the terms before the account exists; that consent is not lost."""
    email = "first-launch@example.com"
    ctx = make_ctx(live_server.url)
    terms, nav = page_with_nav(TermsPage, ctx, show_page)
    await terms.on_enter()
    terms.agree_box.setChecked(True)
    terms.zoom_box.setChecked(True)
    bar = terms.browser.verticalScrollBar()
    bar.setValue(bar.maximum())
    terms.agree_button.click()
    await wait_until(lambda: nav.calls)
    assert nav.calls == [("signin", None)]  # no account yet: agreed on this PC only

    await register_through_page(ctx, show_page, wait_until, email)
    await api.verify_email(outbox.verification_token(email))

    signed_in: list[bool] = []
    ctx.signedIn.connect(lambda: signed_in.append(True))
    _, nav = sign_in_through_page(ctx, show_page, email, PASSWORD)
    await wait_until(lambda: signed_in)
    assert nav.calls == []  # not sent to the terms again
    me = await ctx.api.me()
    assert me.consented_terms_version == terms.terms.version
