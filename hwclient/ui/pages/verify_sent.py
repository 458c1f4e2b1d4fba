""" "Check your e-mail": the registration finishes when the mailed link is opened.

API.md has no resend endpoint. Sending the same registration again is safe
(the server answers 202 the same way and mails the address again), so "send
again" repeats the request with the details the person already typed; they
stay in memory only for this page and are never written to disk.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from hwclient.api.errors import ApiError
from hwclient.api.models import Registration
from hwclient.ui import style
from hwclient.ui.context import AppContext
from hwclient.ui.messages import format_time, message_for_error
from hwclient.ui.pages.base import Page
from hwclient.ui.widgets.form_fields import MessageBanner

log = logging.getLogger(__name__)


class VerifySentPage(Page):
    """Tell the person to open the mailed link; offer to send it again."""

    key = "verify_sent"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.registration: Registration | None = None
        self.email = ""
        self.resent_at: str = ""
        self._build()
        self.retranslate()

    def _build(self) -> None:
        self.headline = style.set_role(style.wrap(QLabel(objectName="verify_headline")), "subtitle")
        self.body = style.wrap(QLabel(objectName="verify_body"))
        self.steps = style.wrap(QLabel(objectName="verify_steps"))
        self.status = MessageBanner(objectName="verify_status")
        self.resend_button = QPushButton(objectName="verify_resend")
        self.register_button = QPushButton(objectName="verify_register_again")
        self.signin_button = style.make_primary(QPushButton(objectName="verify_signin"))
        self.resend_button.clicked.connect(lambda: self.ctx.run(self.resend()))
        self.register_button.clicked.connect(
            lambda: self.navigate.emit("register", {"email": self.email})
        )
        self.signin_button.clicked.connect(
            lambda: self.navigate.emit("signin", {"email": self.email})
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.resend_button)
        buttons.addWidget(self.register_button)
        buttons.addStretch(1)
        buttons.addWidget(self.signin_button)
        box = QVBoxLayout(self)
        box.addWidget(self.headline)
        box.addWidget(self.body)
        box.addWidget(self.steps)
        box.addWidget(self.status)
        box.addLayout(buttons)
        box.addStretch(1)

    def page_title(self) -> str:
        return self.tr("Check your e-mail")

    def retranslate(self) -> None:
        self.headline.setText(self.tr("One more step: open the link in your e-mail"))
        if self.email:
            self.body.setText(
                self.tr("We sent an e-mail to {email}.").format(email=self.email)
                + " "
                + self.tr("Open the link in it to finish your registration.")
            )
        else:
            self.body.setText(
                self.tr("We sent you an e-mail. Open the link in it to finish your registration.")
            )
        self.steps.setText(
            self.tr(
                "• The link works for 24 hours.\n"
                "• No e-mail after a few minutes? Look in the spam or junk folder.\n"
                "• After opening the link, come back here and sign in."
            )
        )
        self.resend_button.setText(self.tr("Send the e-mail &again"))
        self.register_button.setText(self.tr("&Register again"))
        self.signin_button.setText(self.tr("I opened the link: &sign in"))
        if self.resent_at:
            self._show_resent()
        self._update_buttons()

    def _update_buttons(self) -> None:
        # Without the typed details there is nothing to resend: offer to register again.
        self.resend_button.setVisible(self.registration is not None)
        self.register_button.setVisible(self.registration is None)

    async def on_enter(self, arg: object = None) -> None:
        if isinstance(arg, dict):
            registration = arg.get("registration")
            if isinstance(registration, Registration):
                self.registration = registration
                self.email = registration.email
            elif arg.get("email"):
                self.registration = None
                self.email = str(arg["email"])
        self.resent_at = ""
        self.status.clear()
        self.retranslate()

    async def resend(self) -> None:
        """Repeat the registration request: API.md's way to get a new link."""
        if self.registration is None:
            return
        self.resend_button.setEnabled(False)
        try:
            await self.ctx.api.register(self.registration)
        except ApiError as exc:
            self.status.show_message(message_for_error(exc))
            return
        finally:
            self.resend_button.setEnabled(True)
        self.resent_at = format_time(self.ctx.now())
        self._show_resent()

    def _show_resent(self) -> None:
        self.status.show_text(
            self.tr("We sent the e-mail again at {time}. Please look for the newest one.").format(
                time=self.resent_at
            ),
            "ok",
        )
