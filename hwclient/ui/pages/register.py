"""Create an account: the rules are explained before typing, errors next to each field.

The server has the last word on every field; the checks here only catch the
common slips early (empty name, passwords that differ, a job-seeker number in
the wrong shape) so people are not sent back and forth. Full-width digits and
other dash characters in the job-seeker number are accepted and normalised.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from hwclient.api.errors import ApiError
from hwclient.api.models import Registration
from hwclient.i18n import language, translate
from hwclient.jobseeker import JobSeekerNumberError, normalize_job_seeker_number
from hwclient.ui import style
from hwclient.ui.context import AppContext
from hwclient.ui.messages import message_for_error
from hwclient.ui.pages.base import Page
from hwclient.ui.widgets.form_fields import Field, MessageBanner, PasswordEdit, line_edit
from hwclient.ui.widgets.scroll_column import ScrollColumn

log = logging.getLogger(__name__)

MIN_PASSWORD = 10


def password_problem(password: str, email: str) -> str:
    """The first rule a new password breaks, in words; "" when it looks fine.

    Mirrors API.md's rules (10+ characters, not the e-mail) so people learn it
    before sending; the server still checks its common-password list.
    """
    if len(password) < MIN_PASSWORD:
        return translate("RegisterPage", "Please use at least 10 characters.")
    if email and password.strip().lower() == email.strip().lower():
        return translate("RegisterPage", "Please do not use your e-mail address as the password.")
    return ""


class RegisterPage(Page):
    """Name, e-mail, password, optional details; then "check your mail"."""

    key = "register"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._build()
        self.retranslate()

    def _build(self) -> None:
        self.intro = style.wrap(QLabel(objectName="register_intro"))
        self.name = Field(line_edit("register_name"))
        self.name_kana = Field(line_edit("register_name_kana"))
        self.email = Field(line_edit("register_email"))
        self.password_edit = PasswordEdit()
        self.password_edit.edit.setObjectName("register_password")
        self.password = Field(self.password_edit)
        self.repeat_edit = PasswordEdit()
        self.repeat_edit.edit.setObjectName("register_password_repeat")
        self.repeat = Field(self.repeat_edit)
        self.job_seeker = Field(line_edit("register_job_seeker_number"))
        self.phone = Field(line_edit("register_phone"))
        self.address = Field(line_edit("register_address"))
        self.error = MessageBanner(objectName="register_error")
        self.submit_button = style.make_primary(QPushButton(objectName="register_button"))
        self.submit_button.clicked.connect(self._submit_clicked)
        self.signin_button = QPushButton(objectName="register_signin")
        self.signin_button.clicked.connect(lambda: self.navigate.emit("signin", None))
        self.fields: dict[str, Field] = {
            "name": self.name,
            "name_kana": self.name_kana,
            "email": self.email,
            "password": self.password,
            "password_repeat": self.repeat,
            "job_seeker_number": self.job_seeker,
            "phone": self.phone,
            "address": self.address,
        }
        scroll = ScrollColumn(
            (
                self.intro,
                *self.fields.values(),
                self.error,
                self.submit_button,
                self.signin_button,
            )
        )
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def page_title(self) -> str:
        return self.tr("Create an account")

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Fill in your details. Fields marked (optional) can be left empty. We will send "
                "you an e-mail with a link to finish the registration."
            )
        )
        self.name.set_texts(self.tr("&Name (as registered at Hello Work)"))
        self.name_kana.set_texts(
            self.tr("Name in &kana (optional)"), self.tr("Example: ハロー タロウ")
        )
        self.email.set_texts(self.tr("&E-mail address"), self.tr("Example: name@example.jp"))
        self.password.set_texts(
            self.tr("&Password"),
            self.tr(
                "At least 10 characters, not your e-mail address, not a common word. "
                "Tip: three or four words you can remember, like 'blue tea morning walk'."
            ),
        )
        self.password_edit.retranslate()
        self.repeat.set_texts(self.tr("Password &again"), self.tr("Type the same password again."))
        self.repeat_edit.retranslate()
        self.job_seeker.set_texts(
            self.tr("&Job-seeker number (optional)"),
            self.tr(
                "It is on your Hello Work card (求職番号): 5 digits, a hyphen, then up to 8 "
                "digits, for example 12345-12345678. Full-width digits are fine."
            ),
        )
        self.phone.set_texts(self.tr("P&hone number (optional)"), self.tr("Example: 090-1234-5678"))
        self.address.set_texts(self.tr("A&ddress (optional)"))
        self.submit_button.setText(self.tr("Create my &account"))
        self.signin_button.setText(self.tr("I already have an account: &sign in"))

    async def on_enter(self, arg: object = None) -> None:
        if isinstance(arg, dict) and arg.get("email"):
            self.email.editor.setText(str(arg["email"]))
        self.name.editor.setFocus()

    # -- checking and sending -----------------------------------------------
    def _text(self, key: str) -> str:
        text = self.fields[key].editor.text()
        return text if key.startswith("password") else text.strip()  # spaces count in passwords

    def _clear_errors(self) -> None:
        self.error.clear()
        for field in self.fields.values():
            field.set_error("")

    def collect(self) -> Registration | None:
        """Build the request, or mark every field that needs fixing and return None."""
        self._clear_errors()
        errors: dict[str, str] = {}
        if not self._text("name"):
            errors["name"] = self.tr("Please enter your name.")
        email = self._text("email")
        if "@" not in email or "." not in email.rsplit("@", 1)[-1]:
            errors["email"] = self.tr("Please enter an e-mail address like name@example.jp.")
        password = self._text("password")
        if problem := password_problem(password, email):
            errors["password"] = problem
        elif password != self._text("password_repeat"):
            errors["password_repeat"] = self.tr("The two passwords are not the same.")
        number: str | None = None
        if raw := self._text("job_seeker_number"):
            try:
                number = normalize_job_seeker_number(raw)
            except JobSeekerNumberError as exc:
                errors["job_seeker_number"] = exc.user_message()
        for key, text in errors.items():
            self.fields[key].set_error(text)
        if errors:
            self.fields[next(iter(errors))].editor.setFocus()
            return None
        return Registration(
            email=email,
            password=password,
            name=self._text("name"),
            preferred_language=language(self.ctx.language).code,  # the server's codes
            name_kana=self._text("name_kana") or None,
            phone=self._text("phone") or None,
            address=self._text("address") or None,
            job_seeker_number=number,
        )

    def _submit_clicked(self) -> None:
        """Check the form at once (errors show immediately), then send in the background."""
        registration = self.collect()
        if registration is not None and self.submit_button.isEnabled():
            self.submit_button.setEnabled(False)
            self.ctx.run(self.submit(registration))

    async def submit(self, registration: Registration) -> None:
        self.submit_button.setEnabled(False)
        try:
            await self.ctx.api.register(registration)
        except ApiError as exc:
            self._show_error(exc)
            return
        finally:
            self.submit_button.setEnabled(True)
        self.navigate.emit("verify_sent", {"registration": registration})

    def _show_error(self, exc: ApiError) -> None:
        message = message_for_error(exc)
        self.error.show_message(message)
        for key, text in message.field_errors.items():
            field = self.fields.get("password" if key == "new_password" else key)
            if field is not None:
                field.set_error(text)
