"""The demo mailbox: a demo registration is completed by clicking the mailed link."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl

from hwclient.api import Registration
from hwclient.ui.demo_mailbox import DemoMailbox, body_html, verification_token
from hwclient.ui.main_window import MainWindow
from tests.conftest import TEST_PASSWORD, unique_email


async def _register(ctx: Any) -> str:
    email = unique_email("mailbox")
    await ctx.api.register(
        Registration(
            email=email, password=TEST_PASSWORD, name="Demo Person", preferred_language="en"
        )
    )
    return email


def _links(window: DemoMailbox) -> list[str]:
    html = window.body.toHtml()
    return [part.split('"', 1)[0] for part in html.split('href="')[1:]]


async def test_clicking_the_mailed_link_completes_the_registration(
    live_server: Any,
    make_ctx: Any,
    close_widgets: list,
    wait_until: Any,
    opened_urls: list,
    save_shot: Any,
) -> None:
    ctx = make_ctx(server_url=live_server.url)
    ctx.demo = live_server
    errors: list[str] = []
    ctx.unexpectedError.connect(errors.append)
    window = MainWindow(ctx)
    close_widgets.append(window)
    window.show()
    going_to: list[str] = []
    window.pageChanged.connect(going_to.append)

    window.demo_banner.button.click()
    mailbox = window.mailbox
    assert mailbox is not None
    assert mailbox.isVisible()
    email = await _register(ctx)
    await wait_until(lambda: mailbox.list.topLevelItemCount() == 1, seconds=10)
    item = mailbox.list.topLevelItem(0)
    assert item.text(1) == email
    assert item.text(2)
    verify_links = [u for u in _links(mailbox) if "/verify?token=" in u]
    assert len(verify_links) == 1

    mailbox.body.anchorClicked.emit(QUrl(verify_links[0]))
    await wait_until(lambda: "registration is complete" in mailbox.status.text.text())
    save_shot(mailbox, "demo-mailbox-en")
    assert "signin" in going_to
    assert opened_urls == []  # completed in the app, no browser needed
    result = await ctx.api.sign_in(email, TEST_PASSWORD)
    assert result.user.email == email
    assert errors == []


async def test_a_used_link_says_so_and_newer_mails_come_first(
    live_server: Any, make_ctx: Any, close_widgets: list, wait_until: Any
) -> None:
    ctx = make_ctx(server_url=live_server.url)
    ctx.demo = live_server
    mailbox = DemoMailbox(ctx)
    close_widgets.append(mailbox)
    mailbox.show()
    first = await _register(ctx)
    await wait_until(lambda: mailbox.list.topLevelItemCount() == 1, seconds=10)
    second = await _register(ctx)
    await wait_until(lambda: mailbox.list.topLevelItemCount() == 2, seconds=10)
    assert [mailbox.list.topLevelItem(i).text(1) for i in range(2)] == [second, first]

    mailbox.list.setCurrentItem(mailbox.list.topLevelItem(1))
    link = next(u for u in _links(mailbox) if "/verify?token=" in u)
    await mailbox.verify(verification_token(link, live_server.url) or "")
    assert "registration is complete" in mailbox.status.text.text()
    await mailbox.verify(verification_token(link, live_server.url) or "")
    assert "registration is complete" not in mailbox.status.text.text()
    assert mailbox.status.text.text()  # a plain-words message instead of a traceback


def test_only_this_servers_verify_link_is_completed_in_the_app() -> None:
    server = "http://127.0.0.1:5000"
    assert verification_token(f"{server}/verify?token=abc", server) == "abc"
    assert verification_token("http://127.0.0.1:5001/verify?token=abc", server) is None
    assert verification_token(f"{server}/other?token=abc", server) is None
    assert verification_token(f"{server}/verify?token=", server) is None
    html = body_html("Open http://x.example/verify?token=a_b. Then <b>")
    assert '<a href="http://x.example/verify?token=a_b">' in html
    assert "&lt;b&gt;" in html
    assert body_html("a\nb") == "a<br>b"
