"""Builds the service's e-mails from the language catalogues in hwserver.texts."""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from typing import Any

from hwserver.languages import bcp47
from hwserver.texts import text


def _message(sender: str, to: str, language: str, kind: str, **values: Any) -> EmailMessage:
    values.setdefault("signature", text(language, "signature"))
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = text(language, f"mail.{kind}.subject", **values)
    message["Date"] = formatdate(localtime=False)
    message["Message-ID"] = make_msgid(domain="hwserver.invalid")
    message["X-Hwserver-Kind"] = kind
    # 8bit, not quoted-printable: the link stays intact and readable in .eml files.
    message.set_content(text(language, f"mail.{kind}.body", **values), cte="8bit")
    message["Content-Language"] = bcp47(language)  # after set_content, which resets it
    return message


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
