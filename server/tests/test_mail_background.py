"""SMTP mail leaves the request path: a booking is answered while its mail is still being sent."""

from __future__ import annotations

import threading
from email.message import EmailMessage

from hwserver.mail.delivery import BackgroundMailer


class HeldMailer:
    """A mail server that accepts a message only when the test lets it (a slow SMTP session)."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.sent: list[EmailMessage] = []

    def send(self, message: EmailMessage) -> None:
        assert self.release.wait(30), "the test never released the mail server"
        self.sent.append(message)


class FailingMailer:
    def __init__(self) -> None:
        self.calls = 0

    def send(self, message: EmailMessage) -> None:
        self.calls += 1
        raise ConnectionRefusedError


def _message(subject: str) -> EmailMessage:
    message = EmailMessage()
    message["Subject"] = subject
    message.set_content("body")
    return message


def test_send_returns_before_the_mail_server_answers_and_close_delivers_the_rest() -> None:
    held = HeldMailer()
    mailer = BackgroundMailer(held)
    mailer.send(_message("first"))
    mailer.send(_message("second"))
    assert held.sent == []  # the caller was not kept waiting for the server
    held.release.set()
    mailer.close()
    assert [m["Subject"] for m in held.sent] == ["first", "second"]


def test_a_failed_send_is_logged_and_later_mail_still_goes_out() -> None:
    failing = FailingMailer()
    mailer = BackgroundMailer(failing)
    mailer.send(_message("lost"))
    mailer.send(_message("also tried"))
    mailer.close()
    assert failing.calls == 2
