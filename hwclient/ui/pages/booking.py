"""Book a session: office → day and time → who is with you → confirm → booked.

One question per step, with Back always possible and nothing typed lost. The
server decides; this page explains its refusals in plain words and offers the
way forward: another time of the same day when a slot was just taken, another
day for the one-a-day rule, the terms when consent is missing (then back here),
the office's phone number when booking is paused.

A booking attempt (`BookingRequest`) carries its idempotency key. The same
attempt is re-sent when the person presses "Book" again after a network
error, so a lost answer can never become two bookings; any change of choice,
or a definite refusal, starts a new attempt.
"""

from __future__ import annotations

import logging
from datetime import date, timedelta
from enum import IntEnum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hwclient.api.errors import (
    ApiError,
    ConsentRequired,
    NetworkError,
    OnePerDay,
    ProblemError,
    SlotUnavailable,
)
from hwclient.api.models import Booking, BookingRequest, Office, Slot
from hwclient.booking import booked_days, japan_day
from hwclient.ui import style
from hwclient.ui.context import AppContext
from hwclient.ui.messages import format_day, format_when, message_for_error
from hwclient.ui.pages.base import Page
from hwclient.ui.prefectures import prefecture_name
from hwclient.ui.widgets.calendar_export import ask_and_save_calendar
from hwclient.ui.widgets.companions import CompanionsEditor, describe_companions, language_name
from hwclient.ui.widgets.form_fields import MessageBanner
from hwclient.ui.widgets.slot_calendar import SlotCalendar, month_range

log = logging.getLogger(__name__)

HORIZON_DAYS = 92  # the calendar's reach; the server only lists what its office allows
NOTE_LIMIT = 500


class Step(IntEnum):
    OFFICE = 0
    TIME = 1
    COMPANIONS = 2
    CONFIRM = 3
    DONE = 4


class BookingPage(Page):
    """The booking wizard."""

    key = "book"
    requires_session = True

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.offices: list[Office] = []
        self.home_office_id: str | None = None
        self.office: Office | None = None
        self.slot: Slot | None = None
        self.attempt: BookingRequest | None = None
        self.booking: Booking | None = None
        self.waiting_for_terms = False
        self._build()
        self.retranslate()
        self._go(Step.OFFICE)

    # -- layout -------------------------------------------------------------
    def _build(self) -> None:
        self.step_label = style.set_role(style.wrap(QLabel(objectName="booking_step")), "subtitle")
        self.error = MessageBanner(objectName="booking_error")
        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_office_step())
        self.stack.addWidget(self._build_time_step())
        self.stack.addWidget(self._build_companions_step())
        self.stack.addWidget(self._build_confirm_step())
        self.stack.addWidget(self._build_done_step())
        self.back_button = QPushButton(objectName="booking_back")
        self.next_button = style.make_primary(QPushButton(objectName="booking_next"))
        self.back_button.clicked.connect(self._back)
        self.next_button.clicked.connect(self._next)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        box = QVBoxLayout(self)
        box.addWidget(self.step_label)
        box.addWidget(self.error)
        box.addWidget(self.stack, 1)
        box.addLayout(buttons)

    def _build_office_step(self) -> QWidget:
        page = QWidget()
        self.office_intro = style.wrap(QLabel())
        self.office_list = QListWidget(objectName="office_list")
        self.office_list.setWordWrap(True)
        self.office_list.setSpacing(4)
        self.office_list.currentItemChanged.connect(self._office_changed)
        self.office_list.itemActivated.connect(lambda _item: self._next())
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.office_intro)
        box.addWidget(self.office_list, 1)
        return page

    def _build_time_step(self) -> QWidget:
        page = QWidget()
        self.time_intro = style.wrap(QLabel())
        self.calendar = SlotCalendar()
        self.calendar.monthRequested.connect(lambda y, m: self.ctx.run(self.load_month(y, m)))
        self.calendar.slotChosen.connect(self._slot_changed)
        self.calendar.times.itemActivated.connect(lambda _item: self._next())
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.time_intro)
        box.addWidget(self.calendar, 1)
        return page

    def _build_companions_step(self) -> QWidget:
        page = QWidget()
        self.companions = CompanionsEditor()
        self.note_label = style.wrap(QLabel())
        self.note = QPlainTextEdit(objectName="booking_note")
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(120)
        self.note_label.setBuddy(self.note)
        self.note_count = QLabel(objectName="booking_note_count")
        self.note.textChanged.connect(self._note_changed)
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.companions)
        box.addSpacing(12)
        box.addWidget(self.note_label)
        box.addWidget(self.note)
        box.addWidget(self.note_count, 0, Qt.AlignmentFlag.AlignRight)
        box.addStretch(1)
        return page

    def _build_confirm_step(self) -> QWidget:
        page = QWidget()
        self.summary = style.wrap(QLabel(objectName="booking_summary"))
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setProperty("card", True)
        self.summary.setMargin(12)
        self.confirm_hint = style.wrap(QLabel())
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.summary)
        box.addWidget(self.confirm_hint)
        box.addStretch(1)
        return page

    def _build_done_step(self) -> QWidget:
        page = QWidget()
        self.done_label = style.set_role(style.wrap(QLabel(objectName="booking_done")), "big")
        self.done_details = style.wrap(QLabel(objectName="booking_done_details"))
        self.calendar_button = QPushButton(objectName="booking_add_calendar")
        self.bookings_button = QPushButton(objectName="booking_show_bookings")
        self.calendar_status = style.wrap(QLabel(objectName="booking_calendar_status"))
        self.calendar_button.clicked.connect(self._add_to_calendar)
        self.bookings_button.clicked.connect(lambda: self.navigate.emit("bookings", None))
        row = QHBoxLayout()
        row.addWidget(self.calendar_button)
        row.addWidget(self.bookings_button)
        row.addStretch(1)
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.done_label)
        box.addWidget(self.done_details)
        box.addLayout(row)
        box.addWidget(self.calendar_status)
        box.addStretch(1)
        return page

    def office_text(self, office: Office, home: bool) -> str:
        """Name, place, phone and languages: what people choose an office by."""
        name = office.name.for_language(self.ctx.language)
        if home:
            name = self.tr("{name} (your office)").format(name=name)
        langs = ", ".join(language_name(tag) for tag in office.languages) or "日本語"
        lines = [
            name,
            self.tr("{prefecture} · Phone {phone}").format(
                prefecture=prefecture_name(office.prefecture, self.ctx.language),
                phone=office.phone,
            ),
            self.tr("Languages: {languages}").format(languages=langs),
        ]
        return "\n".join(lines)

    # -- texts ----------------------------------------------------------------
    def page_title(self) -> str:
        return self.tr("Book a session")

    def retranslate(self) -> None:
        self.office_intro.setText(self.tr("Choose the Hello Work office for your online session."))
        self.time_intro.setText(
            self.tr(
                "Choose a day, then a time. Days in bold have free times. Times are Japan time."
            )
        )
        self.note_label.setText(
            self.tr("&Note for the counsellor (optional), for example what you want to talk about:")
        )
        self.confirm_hint.setText(
            self.tr("Please check the details. You can cancel in the app until the session starts.")
        )
        # Not "Back": the window has its own Back (to the previous page).
        self.back_button.setText(self.tr("< &Previous step"))
        self.calendar_button.setText(self.tr("Add to my &calendar"))
        self.bookings_button.setText(self.tr("See &my bookings"))
        self.calendar.retranslate()
        self.companions.retranslate()
        self._fill_offices()
        self._note_changed()
        self._update_step_texts()

    def _update_step_texts(self) -> None:
        step = Step(self.stack.currentIndex())
        titles = {
            Step.OFFICE: self.tr("Step 1 of 4: choose an office"),
            Step.TIME: self.tr("Step 2 of 4: choose a day and time"),
            Step.COMPANIONS: self.tr("Step 3 of 4: who will be with you"),
            Step.CONFIRM: self.tr("Step 4 of 4: check and book"),
            Step.DONE: self.tr("Booked"),
        }
        self.step_label.setText(titles[step])
        next_texts = {
            Step.CONFIRM: self.tr("&Book this session"),
            Step.DONE: self.tr("Go to &home"),
        }
        self.next_button.setText(next_texts.get(step, self.tr("&Next >")))
        self.back_button.setVisible(step not in (Step.OFFICE, Step.DONE))
        if step == Step.CONFIRM:
            self._fill_summary()
        if step == Step.DONE:
            self._fill_done()
        self._update_next_enabled()

    def _update_next_enabled(self) -> None:
        step = Step(self.stack.currentIndex())
        ready = {
            Step.OFFICE: self.office is not None,
            Step.TIME: self.slot is not None,
            Step.COMPANIONS: len(self.note.toPlainText()) <= NOTE_LIMIT,
        }
        self.next_button.setEnabled(ready.get(step, True))

    # -- entering -------------------------------------------------------------
    async def on_enter(self, arg: object = None) -> None:
        if self.waiting_for_terms:
            # Back from the terms page: continue exactly where the person was.
            self.waiting_for_terms = False
            self._go(Step.CONFIRM)
            return
        if self.stack.currentIndex() == Step.DONE or arg == "new":
            self.reset()
        await self.load_offices()

    def reset(self) -> None:
        self.slot = None
        self.attempt = None
        self.booking = None
        self.companions.clear()
        self.note.clear()
        self.error.clear()
        self._go(Step.OFFICE)

    async def load_offices(self) -> None:
        try:
            self.offices = await self.ctx.api.offices()
            me = await self.ctx.api.me()
            self.home_office_id = me.home_office_id or self.ctx.settings.last_office_id
        except ApiError as exc:
            self._show_error(exc)
            return
        self._fill_offices()

    def _fill_offices(self) -> None:
        chosen = self.office.id if self.office else self.home_office_id
        ordered = sorted(self.offices, key=lambda o: o.id != self.home_office_id)
        self.office_list.blockSignals(True)
        self.office_list.clear()
        for office in ordered:
            text = self.office_text(office, office.id == self.home_office_id)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, office)
            self.office_list.addItem(item)
            if office.id == chosen:
                self.office_list.setCurrentItem(item)
        if self.office_list.currentItem() is None and self.office_list.count():
            self.office_list.setCurrentRow(0)  # the home office, or simply the first
        self.office_list.blockSignals(False)
        current = self.office_list.currentItem()
        self.office = current.data(Qt.ItemDataRole.UserRole) if current else None
        self._update_next_enabled()

    # -- step changes -----------------------------------------------------------
    def _go(self, step: Step) -> None:
        self.stack.setCurrentIndex(step)
        self._update_step_texts()

    def _back(self) -> None:
        step = Step(self.stack.currentIndex())
        if step > Step.OFFICE:
            self.error.clear()
            self._go(Step(step - 1))

    def _next(self) -> None:
        step = Step(self.stack.currentIndex())
        if not self.next_button.isEnabled():
            return
        self.error.clear()
        if step == Step.OFFICE:
            self._start_calendar()
            self._go(Step.TIME)
        elif step in (Step.TIME, Step.COMPANIONS):
            self._go(Step(step + 1))
        elif step == Step.CONFIRM:
            self.ctx.run(self.submit())
        else:
            self.reset()
            self.navigate.emit("home", None)

    def _office_changed(self, item: QListWidgetItem | None, _prev: object = None) -> None:
        office = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if office is not None and (self.office is None or office.id != self.office.id):
            self.slot = None
            self.calendar.loaded_months.clear()
        self.office = office
        self._update_next_enabled()

    def _start_calendar(self) -> None:
        if self.office is None:
            return
        self.companions.set_office_languages(self.office.languages)
        if self.calendar.loaded_months and self.slot is not None:
            return  # same office as before: keep the person's place
        today = japan_day(self.ctx.now())
        self.calendar.reset(today, today + timedelta(days=HORIZON_DAYS))
        self.ctx.run(self.load_busy_days())
        self.calendar.request_visible_month()

    async def load_month(self, year: int, month: int) -> None:
        office = self.office
        if office is None:
            return
        first, last = month_range(year, month)
        first = max(first, japan_day(self.ctx.now()))
        if first > last:
            self.calendar.add_slots(year, month, [])
            return
        try:
            slots = await self.ctx.api.slots(office.id, first, last)
        except ApiError as exc:
            self._show_error(exc)
            return
        if self.office is office:
            self.calendar.add_slots(year, month, slots)
            self._select_first_free_day_if_empty(year, month)

    def _select_first_free_day_if_empty(self, year: int, month: int) -> None:
        chosen = self.calendar.selected_day()
        if self.calendar.slots_by_day.get(chosen):
            return
        in_month = [d for d in self.calendar.free_days() if (d.year, d.month) == (year, month)]
        if in_month and (chosen.year, chosen.month) == (year, month):
            self.calendar.select_day(in_month[0])

    async def load_busy_days(self) -> None:
        try:
            bookings = await self.ctx.api.bookings("upcoming")
        except ApiError:
            log.info("could not load bookings for the one-a-day hint", exc_info=True)
            return
        self.calendar.set_busy_days(booked_days(bookings))

    def _slot_changed(self, slot: Slot | None) -> None:
        self.slot = slot
        self._update_next_enabled()

    def _note_changed(self) -> None:
        length = len(self.note.toPlainText())
        self.note_count.setText(
            self.tr("{count} / {limit} characters").format(count=length, limit=NOTE_LIMIT)
        )
        self._update_next_enabled()

    # -- confirm and book ---------------------------------------------------------
    def current_request(self) -> BookingRequest | None:
        """The attempt for the current choices; the same object while nothing changed."""
        if self.slot is None:
            return None
        request = BookingRequest(
            slot_id=self.slot.id,
            companions=self.companions.companions(),
            interpreter_language=self.companions.interpreter_language(),
            note=self.note.toPlainText().strip() or None,
        )
        same = self.attempt is not None and (self.attempt.to_json() == request.to_json())
        if not same:
            self.attempt = request
        return self.attempt

    def _fill_summary(self) -> None:
        if self.office is None or self.slot is None:
            self.summary.setText("")
            return
        note = self.note.toPlainText().strip() or self.tr("(none)")
        rows = [
            (self.tr("When"), format_when(self.slot.start, self.slot.end)),
            (self.tr("Office"), self.office.name.for_language(self.ctx.language)),
            (self.tr("Office phone"), self.office.phone),
            (
                self.tr("With you"),
                describe_companions(
                    self.companions.companions(), self.companions.interpreter_language()
                ),
            ),
            (self.tr("Note"), note),
        ]
        self.summary.setText(
            "<table cellpadding='4'>"
            + "".join(f"<tr><td><b>{_html(k)}</b></td><td>{_html(v)}</td></tr>" for k, v in rows)
            + "</table>"
        )

    async def submit(self) -> None:
        """Send the current attempt; the same attempt again after a network error."""
        request = self.current_request()
        if request is None:
            return
        self.next_button.setEnabled(False)
        try:
            booking = await self.ctx.api.book(request)
        except NetworkError as exc:
            self._show_error(exc)  # keep self.attempt: "Book" again re-sends the same key
            self.next_button.setEnabled(True)
            return
        except ProblemError as exc:
            self.attempt = None
            await self._refused(exc)
            return
        except ApiError as exc:
            self._show_error(exc)
            self.next_button.setEnabled(True)
            return
        self.booking = booking
        self.attempt = None
        self._remember_office()
        self._go(Step.DONE)
        self.ctx.bookingsChanged.emit()

    async def _refused(self, exc: ProblemError) -> None:
        if isinstance(exc, ConsentRequired):
            self.waiting_for_terms = True
            self.navigate.emit("terms", {"next": "book"})
            return
        self._show_error(exc)
        if isinstance(exc, SlotUnavailable):
            await self._offer_other_times(self.slot.id if self.slot else "")
        elif isinstance(exc, OnePerDay):
            self.slot = None
            self._go(Step.TIME)
            await self.load_busy_days()
        else:
            self._update_next_enabled()

    async def _offer_other_times(self, taken: str) -> None:
        """Back to the same day with fresh times, so the next free ones are right there."""
        day: date = self.calendar.selected_day()
        self.calendar.remove_slot(taken)
        self.slot = None
        self._go(Step.TIME)
        await self.load_month(day.year, day.month)
        self.calendar.select_day(day)
        if not self.calendar.slots_by_day.get(day):
            self.error.show_text(
                self.error.text.text()
                + "\n"
                + self.tr(
                    "There are no other free times on {day}. Please choose another day."
                ).format(day=format_day(day)),
                "error",
            )

    def _show_error(self, exc: ApiError) -> None:
        phone = self.office.phone if self.office else None
        self.error.show_message(message_for_error(exc, phone=phone))

    def _remember_office(self) -> None:
        if self.office is None:
            return
        self.ctx.settings.last_office_id = self.office.id
        self.ctx.settings.save_quietly()

    # -- done ---------------------------------------------------------------------
    def _fill_done(self) -> None:
        booking = self.booking
        if booking is None:
            return
        self.done_label.setText(self.tr("✓ Your session is booked."))
        office = self.office.name.for_language(self.ctx.language) if self.office else ""
        self.done_details.setText(
            self.tr(
                "{when}\n{office}\n\nWe also sent you an e-mail. On the day, open this app and "
                "press Join from 10 minutes before the start."
            ).format(when=format_when(booking.start, booking.end), office=office)
        )

    def _add_to_calendar(self) -> None:
        if self.booking is None:
            return
        self.calendar_status.setText("")
        ask_and_save_calendar(self, self.ctx, self.booking, self.office, self._calendar_saved)

    def _calendar_saved(self, path: str | None, error: str) -> None:
        if path is None:
            self.calendar_status.setText("⚠ " + error)
        else:
            self.calendar_status.setText(
                self.tr(
                    "✓ Saved. Open the file to add the session to your calendar: {path}"
                ).format(path=path)
            )


def _html(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
    )
