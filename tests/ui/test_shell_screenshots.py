"""Walk the shell's pages in Japanese and English; save screenshots when HWCLIENT_SHOTS_DIR is set.

People (and the translation pass) look at these pictures; the test itself
checks what can be checked automatically: every page has a title in the
chosen language and nothing overflows the minimum window size.
"""

from __future__ import annotations

import asyncio
from datetime import date, timedelta
from zoneinfo import ZoneInfo

import pytest

from hwclient.api import BookingRequest
from hwclient.checks.model import CheckResult, Report, Status
from hwclient.checks.raw import RawBundle
from hwclient.ui import style
from hwclient.ui.main_window import MainWindow
from hwclient.ui.widgets.media import FixedDevices

JST = ZoneInfo("Asia/Tokyo")


def sample_results() -> list[CheckResult]:
    return [
        CheckResult(
            "camera",
            Status.FAIL,
            "Camera",
            "No camera was found.",
            "Connect a webcam, then press Check again.",
            settings_uri="ms-settings:privacy-webcam",
        ),
        CheckResult(
            "network",
            Status.WARN,
            "Network",
            "Open Wi-Fi without a password.",
            "Use a network with a password.",
            link="https://example.org/wifi",
        ),
        CheckResult("os", Status.PASS, "Windows 11 24H2", "Supported until 2026-10-13."),
    ]


async def quick_runner(progress):
    results = sample_results()
    for result in results:
        await asyncio.sleep(0)
        progress(result)
    now = results and __import__("datetime").datetime(2026, 12, 1, tzinfo=JST)
    report = Report(results=results, started_at=now, finished_at=now, app_version="t", platform={})
    return report, RawBundle(collected_at=now, platform={}, app_version="t")


@pytest.mark.parametrize("lang", ["ja", "en"])
async def test_walk_shell_pages(
    lang,
    live_server,
    server_clock,
    signed_up_user,
    api,
    make_ctx,
    close_widgets,
    wait_until,
    save_shot,
) -> None:
    office = (await api.offices())[0]
    day = date(2026, 12, 2)
    slots = [s for s in await api.slots(office.id, day, day) if s.start.astimezone(JST).hour >= 10]
    booking = await api.book(BookingRequest(slot_id=slots[0].id))
    server_clock.set(booking.start - timedelta(minutes=8))
    ctx = make_ctx(server_url=live_server.url, language=lang, clock=server_clock.now)
    window = MainWindow(ctx)
    close_widgets.append(window)
    window.resize(*style.MIN_WINDOW)
    check = window.page("check")
    check.devices = FixedDevices([], [], [])
    check.runner = quick_runner
    window.show()

    await window.start(first_run=True)
    await wait_until(lambda: window.current_key == "language")
    await shoot(window, save_shot, f"language-{lang}")

    window.go("check")
    await wait_until(lambda: check.report is not None)
    await shoot(window, save_shot, f"device-check-{lang}")

    await ctx.session.sign_in(signed_up_user.email, signed_up_user.password)
    ctx.signedIn.emit()
    window.go("home")
    await wait_until(lambda: window.current_key == "home" and window.pages["home"].loaded)
    await shoot(window, save_shot, f"home-{lang}")

    window.go("join", booking)
    await wait_until(lambda: window.pages["join"].booking is not None)
    await shoot(window, save_shot, f"join-{lang}")

    window.go("settings")
    await shoot(window, save_shot, f"settings-{lang}")


async def shoot(window: MainWindow, save_shot, name: str) -> None:
    # Let the loop run instead of calling processEvents() inside a task, which
    # would run other tasks' steps re-entrantly and lose them.
    await asyncio.sleep(0.1)
    assert window.title_label.text(), f"{name}: no page title"
    hint = window.centralWidget().minimumSizeHint()
    assert hint.width() <= window.width(), f"{name}: content wider than the window"
    save_shot(window, name)
