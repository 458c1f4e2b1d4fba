"""A whole journey leaves no secret in the log files or in the help-desk text.

Logs are attached to support mails, so they must never hold a password, a
session or e-mail token, an e-mail address, a job-seeker number or a meeting
passcode/link. The journey runs through the real pages against the real
server with known values, including the paths that log the most (an outage
with retries, a wrong password, an unexpected error whose message quotes the
secrets), at DEBUG level, then every log file and the diagnostic text are
scanned for each value.
"""

from __future__ import annotations

import logging
import re
import secrets
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from hwclient.logs import diagnostic_info, setup_logging, shutdown_logging
from hwclient.ui.context import AppContext
from hwclient.ui.main_window import diagnostic_text
from hwclient.ui.pages.booking import BookingPage, Step
from hwclient.ui.pages.join import JoinPage
from hwclient.ui.pages.register import RegisterPage
from hwclient.ui.pages.signin import SignInPage
from hwclient.ui.pages.terms import TermsPage

OFFICE = "tokyo-midoridai"
DAY = date(2026, 12, 2)
PASSWORD = "Plum-Harbour-Kettle-8841"
TYPED_NUMBER = "１２３４５－６７８９０１２３"  # full-width, as a Japanese IME types it
NUMBER = "12345-67890123"


@pytest.fixture
def log_dir(tmp_path: Path) -> Iterator[Path]:
    """The app's own logging set-up (file, recent-problems ring), at its most talkative."""
    folder = tmp_path / "journey-logs"
    setup_logging(logging.DEBUG, folder)
    try:
        yield folder
    finally:
        shutdown_logging()
        logging.getLogger().setLevel(logging.WARNING)


def show(page: Any, widgets: list) -> Any:
    page.resize(960, 680)
    page.show()
    widgets.append(page)
    return page


async def register_and_verify(ctx: AppContext, outbox: Any, email: str, widgets: list) -> str:
    """Register through the page with a full-width job-seeker number, verify the mailed link."""
    page = show(RegisterPage(ctx), widgets)
    page.name.editor.setText("Tanaka Ichiro")
    page.email.editor.setText(email)
    page.password_edit.setText(PASSWORD)
    page.repeat_edit.setText(PASSWORD)
    page.job_seeker.editor.setText(TYPED_NUMBER)
    page.submit_button.click()
    token = await wait_for(lambda: outbox_token(outbox, email))
    await ctx.api.verify_email(token)
    return token


def outbox_token(outbox: Any, email: str) -> str | None:
    if not any(email in str(m["To"]) for m in outbox.messages()):
        return None
    return str(outbox.verification_token(email))


async def wait_for(condition: Any, seconds: float = 20.0) -> Any:
    import asyncio

    loop = asyncio.get_running_loop()
    deadline = loop.time() + seconds
    while not (value := condition()):
        assert loop.time() < deadline, f"condition not met within {seconds} s"
        await asyncio.sleep(0.02)
    return value


async def sign_in_with_mistakes(ctx: AppContext, live_server: Any, email: str, widgets: list):
    """A wrong password, then the server away, then the right password."""
    page = show(SignInPage(ctx), widgets)
    page.email.editor.setText(email)
    page.password_edit.setText(PASSWORD + "-typo")
    page.sign_in_button.click()
    await wait_for(lambda: page.error.isVisible() and page.sign_in_button.isEnabled())
    page.password_edit.setText(PASSWORD)
    live_server.stop()
    page.sign_in_button.click()
    await wait_for(lambda: page.error.isVisible() and page.sign_in_button.isEnabled())
    live_server.start()
    signed_in: list[bool] = []
    ctx.signedIn.connect(lambda: signed_in.append(True))
    page.sign_in_button.click()
    await wait_for(lambda: signed_in)


async def agree_to_terms(ctx: AppContext, widgets: list) -> None:
    page = show(TermsPage(ctx), widgets)
    went: list[str] = []
    page.navigate.connect(lambda key, _arg: went.append(key))
    await page.on_enter({"next": "home"})
    page.agree_box.setChecked(True)
    page.zoom_box.setChecked(True)
    bar = page.browser.verticalScrollBar()
    bar.setValue(bar.maximum())
    page.agree_button.click()
    await wait_for(lambda: went == ["home"])
    assert not (await ctx.api.me()).terms_consent_required


async def book_and_join(
    ctx: AppContext, server_clock: Any, wizard_to_confirm: Any, widgets: list
) -> list[str]:
    """Book through the wizard, then join at the right time; returns the meeting secrets."""
    booking_page = show(BookingPage(ctx), widgets)
    await wizard_to_confirm(booking_page, OFFICE, DAY)
    booking_page.next_button.click()
    await wait_for(lambda: booking_page.stack.currentIndex() == Step.DONE)
    booking = booking_page.booking
    assert booking is not None
    server_clock.set(booking.start - timedelta(minutes=2))
    join_page = show(JoinPage(ctx), widgets)
    join_page.zoom_installed = lambda: True
    await join_page.on_enter(booking)
    for box in join_page.boxes:
        box.setChecked(True)
    join_page.launch_button.click()
    await wait_for(lambda: join_page.opened.isVisible())
    join = await ctx.api.join(booking.id)
    return [join.passcode, join.join_url, str(join.meeting_id)]


def read_logs(folder: Path) -> str:
    """Every log file, rotated ones too, after flushing the handlers."""
    for handler in logging.getLogger().handlers:
        handler.flush()
    return "\n".join(read_text(path) for path in sorted(folder.glob("hwclient.log*")))


def read_text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def found(secret: str, text: str) -> bool:
    """Digits-only secrets (passcode) count only as a whole number, not inside a longer one."""
    if secret.isdigit():
        return re.search(rf"(?<!\d){re.escape(secret)}(?!\d)", text) is not None
    return secret.lower() in text.lower()


async def test_a_full_journey_logs_no_secret(
    ctx: AppContext,
    live_server: Any,
    server_clock: Any,
    outbox: Any,
    widgets: list,
    opened_urls: list[str],
    wizard_to_confirm: Any,
    log_dir: Path,
) -> None:
    email = f"ichiro.{secrets.token_hex(3)}@example.com"
    mail_token = await register_and_verify(ctx, outbox, email, widgets)
    await sign_in_with_mistakes(ctx, live_server, email, widgets)
    session_token = ctx.api.token
    assert session_token
    await agree_to_terms(ctx, widgets)
    meeting = await book_and_join(ctx, server_clock, wizard_to_confirm, widgets)
    assert opened_urls  # Zoom was asked to open the meeting
    # A bug somewhere raises with the secrets in its message: the log must still be clean.
    ctx.handle_exception(RuntimeError(f"boom for {email} {PASSWORD} {session_token} {NUMBER}"))
    await ctx.session.sign_out()

    logged = read_logs(log_dir)
    assert "retrying" in logged  # the outage was logged...
    assert "unhandled error" in logged  # ...and the bug, so the scan saw real content
    help_desk = diagnostic_info() + "\n" + diagnostic_text()
    assert "Recent problems:" in help_desk
    secrets_used = {
        "password": PASSWORD,
        "session token": session_token,
        "e-mail token": mail_token,
        "e-mail": email,
        "job-seeker number": NUMBER,
        "job-seeker number as typed": TYPED_NUMBER,
        "passcode": meeting[0],
        "join link": meeting[1],
        "meeting id": meeting[2],
        **{f"opened link {i}": url for i, url in enumerate(opened_urls)},
    }
    for name, value in secrets_used.items():
        assert not found(value, logged), f"{name} is in the log file"
        assert not found(value, help_desk), f"{name} is in the diagnostic info"
    settings_file = read_text(Path(str(ctx.settings.path)))
    for name in ("password", "session token", "e-mail token", "passcode", "join link"):
        assert not found(secrets_used[name], settings_file), f"{name} is in the settings file"
