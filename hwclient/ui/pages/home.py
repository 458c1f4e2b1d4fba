"""Home: the next session, how long until it starts, and the Join button.

The Join button is active only while the server's join window is open (from
10 minutes before the start to 10 minutes after); the page mirrors that
with `hwclient.booking.join_state` and the server has the last word when the
person presses it. Holds and suspensions are explained with the office's
phone number, because the only way forward then is a phone call.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from hwclient.api import ApiError, Booking, Me, Office
from hwclient.booking import JoinState, join_state
from hwclient.checks.model import Status
from hwclient.ui import messages, style
from hwclient.ui.context import AppContext
from hwclient.ui.pages.base import Page
from hwclient.ui.widgets.banner import Banner
from hwclient.ui.widgets.companions import describe_companions
from hwclient.ui.widgets.countdown import countdown_text, refresh_interval_ms

SUSPENSION_HOLD = "no-show-suspension"


class HomePage(Page):
    key = "home"
    requires_session = True

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.me: Me | None = None
        self.booking: Booking | None = None
        self.office: Office | None = None
        self.home_office: Office | None = None
        self.loaded = False
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.refresh_time)
        self._build()
        ctx.bookingsChanged.connect(self._reload_if_shown)
        self.retranslate()

    # -- layout -----------------------------------------------------------------
    def _build(self) -> None:
        self.greeting = style.set_role(style.wrap(QLabel(objectName="greeting")), "subtitle")
        self.error_banner = Banner("error", objectName="home_error")
        self.hold_banner = Banner("warn", objectName="hold_banner")
        self.check_banner = Banner("info", objectName="check_banner")
        self.card = QFrame(objectName="next_session_card")
        self.card.setProperty("card", True)
        self.card_title = style.set_role(QLabel(objectName="card_title"), "subtitle")
        self.when_label = style.set_role(style.wrap(QLabel(objectName="when_label")), "big")
        self.office_label = style.wrap(QLabel(objectName="office_label"))
        self.companions_label = style.wrap(QLabel(objectName="companions_label"))
        self.countdown_label = style.set_role(QLabel(objectName="countdown_label"), "subtitle")
        self.join_hint = style.wrap(QLabel(objectName="join_hint"))
        self.join_button = style.make_primary(QPushButton(objectName="join_button"))
        self.no_booking = style.wrap(QLabel(objectName="no_booking_label"))
        self.book_button = QPushButton(objectName="book_button")
        self.bookings_button = QPushButton(objectName="bookings_button")
        self._arrange()
        self.join_button.clicked.connect(self._join)
        self.book_button.clicked.connect(lambda: self.navigate.emit("book", None))
        self.bookings_button.clicked.connect(lambda: self.navigate.emit("bookings", None))
        self.check_banner.set_action("", lambda: self.navigate.emit("check", "home"))
        for banner in (self.error_banner, self.hold_banner, self.check_banner):
            banner.hide()
        self._set_tab_order()

    def _set_tab_order(self) -> None:
        """Tab follows the page top to bottom (the banners were built before the card)."""
        chain = [
            self.error_banner.button,
            self.hold_banner.button,
            self.join_button,
            self.check_banner.button,
            self.book_button,
            self.bookings_button,
        ]
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)

    def _arrange(self) -> None:
        card = QVBoxLayout(self.card)
        card.addWidget(self.card_title)
        card.addWidget(self.when_label)
        card.addWidget(self.office_label)
        card.addWidget(self.companions_label)
        card.addWidget(self.countdown_label)
        card.addWidget(self.join_hint)
        join_row = QHBoxLayout()
        join_row.addWidget(self.join_button)
        join_row.addStretch(1)
        card.addLayout(join_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.book_button)
        buttons.addWidget(self.bookings_button)
        buttons.addStretch(1)
        page = QVBoxLayout(self)
        page.addWidget(self.greeting)
        page.addWidget(self.error_banner)
        page.addWidget(self.hold_banner)
        page.addWidget(self.card)
        page.addWidget(self.no_booking)
        page.addWidget(self.check_banner)
        page.addStretch(1)
        page.addLayout(buttons)

    # -- texts ------------------------------------------------------------------
    def page_title(self) -> str:
        return self.tr("Home")

    def retranslate(self) -> None:
        self.card_title.setText(self.tr("Your next session"))
        self.join_button.setText(self.tr("&Join the session"))
        self.book_button.setText(self.tr("&Book a session"))
        self.bookings_button.setText(self.tr("&My bookings"))
        self.no_booking.setText(self.tr("You have no session booked."))
        self.check_banner.set_action(self.tr("&Check my device"), self._go_check)
        self._show()

    def _go_check(self) -> None:
        self.navigate.emit("check", "home")

    # -- data -------------------------------------------------------------------
    async def on_enter(self, arg: object = None) -> None:
        await self.load()

    def on_leave(self) -> None:
        self.timer.stop()

    def _reload_if_shown(self) -> None:
        if self.isVisible():
            self.ctx.run(self.load())

    async def load(self) -> None:
        """Fetch who, what's next and the office; a failure shows a banner with Retry."""
        api = self.ctx.api
        try:
            self.me = await self.ctx.session.refresh_user()
            upcoming = await api.bookings("upcoming")
            self.booking = next((b for b in upcoming if b.status == "booked"), None)
            self.office = await self._office(self.booking.office_id if self.booking else None)
            self.home_office = await self._office(self.me.home_office_id)
        except ApiError as exc:
            self._show_error(exc)
            return
        self.error_banner.hide()
        self.loaded = True
        self._show()

    async def _office(self, office_id: str | None) -> Office | None:
        if office_id is None:
            return None
        if self.office is not None and self.office.id == office_id:
            return self.office
        return await self.ctx.api.office(office_id)

    def _show_error(self, exc: ApiError) -> None:
        message = messages.message_for_error(exc)
        self.error_banner.set_text(message.full)
        self.error_banner.set_action(self.tr("&Try again"), lambda: self.ctx.run(self.load()))
        self.error_banner.show()

    # -- showing ----------------------------------------------------------------
    def _show(self) -> None:
        if not self.loaded:
            self.card.hide()
            self.no_booking.hide()
            return
        name = self.me.name if self.me else ""
        self.greeting.setText(self.tr("Hello, {name}.").format(name=name))
        self._show_holds()
        booking = self.booking
        self.card.setVisible(booking is not None)
        self.no_booking.setVisible(booking is None)
        self._set_primary(self.book_button, booking is None)
        if booking is not None:
            self.when_label.setText(messages.format_when(booking.start, booking.end))
            self.office_label.setText(self._office_text(booking))
            self.companions_label.setText(self._companions_text(booking))
            self.companions_label.setVisible(bool(booking.companions))
        self._show_check_prompt()
        self.refresh_time()

    def _office_text(self, booking: Booking) -> str:
        name = booking.office_name.for_language(self.ctx.language)
        if self.office is None:
            return self.tr("Office: {office}").format(office=name)
        return self.tr("Office: {office} (phone {phone})").format(
            office=name, phone=self.office.phone
        )

    def _companions_text(self, booking: Booking) -> str:
        who = describe_companions(booking.companions, booking.interpreter_language)
        return self.tr("With you: {who}").format(who=who)

    def _show_holds(self) -> None:
        holds = self.me.holds if self.me else ()
        if not holds:
            self.hold_banner.hide()
            return
        office = self.home_office or self.office
        phone = office.phone if office else None
        texts = []
        for hold in holds:
            if hold.code == SUSPENSION_HOLD:
                extras = {"until": hold.until} if hold.until else {}
                texts.append(messages.message_for("booking-suspended", extras, phone=phone).full)
            else:
                texts.append(messages.message_for("eligibility-hold", phone=phone).full)
        self.hold_banner.set_text("\n".join(texts))
        self.hold_banner.show()

    def _show_check_prompt(self) -> None:
        """Before a session, ask for a device check unless one passed in this run."""
        report = self.ctx.last_check
        if self.booking is None:
            self.check_banner.hide()
            return
        if report is None:
            text = self.tr("Please check your camera, microphone and PC before the session.")
        elif report.overall == Status.FAIL:
            text = self.tr(
                "Your last device check found problems. Please fix them and check again."
            )
        else:
            self.check_banner.hide()
            return
        self.check_banner.set_text(text)
        self.check_banner.show()

    def refresh_time(self) -> None:
        """Countdown and Join button; called by the timer, faster near the start."""
        booking = self.booking
        if booking is None or not self.loaded:
            self.timer.stop()
            return
        now = self.ctx.now()
        state = join_state(booking, now)
        self.countdown_label.setText(countdown_text(booking.start, now))
        self.join_button.setEnabled(state == JoinState.OPEN)
        self.join_hint.setText(self._join_hint(booking, state))
        self.timer.start(refresh_interval_ms([booking.start, booking.join_opens_at], now))

    def _join_hint(self, booking: Booking, state: JoinState) -> str:
        if state == JoinState.OPEN:
            return self.tr("Joining is open now. Press Join the session.")
        if state == JoinState.BEFORE:
            return self.tr("You can join from {time} (10 minutes before the start).").format(
                time=messages.format_time(booking.join_opens_at)
            )
        phone = self.office.phone if self.office else ""
        return self.tr(
            "The time to join has passed. If you could not join, please phone the office: {phone}"
        ).format(phone=phone)

    @staticmethod
    def _set_primary(button: QPushButton, primary: bool) -> None:
        button.setProperty("primary", primary)
        button.style().unpolish(button)
        button.style().polish(button)

    # -- actions ----------------------------------------------------------------
    def _join(self) -> None:
        if self.booking is not None:
            self.navigate.emit("join", self.booking)
