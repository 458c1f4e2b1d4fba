"""Forgotten password: the service does not reset or re-issue accounts online.

The terms say a lost or stolen password means contacting the office, so the
page explains that kindly and lists the offices' phone numbers (the home
office first when known), instead of offering a reset link that does not exist.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from hwclient.api.errors import ApiError
from hwclient.api.models import Office
from hwclient.ui import style
from hwclient.ui.context import AppContext
from hwclient.ui.pages.base import Page
from hwclient.ui.prefectures import prefecture_name
from hwclient.ui.widgets.scroll_column import ScrollColumn

log = logging.getLogger(__name__)


def office_line(office: Office, language_code: str) -> str:
    """'Name (prefecture): phone' for a list a person can read aloud on the phone."""
    name = office.name.for_language(language_code)
    place = prefecture_name(office.prefecture, language_code) if office.prefecture else ""
    where = f" ({place})" if place else ""
    return f"{name}{where}: {office.phone}"


class ForgotPage(Page):
    """Explain that the office helps, and show its phone number."""

    key = "forgot"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.offices: list[Office] = []
        self._build()
        self.retranslate()

    def _build(self) -> None:
        self.explain = style.wrap(QLabel(objectName="forgot_explain"))
        self.what_to_say = style.wrap(QLabel(objectName="forgot_what_to_say"))
        self.offices_title = style.set_role(QLabel(objectName="forgot_offices_title"), "subtitle")
        self.offices_label = style.wrap(QLabel(objectName="forgot_offices"))
        self.offices_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.back_button = style.make_primary(QPushButton(objectName="forgot_back"))
        self.back_button.clicked.connect(lambda: self.navigate.emit("signin", None))
        scroll = ScrollColumn(
            (self.explain, self.what_to_say, self.offices_title, self.offices_label)
        )
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignRight)

    def page_title(self) -> str:
        return self.tr("Forgot your password?")

    def retranslate(self) -> None:
        self.explain.setText(
            self.tr(
                "For your safety, passwords are not reset by e-mail, and accounts are not "
                "issued again. Please phone your Hello Work office. They will check who you are "
                "and help you."
            )
        )
        self.what_to_say.setText(
            self.tr(
                "When you call, say that you use the online counselling app and forgot your "
                "password. Have your Hello Work card (with your job-seeker number) ready."
            )
        )
        self.offices_title.setText(self.tr("Hello Work offices"))
        self.back_button.setText(self.tr("&Back to sign in"))
        self._show_offices()

    async def on_enter(self, arg: object = None) -> None:
        try:
            self.offices = await self.ctx.api.offices()
        except ApiError:
            log.info("office list unavailable on the forgot-password page", exc_info=True)
            self.offices = []
        self._show_offices()

    def _show_offices(self) -> None:
        home = self.ctx.settings.last_office_id
        offices = sorted(self.offices, key=lambda o: (o.id != home, o.prefecture))
        if offices:
            self.offices_label.setText(
                "\n".join(office_line(o, self.ctx.language) for o in offices)
            )
        else:
            self.offices_label.setText(
                self.tr(
                    "The phone number of your office is on your Hello Work card and on the "
                    "Hello Work website."
                )
            )
