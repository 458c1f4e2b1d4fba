"""The UI test harness itself: async UI tests run on a qasync loop driving Qt."""

from __future__ import annotations

import asyncio

import qasync
from PySide6.QtCore import QTimer


async def test_async_ui_tests_run_on_a_qasync_loop(wait_until) -> None:
    assert isinstance(asyncio.get_running_loop(), qasync.QEventLoop)
    fired: list[int] = []
    QTimer.singleShot(10, lambda: fired.append(1))
    await wait_until(lambda: fired)
    assert fired == [1]
