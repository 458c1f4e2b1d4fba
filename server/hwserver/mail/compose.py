"""Builds the service's e-mails from the language catalogues in hwserver.texts."""

from __future__ import annotations

from email.charset import BASE64, Charset
from email.header import Header
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from typing import Any

from hwserver.languages import bcp47
from hwserver.texts import text

CONTENT_TYPE = 'text/plain; charset="utf-8"'
# Encoded words always in base64: the default ("the shorter of Q and B") measured both for
# every possible line break, a quarter of a millisecond per subject.
UTF8_B = Charset("utf-8")
UTF8_B.header_encoding = BASE64


def _message(sender: str, to: str, language: str, kind: str, **values: Any) -> EmailMessage:
    """A plain-text UTF-8 mail, its headers written ready-encoded (`set_raw`).

    Letting the e-mail policy parse every header and `set_content` build the body
    cost about 1 ms of CPU per mail, a quarter of a booking request under load;
    the encoded headers and the 8bit body below are the same message for every
    reader (they parse it from its bytes), at a fraction of that.
    """
    values.setdefault("signature", text(language, "signature"))
    message = EmailMessage()
    _header(message, "From", sender)
    _header(message, "To", to)
    _header(message, "Subject", text(language, f"mail.{kind}.subject", **values), words=True)
    message.set_raw("Date", formatdate(localtime=False))
    message.set_raw("Message-ID", make_msgid(domain="hwserver.invalid"))
    message.set_raw("X-Hwserver-Kind", kind)
    message["Content-Type"] = CONTENT_TYPE  # parsed once here, not at each look when sent
    # 8bit, not quoted-printable: the link stays intact and readable in .eml files.
    message.set_raw("Content-Transfer-Encoding", "8bit")
    message.set_raw("MIME-Version", "1.0")
    message.set_raw("Content-Language", bcp47(language))
    message.set_payload(_body_8bit(text(language, f"mail.{kind}.body", **values)))
    return message


def _header(message: EmailMessage, name: str, value: str, words: bool = False) -> None:
    """ASCII values as they are; with `words`, other text as RFC 2047 encoded words.
    Anything else (a Japanese sender name, a line break) goes through the policy, which
    encodes address headers and refuses line breaks."""
    if "\n" in value or "\r" in value or not (words or value.isascii()):
        message[name] = value
    elif value.isascii():
        message.set_raw(name, value)
    else:
        message.set_raw(name, Header(value, UTF8_B, header_name=name).encode())


def _body_8bit(body: str) -> str:
    """UTF-8 lines ending in a newline, in the form the e-mail package keeps 8bit bodies in
    (bytes as surrogate escapes); the generator writes them with each policy's line ends."""
    lines = body.splitlines()
    return ("\n".join(lines) + "\n").encode("utf-8").decode("ascii", "surrogateescape")


def verification(sender: str, to: str, language: str, name: str, url: str) -> EmailMessage:
    return _message(sender, to, language, "verify", name=name, url=url)


def already_registered(sender: str, to: str, language: str) -> EmailMessage:
    return _message(sender, to, language, "already_registered")


def companions_text(language: str, companions: list[dict[str, Any]]) -> str:
    if not companions:
        return text(language, "companions.none")
    return ", ".join(text(language, f"companions.{c['role']}") for c in companions)


def booking_mail(
    kind: str,
    sender: str,
    to: str,
    language: str,
    *,
    name: str,
    when: str,
    office: str,
    phone: str,
    companions: list[dict[str, Any]] | None = None,
    reason: str | None = None,
) -> EmailMessage:
    """kind: booking_confirmed | booking_cancelled | booking_cancelled_by_office."""
    return _message(
        sender,
        to,
        language,
        kind,
        name=name,
        when=when,
        office=office,
        phone=phone,
        companions=companions_text(language, companions or []),
        reason=reason or text(language, "reason.none"),
    )
