"""My account: details, password change (with the periodic reminder), language,
reminders, sign out, and deleting the account.

The terms ask people to change passwords now and then, so when the server says
a change is due the page opens with a friendly reminder at the top. Deleting
the account is irreversible: it needs the password and one more confirmation
(a dialog opened with `open()`), and says what happens to future bookings.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hwclient.api.errors import ApiError
from hwclient.api.models import Me
from hwclient.i18n import LANGUAGES
from hwclient.ui import style
from hwclient.ui.context import AppContext
from hwclient.ui.messages import format_day, message_for_error
from hwclient.ui.pages.base import Page
from hwclient.ui.pages.register import password_problem
from hwclient.ui.widgets.banner import Banner
from hwclient.ui.widgets.form_fields import Field, MessageBanner, PasswordEdit
from hwclient.ui.widgets.scroll_column import ScrollColumn

log = logging.getLogger(__name__)

NOTIFY_SETTINGS = ("notify_day_before", "notify_30_min_before", "notify_join_open")


def _password_field(name: str) -> tuple[Field, PasswordEdit]:
    edit = PasswordEdit()
    edit.edit.setObjectName(name)
    return Field(edit), edit


class AccountPage(Page):
    """Everything about the person's own account, one group box per task."""

    key = "account"
    requires_session = True

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.me: Me | None = None
        self.confirm_box: QMessageBox | None = None
        self._build()
        self.retranslate()

    # -- layout -------------------------------------------------------------
    def _build(self) -> None:
        self.reminder = Banner("warn", objectName="password_reminder")
        self.reminder.hide()
        self.status = MessageBanner(objectName="account_status")
        scroll = ScrollColumn(
            (
                self._build_details(),
                self._build_password(),
                self._build_language(),
                self._build_delete(),
            )
        )
        outer = QVBoxLayout(self)
        outer.addWidget(self.reminder)
        outer.addWidget(self.status)
        outer.addWidget(scroll, 1)

    def _build_details(self) -> QGroupBox:
        self.details_group = QGroupBox()
        self.details = style.wrap(QLabel(objectName="account_details"))
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sign_out_button = QPushButton(objectName="account_sign_out")
        self.sign_out_button.clicked.connect(lambda: self.ctx.run(self.sign_out()))
        box = QVBoxLayout(self.details_group)
        box.addWidget(self.details)
        box.addWidget(self.sign_out_button, 0, Qt.AlignmentFlag.AlignLeft)
        return self.details_group

    def _build_password(self) -> QGroupBox:
        self.password_group = QGroupBox()
        self.current, self.current_edit = _password_field("account_current_password")
        self.new, self.new_edit = _password_field("account_new_password")
        self.repeat, self.repeat_edit = _password_field("account_repeat_password")
        self.change_button = style.make_primary(QPushButton(objectName="account_change_password"))
        self.change_button.clicked.connect(lambda: self.ctx.run(self.change_password()))
        box = QVBoxLayout(self.password_group)
        for widget in (self.current, self.new, self.repeat):
            box.addWidget(widget)
        box.addWidget(self.change_button, 0, Qt.AlignmentFlag.AlignLeft)
        return self.password_group

    def _build_language(self) -> QGroupBox:
        self.language_group = QGroupBox()
        self.language_label = QLabel()
        self.language_combo = QComboBox(objectName="account_language")
        for lang in LANGUAGES:
            self.language_combo.addItem(lang.native_name, lang.code)
        self.language_label.setBuddy(self.language_combo)
        self.language_combo.activated.connect(self._language_chosen)
        self.notify_boxes = {name: QCheckBox(objectName=name) for name in NOTIFY_SETTINGS}
        box = QVBoxLayout(self.language_group)
        box.addWidget(self.language_label)
        box.addWidget(self.language_combo, 0, Qt.AlignmentFlag.AlignLeft)
        self.notify_label = style.wrap(QLabel())
        box.addWidget(self.notify_label)
        for name, check in self.notify_boxes.items():
            check.setChecked(bool(getattr(self.ctx.settings, name, True)))
            check.toggled.connect(lambda on, n=name: self._notify_toggled(n, on))
            box.addWidget(check)
        return self.language_group

    def _build_delete(self) -> QGroupBox:
        self.delete_group = QGroupBox()
        self.delete_explain = style.wrap(QLabel(objectName="account_delete_explain"))
        self.delete_password, self.delete_edit = _password_field("account_delete_password")
        self.delete_button = QPushButton(objectName="account_delete")
        self.delete_button.clicked.connect(self.ask_delete)
        box = QVBoxLayout(self.delete_group)
        box.addWidget(self.delete_explain)
        box.addWidget(self.delete_password)
        box.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignLeft)
        return self.delete_group

    # -- texts ----------------------------------------------------------------
    def page_title(self) -> str:
        return self.tr("My account")

    def retranslate(self) -> None:
        self.reminder.set_text(
            self.tr(
                "It has been a while since you changed your password. To keep your account "
                "safe, please choose a new one below."
            )
        )
        self.reminder.set_action(self.tr("&Later"), lambda: self.navigate.emit("home", None))
        self.details_group.setTitle(self.tr("Your details"))
        self.sign_out_button.setText(self.tr("Sign &out"))
        self.password_group.setTitle(self.tr("Change your password"))
        self.current.set_texts(self.tr("&Current password"))
        self.new.set_texts(
            self.tr("&New password"),
            self.tr("At least 10 characters, not your e-mail address, not a common word."),
        )
        self.repeat.set_texts(self.tr("New password &again"))
        self.change_button.setText(self.tr("C&hange password"))
        self.language_group.setTitle(self.tr("Language and reminders"))
        self.language_label.setText(self.tr("&Language of the app"))
        self.notify_label.setText(self.tr("Remind me about my session:"))
        notify_texts = {
            "notify_day_before": self.tr("The day &before"),
            "notify_30_min_before": self.tr("&30 minutes before"),
            "notify_join_open": self.tr("When I can &join"),
        }
        for name, text in notify_texts.items():
            self.notify_boxes[name].setText(text)
        self.delete_group.setTitle(self.tr("Delete your account"))
        self.delete_explain.setText(
            self.tr(
                "This deletes your registration and personal data and cancels your future "
                "sessions. It cannot be undone. To use the service again, you would register "
                "again. Enter your password to confirm."
            )
        )
        self.delete_password.set_texts(self.tr("&Password"))
        self.delete_button.setText(self.tr("&Delete my account…"))
        for edit in (self.current_edit, self.new_edit, self.repeat_edit, self.delete_edit):
            edit.retranslate()
        self._select_language()
        self._show_details()

    def _select_language(self) -> None:
        index = self.language_combo.findData(self.ctx.language)
        self.language_combo.setCurrentIndex(max(index, 0))

    def _show_details(self) -> None:
        me = self.me
        if me is None:
            self.details.setText("")
            return
        lines = [
            self.tr("Name: {name}").format(name=me.name),
            self.tr("E-mail: {email}").format(email=me.email),
            self.tr("Job-seeker number: {number}").format(
                number=me.job_seeker_number or self.tr("(not given)")
            ),
        ]
        if me.password_changed_at is not None:
            lines.append(
                self.tr("Password last changed: {date}").format(
                    date=format_day(me.password_changed_at)
                )
            )
        self.details.setText("\n".join(lines))

    # -- entering -------------------------------------------------------------
    async def on_enter(self, arg: object = None) -> None:
        self.status.clear()
        try:
            self.me = await self.ctx.api.me()
        except ApiError as exc:
            self.status.show_message(message_for_error(exc))
            return
        wants_reminder = isinstance(arg, dict) and arg.get("reminder")
        self.reminder.setVisible(bool(self.me.password_change_due or wants_reminder))
        self._show_details()
        if self.reminder.isVisible():
            self.current_edit.edit.setFocus()

    # -- password ---------------------------------------------------------------
    def _clear_password_errors(self) -> None:
        for field in (self.current, self.new, self.repeat):
            field.set_error("")

    async def change_password(self) -> None:
        self.status.clear()
        self._clear_password_errors()
        current, new = self.current_edit.text(), self.new_edit.text()
        email = self.me.email if self.me else ""
        if not current:
            self.current.set_error(self.tr("Please enter your current password."))
            return
        if problem := password_problem(new, email):
            self.new.set_error(problem)
            return
        if new != self.repeat_edit.text():
            self.repeat.set_error(self.tr("The two new passwords are not the same."))
            return
        self.change_button.setEnabled(False)
        try:
            await self.ctx.session.change_password(current, new)
        except ApiError as exc:
            message = message_for_error(exc)
            target = self.current if message.code == "invalid-credentials" else self.new
            target.set_error(message.text)
            return
        finally:
            self.change_button.setEnabled(True)
        for edit in (self.current_edit, self.new_edit, self.repeat_edit):
            edit.clear()
        self.reminder.hide()
        self.status.show_text(
            self.tr(
                "Your password is changed. Other computers signed in to your account are "
                "signed out."
            ),
            "ok",
        )
        await self._reload_me()

    async def _reload_me(self) -> None:
        try:
            self.me = await self.ctx.api.me()
        except ApiError:
            log.info("could not reload the account details", exc_info=True)
            return
        self._show_details()

    # -- language and reminders ------------------------------------------------
    def _language_chosen(self, index: int) -> None:
        code = self.language_combo.itemData(index)
        if code and code != self.ctx.language:
            self.ctx.set_language(code)
            self.ctx.run(self._store_language(code))

    async def _store_language(self, code: str) -> None:
        """The server mails the person in this language too."""
        try:
            await self.ctx.api.update_me(preferred_language=code)
        except ApiError:
            log.info("could not store the preferred language on the server", exc_info=True)

    def _notify_toggled(self, name: str, on: bool) -> None:
        setattr(self.ctx.settings, name, on)
        self.ctx.settings.save_quietly()

    # -- sign out and delete -----------------------------------------------------
    async def sign_out(self) -> None:
        await self.ctx.session.sign_out()
        self.ctx.signedOut.emit()

    def ask_delete(self) -> None:
        self.delete_password.set_error("")
        if not self.delete_edit.text():
            self.delete_password.set_error(self.tr("Please enter your password to confirm."))
            return
        box = QMessageBox(self)
        box.setObjectName("delete_confirm")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Delete your account?"))
        box.setText(self.tr("Do you really want to delete your account?"))
        box.setInformativeText(
            self.tr("Your future sessions will be cancelled. This cannot be undone.")
        )
        yes = box.addButton(self.tr("&Yes, delete my account"), QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(self.tr("&No, keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        box.buttonClicked.connect(
            lambda button: self.ctx.run(self.delete_account()) if button is yes else None
        )
        box.finished.connect(box.deleteLater)
        self.confirm_box = box
        box.open()

    async def delete_account(self) -> None:
        try:
            await self.ctx.session.delete_account(self.delete_edit.text())
        except ApiError as exc:
            message = message_for_error(exc)
            self.delete_password.set_error(message.text)
            return
        self.delete_edit.clear()
        self.ctx.signedOut.emit()
        self.navigate.emit("signin", {"notice": "deleted"})
