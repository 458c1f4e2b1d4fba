"""Sign in with e-mail and password.

Wrong passwords, a paused account and an unfinished registration each get
their own plain explanation next to the form; nothing typed is cleared except
the password after a failed try. In demo mode the demo account is filled in so
the whole journey can be tried at once.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from hwclient.api.errors import ApiError, EmailNotVerified
from hwclient.ui import style
from hwclient.ui.context import AppContext
from hwclient.ui.messages import Action, message_for, message_for_error
from hwclient.ui.pages.account_flow import after_sign_in, sign_in
from hwclient.ui.pages.base import Page
from hwclient.ui.widgets.form_fields import Field, MessageBanner, PasswordEdit, line_edit

log = logging.getLogger(__name__)


class SignInPage(Page):
    """E-mail + password, links to register and to "forgot password"."""

    key = "signin"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._build()
        self.retranslate()

    def _build(self) -> None:
        self.intro = style.wrap(QLabel(objectName="signin_intro"))
        self.demo_hint = style.wrap(QLabel(objectName="signin_demo_hint"))
        self.demo_hint.setVisible(self.ctx.demo is not None)
        self.email = Field(line_edit("signin_email"))
        self.password_edit = PasswordEdit()
        self.password_edit.edit.setObjectName("signin_password")
        self.password = Field(self.password_edit)
        self.error = MessageBanner(objectName="signin_error")
        self.sign_in_button = style.make_primary(QPushButton(objectName="signin_button"))
        self.register_button = QPushButton(objectName="signin_register")
        self.forgot_button = QPushButton(objectName="signin_forgot")
        self.sign_in_button.clicked.connect(self._submit_clicked)
        self.password_edit.edit.returnPressed.connect(self._submit_clicked)
        self.register_button.clicked.connect(lambda: self.navigate.emit("register", None))
        self.forgot_button.clicked.connect(lambda: self.navigate.emit("forgot", None))
        self.sign_in_button.setDefault(True)
        links = QHBoxLayout()
        links.addWidget(self.register_button)
        links.addWidget(self.forgot_button)
        links.addStretch(1)
        box = QVBoxLayout(self)
        box.addWidget(self.intro)
        box.addWidget(self.demo_hint)
        box.addWidget(self.email)
        box.addWidget(self.password)
        box.addWidget(self.error)
        box.addWidget(self.sign_in_button)
        box.addSpacing(12)
        box.addLayout(links)
        box.addStretch(1)
        demo = self.ctx.demo
        if demo is not None:
            self.email.editor.setText(_demo_value(demo, "email"))
            self.password_edit.setText(_demo_value(demo, "password"))

    def page_title(self) -> str:
        return self.tr("Sign in")

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr("Sign in with the e-mail address and password you registered with.")
        )
        demo = self.ctx.demo
        if demo is not None:
            self.demo_hint.setText(
                self.tr("Demo: the demo account {email} is already filled in.").format(
                    email=_demo_value(demo, "email")
                )
            )
        self.email.set_texts(self.tr("&E-mail address"))
        self.password.set_texts(self.tr("&Password"))
        self.password_edit.retranslate()
        self.sign_in_button.setText(self.tr("&Sign in"))
        self.register_button.setText(self.tr("&Create an account"))
        self.forgot_button.setText(self.tr("&Forgot your password?"))
        if self.error.message is not None:
            # Re-word a shown message in the new language (its details are kept by code).
            self.error.show_message(message_for(self.error.message.code))

    async def on_enter(self, arg: object = None) -> None:
        if isinstance(arg, dict) and arg.get("email"):
            self.email.editor.setText(str(arg["email"]))
        if isinstance(arg, dict) and arg.get("notice") == "deleted":
            self.error.show_text(
                self.tr(
                    "Your account and your personal data are deleted. Thank you for using "
                    "the service."
                ),
                "ok",
            )
        self.email.editor.setFocus()

    # -- signing in ---------------------------------------------------------
    def _submit_clicked(self) -> None:
        """Check at once; disable the button until the answer so one click is one try."""
        if self.sign_in_button.isEnabled() and self._check_form():
            self.sign_in_button.setEnabled(False)
            self.error.clear()
            self.ctx.run(self.submit())

    def _check_form(self) -> bool:
        email_ok = "@" in self.email.editor.text()
        self.email.set_error("" if email_ok else self.tr("Please enter your e-mail address."))
        has_password = bool(self.password_edit.text())
        self.password.set_error("" if has_password else self.tr("Please enter your password."))
        return email_ok and has_password

    async def submit(self) -> None:
        self.sign_in_button.setEnabled(False)
        try:
            me = await sign_in(
                self.ctx, self.email.editor.text().strip(), self.password_edit.text()
            )
        except ApiError as exc:
            self._show_error(exc)
            return
        finally:
            self.sign_in_button.setEnabled(True)
        self.password_edit.clear()
        await after_sign_in(self, me)

    def _show_error(self, exc: ApiError) -> None:
        message = message_for_error(exc)
        self.error.show_message(message)
        if message.field_errors.get("password"):
            self.password.set_error(message.field_errors["password"])
        if message.code in {"invalid-credentials", "account-locked"}:
            self.password_edit.clear()  # a wrong password is not worth keeping; network errors are
        if isinstance(exc, EmailNotVerified) or message.action is Action.RESEND:
            email = self.email.editor.text().strip()
            self.error.set_action(
                self.tr("What to do now"),
                lambda: self.navigate.emit("verify_sent", {"email": email}),
            )


def _demo_value(demo: object, name: str) -> str:
    """EmbeddedServer names them demo_email / demo_password."""
    return str(getattr(demo, f"demo_{name}", "") or getattr(demo, name, "") or "")
