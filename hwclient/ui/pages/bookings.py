"""My bookings: upcoming and past sessions, their state in words, cancel and calendar.

Cancelling asks once more (a dialog opened with `open()`, never a nested event
loop). From the start time on the app cannot cancel any more (the server says
`too-late-to-cancel`), so the button is replaced by the office's phone number
instead of offering something that will fail. Time comes from the app's clock
(`ctx.now()`), which tests set to the server's clock.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hwclient.api.errors import ApiError
from hwclient.api.models import Booking, Office
from hwclient.booking import can_cancel, status_text
from hwclient.ui import style
from hwclient.ui.context import AppContext
from hwclient.ui.messages import format_when, message_for_error
from hwclient.ui.pages.base import Page
from hwclient.ui.widgets.calendar_export import ask_and_save_calendar
from hwclient.ui.widgets.companions import describe_companions
from hwclient.ui.widgets.form_fields import MessageBanner
from hwclient.ui.widgets.icons import status_icon

log = logging.getLogger(__name__)

STATUS_ICON = {
    "booked": "pass",
    "attended": "pass",
    "cancelled": "info",
    "cancelled_by_office": "warn",
    "no_show": "fail",
}


class BookingCard(QFrame):
    """One booking: when, where, state, who comes along, and what can be done."""

    def __init__(self, page: BookingsPage, booking: Booking, office: Office | None) -> None:
        super().__init__()
        self.page = page
        self.booking = booking
        self.office = office
        self.setProperty("card", True)
        self.setObjectName(f"booking_card_{booking.id}")
        self.when = style.set_role(style.wrap(QLabel()), "subtitle")
        self.status_icon = QLabel()
        self.status = QLabel(objectName="booking_status")
        self.details = style.wrap(QLabel(objectName="booking_details"))
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.phone_note = style.wrap(QLabel(objectName="booking_phone_note"))
        self.cancel_button = QPushButton(objectName="booking_cancel")
        self.calendar_button = QPushButton(objectName="booking_calendar")
        self.cancel_button.clicked.connect(lambda: page.ask_cancel(self.booking))
        self.calendar_button.clicked.connect(lambda: page.add_to_calendar(self.booking))
        head = QHBoxLayout()
        head.addWidget(self.when, 1)
        head.addWidget(self.status_icon)
        head.addWidget(self.status)
        actions = QHBoxLayout()
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.calendar_button)
        actions.addStretch(1)
        box = QVBoxLayout(self)
        box.addLayout(head)
        box.addWidget(self.details)
        box.addWidget(self.phone_note)
        box.addLayout(actions)
        self.retranslate()

    def retranslate(self) -> None:
        b = self.booking
        self.when.setText(format_when(b.start, b.end))
        self.status.setText(status_text(b.status))
        self.status_icon.setPixmap(status_icon(STATUS_ICON.get(b.status, "unknown")).pixmap(24))
        self.status_icon.setAccessibleName(status_text(b.status))
        phone = self.office.phone if self.office else ""
        lines = [
            self.tr("Office: {office}").format(
                office=b.office_name.for_language(self.page.ctx.language)
            ),
        ]
        if phone:
            lines.append(self.tr("Office phone: {phone}").format(phone=phone))
        lines.append(
            self.tr("With you: {who}").format(
                who=describe_companions(b.companions, b.interpreter_language)
            )
        )
        if b.status == "cancelled_by_office" and b.cancel_reason:
            lines.append(self.tr("Reason from the office: {reason}").format(reason=b.cancel_reason))
        self.details.setText("\n".join(lines))
        self.cancel_button.setText(self.tr("&Cancel this session"))
        self.cancel_button.setAccessibleName(
            self.tr("Cancel the session on {when}").format(when=format_when(b.start))
        )
        self.calendar_button.setText(self.tr("Add to ca&lendar"))
        self._update_actions()

    def _update_actions(self) -> None:
        b = self.booking
        now = self.page.ctx.now()
        cancellable = can_cancel(b, now)
        started_but_booked = b.status == "booked" and not cancellable
        self.cancel_button.setVisible(cancellable)
        self.calendar_button.setVisible(b.status == "booked" and b.end > now)
        self.phone_note.setVisible(started_but_booked)
        if started_but_booked:
            phone = self.office.phone if self.office else ""
            self.phone_note.setText(
                self.tr(
                    "The session has started, so it cannot be cancelled in the app. "
                    "To cancel or if you have trouble, please phone the office: {phone}"
                ).format(phone=phone or self.tr("(see your Hello Work card)"))
            )


class BookingsPage(Page):
    """Upcoming and past bookings in two tabs."""

    key = "bookings"
    requires_session = True

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.offices: dict[str, Office] = {}
        self.upcoming: list[Booking] = []
        self.past: list[Booking] = []
        self.cards: list[BookingCard] = []
        self.confirm_box: QMessageBox | None = None
        self._changing = False  # our own cancel: do not reload twice
        self._build()
        self.retranslate()
        ctx.bookingsChanged.connect(self._bookings_changed)

    def _build(self) -> None:
        self.status = MessageBanner(objectName="bookings_status")
        self.tabs = QTabWidget(objectName="bookings_tabs")
        self.upcoming_box, self.upcoming_empty = self._tab()
        self.past_box, self.past_empty = self._tab()
        self.book_button = style.make_primary(QPushButton(objectName="bookings_book"))
        self.book_button.clicked.connect(lambda: self.navigate.emit("book", "new"))
        box = QVBoxLayout(self)
        box.addWidget(self.status)
        box.addWidget(self.tabs, 1)
        box.addWidget(self.book_button, 0, Qt.AlignmentFlag.AlignRight)

    def _tab(self) -> tuple[QVBoxLayout, QLabel]:
        inner = QWidget()
        layout = QVBoxLayout(inner)
        empty = style.wrap(QLabel())
        layout.addWidget(empty)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.tabs.addTab(scroll, "")
        return layout, empty

    def page_title(self) -> str:
        return self.tr("My bookings")

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("&Upcoming"))
        self.tabs.setTabText(1, self.tr("&Past"))
        self.upcoming_empty.setText(self.tr("You have no upcoming sessions."))
        self.past_empty.setText(self.tr("No past sessions yet."))
        self.book_button.setText(self.tr("&Book a session"))
        for card in self.cards:
            card.retranslate()

    # -- loading ------------------------------------------------------------
    async def on_enter(self, arg: object = None) -> None:
        await self.refresh()

    def _bookings_changed(self) -> None:
        if self.isVisible() and not self._changing:
            self.ctx.run(self.refresh())

    async def refresh(self) -> None:
        """Upcoming = not over yet (a session in progress too, and cancelled ones, so an
        office's cancellation is seen); past = over, newest first."""
        try:
            if not self.offices:
                self.offices = {o.id: o for o in await self.ctx.api.offices()}
            bookings = await self.ctx.api.bookings("all")
        except ApiError as exc:
            self.status.show_message(message_for_error(exc))
            return
        now = self.ctx.now()
        self.upcoming = sorted((b for b in bookings if b.end > now), key=lambda b: b.start)
        self.past = sorted((b for b in bookings if b.end <= now), key=lambda b: b.start)[::-1]
        self._fill()

    def _fill(self) -> None:
        for card in self.cards:
            card.setParent(None)
            card.deleteLater()
        self.cards = []
        for layout, empty, bookings in (
            (self.upcoming_box, self.upcoming_empty, self.upcoming),
            (self.past_box, self.past_empty, self.past),
        ):
            empty.setVisible(not bookings)
            for index, booking in enumerate(bookings):
                card = BookingCard(self, booking, self.offices.get(booking.office_id))
                layout.insertWidget(index + 1, card)
                self.cards.append(card)

    def card_for(self, booking_id: str) -> BookingCard | None:
        return next((c for c in self.cards if c.booking.id == booking_id), None)

    # -- cancelling ------------------------------------------------------------
    def ask_cancel(self, booking: Booking) -> None:
        box = QMessageBox(self)
        box.setObjectName("cancel_confirm")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Cancel the session?"))
        box.setText(
            self.tr("Do you want to cancel your session on {when}?").format(
                when=format_when(booking.start, booking.end)
            )
        )
        box.setInformativeText(self.tr("You can book another time afterwards."))
        yes = box.addButton(self.tr("&Yes, cancel it"), QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(self.tr("&No, keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no)
        box.setEscapeButton(no)

        def clicked(button: object) -> None:
            if button is yes:
                self.ctx.run(self.cancel(booking))

        box.buttonClicked.connect(clicked)
        box.finished.connect(box.deleteLater)
        self.confirm_box = box
        box.open()

    async def cancel(self, booking: Booking) -> None:
        self.status.clear()
        office = self.offices.get(booking.office_id)
        try:
            await self.ctx.api.cancel_booking(booking.id)
        except ApiError as exc:
            phone = office.phone if office else None
            self.status.show_message(message_for_error(exc, phone=phone))
            await self.refresh()
            return
        self.status.show_text(
            self.tr("Your session on {when} is cancelled.").format(when=format_when(booking.start)),
            "ok",
        )
        await self.refresh()
        self._changing = True
        try:
            self.ctx.bookingsChanged.emit()
        finally:
            self._changing = False

    # -- calendar ----------------------------------------------------------------
    def add_to_calendar(self, booking: Booking) -> None:
        ask_and_save_calendar(
            self, self.ctx, booking, self.offices.get(booking.office_id), self._calendar_saved
        )

    def _calendar_saved(self, path: str | None, error: str) -> None:
        if path is None:
            self.status.show_text(error, "error")
        else:
            self.status.show_text(
                self.tr("Saved. Open the file to add the session to your calendar: {path}").format(
                    path=path
                ),
                "ok",
            )
