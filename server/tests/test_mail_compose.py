"""Composed mails read back from their bytes as the text of the catalogue, in every language.

The composer writes its headers ready-encoded for speed (see compose._message); these
tests read each mail the way a mail program does, from the bytes sent over SMTP.
"""

from __future__ import annotations

import email.policy
from email import message_from_bytes
from email.message import EmailMessage

import pytest
from hwserver.languages import SUPPORTED, bcp47
from hwserver.mail import compose
from hwserver.mail.compose import companions_text
from hwserver.texts import text

WHEN = "Mon 7 Dec 2026, 11:00–11:30 (Japan time)"
DETAILS = {
    "name": "Aoi Sato",
    "when": WHEN,
    "office": "Tokyo Midoridai",
    "phone": "03-1234-5678",
    "companions": [{"role": "interpreter"}],
}


def _sent(message: EmailMessage) -> tuple[bytes, EmailMessage]:
    raw = message.as_bytes(policy=email.policy.SMTP)
    parsed = message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(parsed, EmailMessage)
    return raw, parsed


@pytest.mark.parametrize("language", SUPPORTED)
@pytest.mark.parametrize("kind", ["booking_confirmed", "booking_cancelled"])
def test_booking_mail_reads_back_as_the_catalogue_text(language: str, kind: str) -> None:
    sender = "Hello Work Online <no-reply@example.jp>"
    message = compose.booking_mail(kind, sender, "aoi@example.jp", language, **DETAILS)
    raw, mail = _sent(message)
    companions = companions_text(language, [{"role": "interpreter"}])
    values = {**DETAILS, "companions": companions, "reason": text(language, "reason.none")}
    values["signature"] = text(language, "signature")
    assert mail["Subject"] == text(language, f"mail.{kind}.subject", **values)
    expected_body = text(language, f"mail.{kind}.body", **values)
    assert mail.get_content().replace("\r\n", "\n").rstrip("\n") == expected_body.rstrip("\n")
    assert (mail["From"], mail["To"]) == (sender, "aoi@example.jp")
    assert mail["Content-Language"] == bcp47(language)
    assert mail.get_content_type() == "text/plain"
    assert mail.get_content_charset() == "utf-8"
    assert mail["Content-Transfer-Encoding"] == "8bit"  # links stay readable in the .eml
    head = raw.split(b"\r\n\r\n", 1)[0]
    assert head.isascii()
    assert max(len(line) for line in head.split(b"\r\n")) <= 78


def test_a_japanese_sender_name_is_encoded_and_reads_back() -> None:
    sender = "ハローワーク オンライン <no-reply@example.jp>"
    message = compose.verification(sender, "aoi@example.jp", "ja", "佐藤", "https://x.jp/v?t=1")
    raw, mail = _sent(message)
    assert raw.split(b"\r\n\r\n", 1)[0].isascii()
    assert mail["From"].addresses[0].display_name == "ハローワーク オンライン"
    assert mail["From"].addresses[0].addr_spec == "no-reply@example.jp"
    assert "https://x.jp/v?t=1" in mail.get_content()


def test_a_line_break_in_a_header_value_is_refused() -> None:
    with pytest.raises(ValueError, match="linefeed or carriage return"):
        compose.already_registered("a@example.jp", "b@example.jp\nBcc: c@example.jp", "en")
