"""Turns the reminder schedule (hwclient.reminders) into notifications at the right time.

It keeps the person's upcoming bookings (refreshed after sign-in, after a
booking or cancellation, and every few minutes, since an office may move or
cancel a session), wakes up exactly when the next reminder is due, and
hands each reminder to the tray once.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from hwclient.api import ApiError, Booking
from hwclient.reminders import Reminder, ReminderChoices, ReminderKind, due, next_time
from hwclient.ui import messages
from hwclient.ui.context import AppContext
from hwclient.ui.tray import Notice, Tray

log = logging.getLogger(__name__)

REFRESH_MS = 10 * 60 * 1000  # bookings can change on the office's side
MAX_SLEEP_MS = 5 * 60 * 1000  # wake up now and then even with nothing due (clock changes)
MIN_SLEEP_MS = 1000


class ReminderNotifier(QObject):
    def __init__(self, ctx: AppContext, tray: Tray, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tray = tray
        self.bookings: list[Booking] = []
        self.shown: set[tuple[str, str]] = set()
        self.wake = QTimer(self, singleShot=True)
        self.wake.timeout.connect(self.check_now)
        self.refresher = QTimer(self, interval=REFRESH_MS)
        self.refresher.timeout.connect(self.refresh_soon)
        ctx.signedIn.connect(self.refresh_soon)
        ctx.bookingsChanged.connect(self.refresh_soon)
        ctx.signedOut.connect(self.clear)

    def start(self) -> None:
        self.refresher.start()

    def stop(self) -> None:
        self.refresher.stop()
        self.wake.stop()

    def clear(self) -> None:
        self.bookings = []
        self.wake.stop()

    def choices(self) -> ReminderChoices:
        s = self.ctx.settings
        return ReminderChoices(s.notify_day_before, s.notify_30_min_before, s.notify_join_open)

    def refresh_soon(self) -> None:
        self.ctx.run(self.refresh())

    async def refresh(self) -> None:
        if not self.ctx.api.signed_in:
            return
        try:
            self.bookings = await self.ctx.api.bookings("upcoming")
        except ApiError as exc:
            log.info("could not refresh bookings for reminders: %s", type(exc).__name__)
        self.check_now()

    def check_now(self) -> None:
        """Show what is due, then sleep until the next reminder."""
        now = self.ctx.now()
        choices = self.choices()
        for reminder in due(self.bookings, now, self.shown, choices):
            self.shown.add(reminder.key)
            self.tray.notify(self.notice(reminder))
        upcoming = next_time(self.bookings, now, choices)
        sleep_ms = MAX_SLEEP_MS
        if upcoming is not None:
            sleep_ms = int((upcoming - now).total_seconds() * 1000) + 200
        self.wake.start(max(MIN_SLEEP_MS, min(MAX_SLEEP_MS, sleep_ms)))

    def notice(self, reminder: Reminder) -> Notice:
        booking = reminder.booking
        when = messages.format_when(booking.start, booking.end)
        office = booking.office_name.for_language(self.ctx.language)
        if reminder.kind == ReminderKind.DAY_BEFORE:
            return Notice(
                self.tr("Your counselling session is tomorrow"),
                self.tr("{when}, {office}. Please check your device before the session.").format(
                    when=when, office=office
                ),
                "check",
                "home",
                self.tr("Check my device now"),
            )
        if reminder.kind == ReminderKind.SOON:
            return Notice(
                self.tr("Your session starts in 30 minutes"),
                self.tr("{when}, {office}. Check your camera and microphone now.").format(
                    when=when, office=office
                ),
                "check",
                "home",
                self.tr("Check my device now"),
            )
        return Notice(
            self.tr("You can join your session now"),
            self.tr("{when}, {office}. Open the app and press Join.").format(
                when=when, office=office
            ),
            "home",
            None,
            self.tr("Go to Join"),
        )
