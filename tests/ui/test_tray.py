"""Reminders reach the person: tray notification, or (no tray) a banner with the next step."""

from __future__ import annotations

from datetime import date, timedelta
from zoneinfo import ZoneInfo

from hwclient.api import BookingRequest
from hwclient.ui.main_window import MainWindow
from hwclient.ui.notifications import ReminderNotifier
from hwclient.ui.tray import Tray

JST = ZoneInfo("Asia/Tokyo")


async def test_reminders_before_a_session_lead_to_the_device_check_and_join(
    live_server, server_clock, signed_up_user, api, make_ctx, close_widgets, wait_until
) -> None:
    office = (await api.offices())[0]
    day = date(2026, 12, 2)
    slots = [s for s in await api.slots(office.id, day, day) if s.start.astimezone(JST).hour >= 10]
    booking = await api.book(BookingRequest(slot_id=slots[0].id))
    ctx = make_ctx(server_url=live_server.url, clock=server_clock.now)
    await ctx.session.sign_in(signed_up_user.email, signed_up_user.password)
    window = MainWindow(ctx)
    close_widgets.append(window)
    window.page("check").only = {"speaker"}
    window.show()
    tray = Tray(ctx, window)
    notifier = ReminderNotifier(ctx, tray)
    shown = []
    tray.shown.connect(shown.append)

    server_clock.set(booking.start - timedelta(minutes=29))
    await notifier.refresh()
    assert [n.title for n in shown] == ["Your session starts in 30 minutes"]
    assert notifier.wake.isActive()
    assert 0 < notifier.wake.remainingTime() <= 19 * 60 * 1000 + 1000  # wakes for join-open

    # no tray on this desktop: the window shows it, with the next step as a button
    assert window.alert_banner.isVisibleTo(window)
    assert "30 minutes" in window.alert_banner.text.text()
    assert window.alert_banner.button.text() == "Check my device now"
    window.alert_banner.button.click()
    assert window.current_key == "check"

    notifier.check_now()  # nothing new: each reminder once
    assert len(shown) == 1

    server_clock.set(booking.start - timedelta(minutes=9))
    notifier.check_now()  # what the wake-up timer does
    assert [n.title for n in shown][-1] == "You can join your session now"
    assert shown[-1].page == "home"

    ctx.settings.notify_join_open = False  # a switched-off reminder never shows
    notifier.shown.clear()
    before = len(shown)
    notifier.check_now()
    assert all(n.title != "You can join your session now" for n in shown[before:])


async def test_tray_menu_is_translated_and_opens_pages(make_ctx, close_widgets) -> None:
    ctx = make_ctx()
    window = MainWindow(ctx)
    close_widgets.append(window)
    window.page("check").only = {"speaker"}
    tray = Tray(ctx, window)
    texts = [a.text() for a in tray.menu.actions() if a.text()]
    assert texts == ["&Open", "&Check my device", "My &bookings", "&Quit"]
    tray.check_action.trigger()
    assert window.current_key == "check"
    assert window.isVisible()
