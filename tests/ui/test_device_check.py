"""Device check page: camera/microphone/speaker states and result rows with remedies.

Devices are injected (CI machines have none); results come from an injected
runner so each status and remedy shape is shown exactly as the engine would
hand it over.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt

from hwclient.checks.model import CheckResult, Report, Status
from hwclient.checks.raw import RawBundle
from hwclient.ui.main_window import MainWindow
from hwclient.ui.widgets.camera_preview import CameraState
from hwclient.ui.widgets.media import Device, FixedDevices

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)

CAMERA_DENIED = CheckResult(
    id="camera",
    status=Status.FAIL,
    title="Camera",
    detail="Windows does not allow apps to use the camera.",
    remedy="Turn on 'Let apps access your camera' in Settings.",
    settings_uri="ms-settings:privacy-webcam",
)
OPEN_WIFI = CheckResult(
    id="network",
    status=Status.WARN,
    title="Network",
    detail="You are on an open Wi-Fi network.",
    remedy="Use your home network or a phone hotspot with a password.",
    link="https://example.org/help/wifi",
)
OS_OK = CheckResult(id="os", status=Status.PASS, title="Windows 11 24H2", detail="Supported.")


def fake_runner(results: list[CheckResult], calls: list[int]):
    async def run(progress):
        calls.append(1)
        for result in results:
            await asyncio.sleep(0)
            progress(result)
        report = Report(
            results=results, started_at=NOW, finished_at=NOW, app_version="t", platform={}
        )
        return report, RawBundle(collected_at=NOW, platform={}, app_version="t")

    return run


async def open_check(make_ctx, close_widgets, devices, results, calls=None):
    ctx = make_ctx(language="en")
    window = MainWindow(ctx)
    close_widgets.append(window)
    page = window.page("check")
    page.devices = devices
    page.runner = fake_runner(results, calls if calls is not None else [])
    window.show()
    window.go("check")
    return window, page


NO_DEVICES = FixedDevices([], [], [])


async def test_no_devices_says_so_in_words(make_ctx, close_widgets, wait_until) -> None:
    _window, page = await open_check(make_ctx, close_widgets, NO_DEVICES, [OS_OK])
    await wait_until(lambda: page.report is not None)
    assert page.camera.state == CameraState.NO_CAMERA
    assert "No camera found" in page.camera.message.text()
    assert "No microphone found" in page.mic_status.text()
    assert "No speakers found" in page.speaker_status.text()
    assert not page.play_button.isEnabled()


async def test_a_camera_qt_cannot_open_is_explained_as_busy(
    make_ctx, close_widgets, wait_until
) -> None:
    busy = FixedDevices([Device("cam0", "USB Camera", True)], [], [])
    _window, page = await open_check(make_ctx, close_widgets, busy, [OS_OK])
    await wait_until(lambda: page.camera and page.camera.state == CameraState.UNAVAILABLE)
    assert "in use by another app" in page.camera.message.text()


async def test_results_show_problems_first_with_what_to_do(
    make_ctx, close_widgets, wait_until, opened_urls, save_shot
) -> None:
    calls: list[int] = []
    window, page = await open_check(
        make_ctx, close_widgets, NO_DEVICES, [OS_OK, OPEN_WIFI, CAMERA_DENIED], calls
    )
    await wait_until(lambda: page.report is not None)
    order = [page.results_box.itemAt(i).widget().result.id for i in range(len(page.rows))]
    assert order == ["camera", "network", "os"]
    camera = page.rows["camera"]
    assert camera.status_label.text() == "Problem"  # status in words, not colour only
    assert "Let apps access your camera" in camera.remedy.text()
    assert camera.remedy.isVisibleTo(page)
    assert camera.settings_button.isVisibleTo(page)
    assert not page.rows["os"].settings_button.isVisibleTo(page)
    assert not page.rows["os"].remedy.isVisibleTo(page)
    assert "must be fixed" in page.summary.text()

    # Tab goes down the page: sound test, the rows' buttons in order, then re-run, continue.
    wanted = [
        page.play_button,
        camera.settings_button,
        page.rows["network"].link_button,
        page.rerun_button,
        page.continue_button,
    ]
    reached = tab_sequence(page.play_button, page.continue_button)
    assert [w for w in reached if w in wanted] == wanted

    camera.settings_button.click()
    page.rows["network"].link_button.click()
    assert opened_urls == ["ms-settings:privacy-webcam", "https://example.org/help/wifi"]
    save_shot(window, "device-check-en")

    page.rerun_button.click()
    await wait_until(lambda: len(calls) == 2 and page.report is not None)
    assert len(page.rows) == 3


async def test_all_passing_says_ready_and_continue_leads_on(
    make_ctx, close_widgets, wait_until
) -> None:
    window, page = await open_check(make_ctx, close_widgets, NO_DEVICES, [OS_OK])
    await wait_until(lambda: page.report is not None)
    assert page.summary.text() == "Your PC is ready for the session."
    assert page.rows["os"].status_label.text() == "OK"
    page.continue_button.click()
    await wait_until(lambda: window.current_key != "check")
    assert window.current_key in {"terms", "signin"}


@pytest.mark.parametrize(
    ("level", "heard"), [(b"\x00\x00" * 100, False), (b"\x00\x40" * 100, True)]
)
def test_microphone_level_from_samples(qapp, level: bytes, heard: bool) -> None:
    from hwclient.ui.widgets.level_meter import LevelMeter, peak_level

    meter = LevelMeter()
    meter.set_level(peak_level(level))
    assert meter.was_heard is heard
    assert peak_level(b"\xff\x7f") == pytest.approx(32767 / 32768)
    assert peak_level(b"\x00\x80") == 1.0
    assert peak_level(b"") == 0.0


async def real_engine_check(make_ctx, close_widgets, wait_until, devices):
    ctx = make_ctx(language="en")
    window = MainWindow(ctx)
    close_widgets.append(window)
    page = window.page("check")
    page.devices = devices
    page.only = {"camera", "microphone", "speaker"}
    window.show()
    window.go("check")
    await wait_until(lambda: page.report is not None, seconds=20)
    return page


async def test_engine_judges_the_devices_the_page_shows_none(
    make_ctx, close_widgets, wait_until
) -> None:
    page = await real_engine_check(make_ctx, close_widgets, wait_until, NO_DEVICES)
    assert set(page.rows) == {"camera", "microphone", "speaker"}
    camera = page.rows["camera"]
    assert camera.result.status == Status.FAIL
    assert camera.remedy.isVisibleTo(page)
    assert camera.result.remedy
    assert page.rows["microphone"].result.status == Status.FAIL


async def test_engine_reports_a_busy_camera_from_the_preview(
    make_ctx, close_widgets, wait_until
) -> None:
    one_each = FixedDevices(
        [Device("cam0", "USB Camera", True)],
        [Device("mic0", "Headset microphone", True)],
        [Device("spk0", "Speakers", True)],
    )
    page = await real_engine_check(make_ctx, close_widgets, wait_until, one_each)
    camera = page.rows["camera"].result
    assert camera.status == Status.FAIL
    assert camera.data.get("error") == "busy"
    assert page.rows["microphone"].result.status == Status.PASS
    assert page.rows["speaker"].result.status == Status.PASS


def tab_sequence(start, end) -> list:
    """The visible, enabled widgets Tab reaches going from `start` to `end`, in order.

    (Stops at `end`: walking on through the window's menus upset their wrappers.)
    """
    found, widget = [start], start
    while widget is not end and len(found) < 100:
        widget = widget.nextInFocusChain()
        takes_tab = widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        if takes_tab and widget.isVisible() and widget.isEnabled():
            found.append(widget)
    return found


async def test_the_check_uses_the_servers_policy_through_the_apps_client(
    make_ctx, close_widgets, wait_until, live_server
) -> None:
    """The office's current policy (versions, OS dates) judges the PC, not the bundled copy."""
    ctx = make_ctx(live_server.url, language="en")
    window = MainWindow(ctx)
    close_widgets.append(window)
    page = window.page("check")
    page.devices = NO_DEVICES
    page.only = {"app"}
    window.show()
    window.go("check")
    await wait_until(lambda: page.report is not None, seconds=20)
    assert page.policy is not None
    assert page.policy.source == "server"
    assert page.rows["app"].result.data.get("policy_source") == "server"


async def test_offline_the_bundled_policy_still_judges(make_ctx, close_widgets, wait_until) -> None:
    page = await real_engine_check(make_ctx, close_widgets, wait_until, NO_DEVICES)
    assert page.policy is not None
    assert page.policy.source == "bundled"
    assert set(page.rows) == {"camera", "microphone", "speaker"}
