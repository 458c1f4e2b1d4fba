"""Delivery of composed messages: SMTP for real use, .eml files for demos and tests."""

from __future__ import annotations

import email.policy
import itertools
import logging
import smtplib
import ssl
import threading
import time
import uuid
from email import message_from_bytes
from email.message import EmailMessage
from pathlib import Path
from typing import Protocol
from urllib.parse import unquote, urlsplit

log = logging.getLogger("hwserver.mail")


class Mailer(Protocol):
    def send(self, message: EmailMessage) -> None: ...


class FileOutbox:
    """Writes each message as an .eml file whose name sorts in sending order."""

    _counter = itertools.count()
    _lock = threading.Lock()

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        directory.mkdir(parents=True, exist_ok=True)

    def send(self, message: EmailMessage) -> None:
        with self._lock:
            name = f"{time.time_ns():020d}-{next(self._counter):06d}-{uuid.uuid4().hex[:8]}.eml"
        target = self.directory / name
        partial = target.with_suffix(".part")
        partial.write_bytes(message.as_bytes(policy=email.policy.SMTP))
        partial.replace(target)  # readers never see half a message


class SmtpMailer:
    """smtp://user:pass@host:port (STARTTLS when offered) or smtps://… (implicit TLS)."""

    def __init__(self, url: str) -> None:
        parts = urlsplit(url)
        if parts.scheme not in {"smtp", "smtps"} or not parts.hostname:
            raise ValueError("--smtp-url must look like smtp://host:25 or smtps://user:pass@host")
        self.implicit_tls = parts.scheme == "smtps"
        self.host = parts.hostname
        self.port = parts.port or (465 if self.implicit_tls else 25)
        self.username = unquote(parts.username) if parts.username else None
        self.password = unquote(parts.password) if parts.password else None

    def send(self, message: EmailMessage) -> None:
        context = ssl.create_default_context()
        if self.implicit_tls:
            client: smtplib.SMTP = smtplib.SMTP_SSL(
                self.host, self.port, timeout=20, context=context
            )
        else:
            client = smtplib.SMTP(self.host, self.port, timeout=20)
        with client:
            client.ehlo()
            if not self.implicit_tls and client.has_extn("starttls"):
                client.starttls(context=context)
                client.ehlo()
            if self.username and self.password:
                client.login(self.username, self.password)
            client.send_message(message)


def make_mailer(smtp_url: str | None, outbox: Path | None) -> Mailer:
    if smtp_url:
        return SmtpMailer(smtp_url)
    return FileOutbox(outbox or Path("hwserver-outbox"))


def read_outbox(directory: Path) -> list[EmailMessage]:
    """All messages written to an outbox folder, oldest first."""
    if not directory.is_dir():
        return []
    messages = []
    for path in sorted(directory.glob("*.eml")):
        parsed = message_from_bytes(path.read_bytes(), policy=email.policy.default)
        assert isinstance(parsed, EmailMessage)
        messages.append(parsed)
    return messages


def deliver(mailer: Mailer, messages: list[EmailMessage]) -> None:
    """Send after the database commit; a failed send is logged, never turned into a 500."""
    for message in messages:
        try:
            mailer.send(message)
        except (OSError, smtplib.SMTPException) as exc:
            log.error("mail delivery failed: %s", type(exc).__name__)
