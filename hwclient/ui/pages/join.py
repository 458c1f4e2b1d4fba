"""Join: a short checklist the person confirms, then Zoom opens.

The terms ask for a private room (or companions declared), no recording, and
the registered name so the counsellor can check identity. Asking the person
to tick each one right before the call is when it matters. The link comes
from the server at that moment (it records the join) and only opens through
hwclient.meeting, which refuses anything that is not a Zoom link.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from hwclient.api import ApiError, Booking
from hwclient.meeting import LaunchPlan, UnsafeMeetingLink, open_plan, plan_launch
from hwclient.meeting import zoom_app_installed as detect_zoom_app
from hwclient.ui import messages, style
from hwclient.ui.context import AppContext
from hwclient.ui.pages.base import Page
from hwclient.ui.widgets.banner import Banner
from hwclient.ui.widgets.companions import describe_companions
from hwclient.ui.widgets.wrapped_check import WrappedCheckBox

log = logging.getLogger(__name__)


def open_with_os(url: str) -> bool:
    return QDesktopServices.openUrl(QUrl(url))


class JoinPage(Page):
    key = "join"
    requires_session = True

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.booking: Booking | None = None
        self.plan: LaunchPlan | None = None
        self.zoom_installed: Callable[[], bool] = detect_zoom_app  # injectable probe
        self._build()
        self.retranslate()

    def _build(self) -> None:
        self.intro = style.wrap(QLabel(objectName="join_intro"))
        self.when_label = style.set_role(style.wrap(QLabel(objectName="join_when")), "subtitle")
        self.private_box = WrappedCheckBox(name="check_private")
        self.recording_box = WrappedCheckBox(name="check_recording")
        self.name_box = WrappedCheckBox(name="check_name")
        self.companions_label = style.wrap(QLabel(objectName="join_companions"))
        self.message = Banner("warn", objectName="join_message")
        self.message.hide()
        self.opened = Banner("ok", objectName="join_opened")
        self.opened.hide()
        self.launch_button = style.make_primary(QPushButton(objectName="launch_button"))
        self.launch_button.setEnabled(False)
        for box in self.boxes:
            box.toggled.connect(self._update_button)
        self.launch_button.clicked.connect(self._launch_clicked)
        page = QVBoxLayout(self)
        page.addWidget(self.when_label)
        page.addWidget(self.intro)
        page.addWidget(self.private_box)
        page.addWidget(self.companions_label)
        page.addWidget(self.recording_box)
        page.addWidget(self.name_box)
        page.addWidget(self.message)
        page.addWidget(self.opened)
        page.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.launch_button)
        page.addLayout(row)

    @property
    def boxes(self) -> tuple[WrappedCheckBox, ...]:
        return (self.private_box, self.recording_box, self.name_box)

    # -- texts ------------------------------------------------------------------
    def page_title(self) -> str:
        return self.tr("Join the session")

    def retranslate(self) -> None:
        self.intro.setText(self.tr("Before you join, please confirm each point:"))
        self.private_box.setText(
            self.tr("I am in a private room, or everyone with me was declared in the booking.")
        )
        self.recording_box.setText(
            self.tr("I will not record the session (no screen or sound recording).")
        )
        self.name_box.setText(self._name_text())
        self.launch_button.setText(self.tr("&Open Zoom and join"))
        self._show_booking()

    def _name_text(self) -> str:
        user = self.ctx.session.user
        name = user.name if user else ""
        return self.tr(
            "My name in Zoom will be my registered name: {name}. The counsellor checks it "
            "with my job-seeker number."
        ).format(name=name)

    def _show_booking(self) -> None:
        booking = self.booking
        if booking is None:
            self.when_label.setText("")
            self.companions_label.setText("")
            return
        office = booking.office_name.for_language(self.ctx.language)
        self.when_label.setText(
            self.tr("{when} with {office}").format(
                when=messages.format_when(booking.start, booking.end), office=office
            )
        )
        who = describe_companions(booking.companions, booking.interpreter_language)
        self.companions_label.setText(self.tr("Declared in your booking: {who}").format(who=who))

    # -- lifecycle ----------------------------------------------------------------
    async def on_enter(self, arg: object = None) -> None:
        if isinstance(arg, Booking):
            self.booking = arg
        elif isinstance(arg, str):
            self.booking = await self.ctx.api.booking(arg)
        for box in self.boxes:
            box.setChecked(False)
        self.message.hide()
        self.opened.hide()
        if self.ctx.session.user is None:
            await self.ctx.session.refresh_user()
        self.retranslate()
        self._update_button()

    def _update_button(self) -> None:
        ready = self.booking is not None and all(box.isChecked() for box in self.boxes)
        self.launch_button.setEnabled(ready)

    # -- launching ----------------------------------------------------------------
    def _launch_clicked(self) -> None:
        self.ctx.run(self.launch())

    async def launch(self) -> bool:
        """Ask the server for the link (this records the join), then open Zoom."""
        if self.booking is None or not all(box.isChecked() for box in self.boxes):
            return False
        self.launch_button.setEnabled(False)
        try:
            join = await self.ctx.api.join(self.booking.id)
            installed = await asyncio.to_thread(self.zoom_installed)
            user = self.ctx.session.user
            self.plan = plan_launch(join, user.name if user else "", app_installed=installed)
        except UnsafeMeetingLink as exc:
            log.warning("refused a join link: %s", exc)
            self._show_message(exc.user_message())
            return False
        except ApiError as exc:
            self._show_message(messages.message_for_error(exc, phone=None).full)
            return False
        finally:
            self._update_button()
        return self._open(self.plan)

    def _open(self, plan: LaunchPlan) -> bool:
        if not open_plan(plan, opener=open_with_os):
            self._show_message(
                self.tr("Zoom could not be opened. Please install Zoom or try another browser.")
            )
            return False
        self.message.hide()
        text = (
            self.tr("Zoom is opening. If nothing happens, open the meeting in your browser.")
            if plan.kind == "app"
            else self.tr("The meeting is opening in your browser.")
        )
        self.opened.set_text(text)
        if plan.kind == "app" and plan.fallback_url:
            url = plan.fallback_url
            self.opened.set_action(self.tr("Open in &browser"), lambda: open_with_os(url))
        else:
            self.opened.set_action(None)
        self.opened.show()
        return True

    def _show_message(self, text: str) -> None:
        self.opened.hide()
        self.message.set_text(text)
        self.message.show()
