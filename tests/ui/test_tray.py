"""Reminders reach the person: tray notification, or (no tray) a banner with the next step."""

from __future__ import annotations

from datetime import date, timedelta

from hwclient.ui.main_window import MainWindow
from hwclient.ui.notifications import ReminderNotifier
from hwclient.ui.tray import Tray


async def test_reminders_before_a_session_lead_to_the_device_check_and_join(
    signed_in_ctx, book_first_slot, server_clock, close_widgets, wait_until
) -> None:
    booking = await book_first_slot(date(2026, 12, 2))
    ctx = signed_in_ctx
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
