"""The shell: single instance, sign-out and back, friendly errors, update prompts, demo start."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from hwclient.ui.main_window import MainWindow
from hwclient.ui.single_instance import SingleInstance
from hwclient.ui.update import UpdateNeed, UpdatePrompt, update_need

REPO = Path(__file__).resolve().parents[2]


async def test_a_second_launch_wakes_the_first(wait_until, tmp_path) -> None:
    key = f"test-{tmp_path.name}"
    first, second = SingleInstance(key), SingleInstance(key)
    woken: list[int] = []
    first.activated.connect(lambda: woken.append(1))
    try:
        assert first.acquire()
        assert not second.acquire()  # the second process would exit here
        await wait_until(lambda: woken)
    finally:
        first.release()
    assert SingleInstance(key).acquire()  # free again once the first one quit


@pytest.mark.parametrize(
    ("current", "latest", "minimum", "need"),
    [
        ("0.1.0", "0.1.0", "0.1.0", UpdateNeed.NONE),
        ("0.1.0", "0.2.0", "0.1.0", UpdateNeed.AVAILABLE),
        ("0.1.0", "0.3.0", "0.2.0", UpdateNeed.REQUIRED),
        ("0.10.0", "0.9.0", "0.2.0", UpdateNeed.NONE),  # versions, not strings
        ("0.1.0", "not a version", "", UpdateNeed.NONE),
    ],
)
def test_update_need(current: str, latest: str, minimum: str, need: UpdateNeed) -> None:
    assert update_need(current, latest, minimum) == need


async def test_update_required_shows_one_dialog_that_opens_the_download(
    make_ctx, close_widgets, opened_urls, wait_until
) -> None:
    ctx = make_ctx()
    window = MainWindow(ctx)
    close_widgets.append(window)
    prompt = UpdatePrompt(ctx, window)
    window.show()
    ctx.updateRequired.emit("https://example.org/download")
    ctx.updateRequired.emit("https://example.org/download")
    await wait_until(lambda: prompt.dialog is not None and prompt.dialog.isVisible())
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1
    assert "too old" in boxes[0].text()
    download = next(b for b in boxes[0].buttons() if "Download" in b.text())
    download.click()
    assert opened_urls == ["https://example.org/download"]


async def test_update_available_is_offered_in_a_banner(
    live_server, make_ctx, close_widgets, opened_urls
) -> None:
    ctx = make_ctx(server_url=live_server.url)
    window = MainWindow(ctx)
    close_widgets.append(window)
    window.show()
    prompt = UpdatePrompt(ctx, window)
    need = await prompt.check_policy(current="0.0.1")
    assert need in {UpdateNeed.AVAILABLE, UpdateNeed.REQUIRED}
    if need == UpdateNeed.AVAILABLE:
        assert window.alert_banner.isVisibleTo(window)
        assert "new version" in window.alert_banner.text.text()
    assert await UpdatePrompt(ctx, window).check_policy(current="999.0") == UpdateNeed.NONE


async def test_an_unexpected_error_gets_kind_words_not_a_traceback(
    make_ctx, close_widgets, wait_until
) -> None:
    ctx = make_ctx()
    window = MainWindow(ctx)
    close_widgets.append(window)
    window.show()

    async def broken() -> None:
        raise RuntimeError("internal detail that must not be shown")

    ctx.run(broken())
    await wait_until(lambda: window.findChild(QMessageBox, "unexpected_error_box") is not None)
    box = window.findChild(QMessageBox, "unexpected_error_box")
    assert "Something went wrong" in box.text()
    assert "internal detail" not in box.text()
    assert any("diagnostic" in b.text() for b in box.buttons())


async def test_signed_out_mid_flow_returns_there_after_signing_in(
    live_server, signed_up_user, api, make_ctx, close_widgets, wait_until
) -> None:
    ctx = make_ctx(server_url=live_server.url)
    await ctx.session.sign_in(signed_up_user.email, signed_up_user.password)
    window = MainWindow(ctx)
    close_widgets.append(window)
    window.show()
    ctx.signedIn.emit()
    await wait_until(lambda: window.current_key == "home" and window.pages["home"].loaded)
    window.go("settings")
    window.go("home")

    new_password = signed_up_user.password + "!x"
    await api.change_password(signed_up_user.password, new_password)  # revokes the app's token
    await window.pages["home"].load()  # the next call the page makes gets 401

    await wait_until(lambda: window.current_key == "signin")
    assert window.alert_banner.isVisibleTo(window)
    assert "signed out" in window.alert_banner.text.text()
    assert "Book" not in " ".join(
        window.sidebar.item(i).text() for i in range(window.sidebar.count())
    )

    await ctx.session.sign_in(signed_up_user.email, new_password)
    ctx.signedIn.emit()
    await wait_until(lambda: window.current_key == "home")
    assert not window.alert_banner.isVisibleTo(window)


def test_demo_starts_without_errors_and_quits_cleanly(tmp_path: Path) -> None:
    """`hwclient --demo` as a person starts it: window up, no traceback, clean exit on SIGTERM."""
    logs = tmp_path / "logs"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HWCLIENT_CONFIG_DIR": str(tmp_path / "config"),
        "HWCLIENT_LOG_DIR": str(logs),
        "PYTHONPATH": str(REPO),
    }
    proc = subprocess.Popen(
        [sys.executable, "-m", "hwclient", "--demo"],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    log_file = logs / "hwclient.log"
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and proc.poll() is None:
            if log_file.exists() and "window shown" in log_file.read_text(encoding="utf-8"):
                break
            time.sleep(0.2)
        assert proc.poll() is None, "the app exited on its own"
        time.sleep(3)  # let the first page load (policy, check start)
        proc.send_signal(signal.SIGTERM)
        _out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    log_text = log_file.read_text(encoding="utf-8")
    assert "window shown (first run: True, demo: True)" in log_text
    assert "Traceback" not in log_text + err
    assert " ERROR " not in log_text
    assert " CRITICAL " not in log_text
    assert proc.returncode == 0
