"""Outgoing e-mail: composed in the user's language, delivered by SMTP or to an outbox folder."""

from hwserver.mail.delivery import FileOutbox, Mailer, SmtpMailer, make_mailer, read_outbox

__all__ = ["FileOutbox", "Mailer", "SmtpMailer", "make_mailer", "read_outbox"]
