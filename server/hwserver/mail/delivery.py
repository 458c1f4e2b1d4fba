"""Delivery of composed messages: SMTP for real use, .eml files for demos and tests."""

from __future__ import annotations

import email.policy
import itertools
import logging
import os
import queue
import smtplib
import ssl
import threading
import time
from email import message_from_bytes
from email.message import EmailMessage
from pathlib import Path
from typing import Protocol
from urllib.parse import unquote, urlsplit

log = logging.getLogger("hwserver.mail")


class Mailer(Protocol):
    def send(self, message: EmailMessage) -> None: ...


class BackgroundMailer:
    """Hands messages to one sender thread, so no request waits for SMTP.

    An SMTP+TLS session can take up to its 20 s timeout; inside a booking request it
    held the caller (and a server worker thread) for all of it. Messages are queued
    only after their transaction committed; `close()` (at server shutdown) sends what
    is still queued. A crash loses only what is queued at that moment, as a crash
    between commit and send did before.
    """

    def __init__(self, inner: Mailer) -> None:
        self.inner = inner
        self._queue: queue.Queue[EmailMessage | None] = queue.Queue()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def send(self, message: EmailMessage) -> None:
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(
                    target=self._drain, name="hwserver-mail", daemon=True
                )
                self._thread.start()
            self._queue.put(message)

    def close(self, timeout: float = 60.0) -> None:
        """Send everything queued, then stop the thread (a later send starts a new one)."""
        with self._lock:
            thread, self._thread = self._thread, None
            if thread is None:
                return
            self._queue.put(None)
        thread.join(timeout)

    def _drain(self) -> None:
        while (message := self._queue.get()) is not None:
            try:
                _send_logged(self.inner, message)
            except Exception:  # the thread must outlive any one message
                log.exception("mail delivery failed")


class FileOutbox:
    """Writes each message as an .eml file whose name sorts in sending order.

    Time, a counter and the process id make names unique across server processes
    sharing the folder (no random UUID per mail: that cost more than the write)."""

    _counter = itertools.count()
    _lock = threading.Lock()

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        directory.mkdir(parents=True, exist_ok=True)

    def send(self, message: EmailMessage) -> None:
        with self._lock:
            name = f"{time.time_ns():020d}-{next(self._counter):06d}-{os.getpid()}.eml"
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
    """SMTP goes through a sender thread; the outbox folder (demo, tests) is written at once:
    a local file costs well under a millisecond, and readers of the folder see the message
    as soon as the request that sent it has been answered."""
    if smtp_url:
        return BackgroundMailer(SmtpMailer(smtp_url))
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
        _send_logged(mailer, message)


def _send_logged(mailer: Mailer, message: EmailMessage) -> None:
    try:
        mailer.send(message)
    except (OSError, smtplib.SMTPException) as exc:
        log.error("mail delivery failed: %s", type(exc).__name__)
