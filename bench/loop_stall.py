"""Event-loop stall benchmark: how long the window freezes during check, booking and join.

    .venv/bin/python bench/loop_stall.py [--runs 3]

A 5 ms Qt timer ticks on the app's qasync loop while the real pages do the
real work against the real server (in its own process, as a remote server
would be): the device check page runs the full check, the booking wizard
goes from office to "booked", the join page fetches the link and opens
Zoom (the OS opener is replaced by a recorder). The application is set up as
the app's shell does (style sheet, cycle collection on a UI-thread timer);
pages are imported on first visit, as in the app. The longest gap between two
ticks, minus the tick interval, is the longest freeze a person could feel.
The same ticker on an idle loop for as long gives the machine's own noise,
in the same run. Target: longest stall ≤ 50 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench._client_common import (
    SERVER_START,
    BenchUser,
    ServerProcess,
    machine_note,
    median,
    print_table,
    signed_in_user,
    verdict,
)
from bench._stack_sampler import StackSampler

TICK_MS = 5
STALL_TARGET_MS = 50.0
OFFICE = "tokyo-midoridai"
FIRST_DAY = date(2026, 12, 2)  # Wednesday; one booking per day, so each run takes the next day
WAIT_S = 60.0


SPAN_MS = 20.0  # gaps longer than this are kept with their time span, for --why


@dataclass
class Stalls:
    longest_ms: float
    p99_ms: float
    seconds: float
    spans: list[tuple[float, float]] = field(default_factory=list)  # (start, end) of long gaps


class StallMeter:
    """Records the gaps between ticks of a precise Qt timer on the running loop."""

    def __init__(self) -> None:
        from PySide6.QtCore import QObject, Qt, QTimer

        self._owner = QObject()
        self._timer = QTimer(self._owner)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._gaps: list[float] = []
        self._last = 0.0
        self._started = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self._gaps.append(now - self._last)
        if (now - self._last) * 1000 - TICK_MS > SPAN_MS:
            self._spans.append((self._last, now))
        self._last = now

    def start(self) -> None:
        self._gaps = []
        self._spans: list[tuple[float, float]] = []
        self._started = self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> Stalls:
        self._tick()  # a stall right at the end counts too
        self._timer.stop()
        extra = sorted(max(0.0, gap * 1000 - TICK_MS) for gap in self._gaps)
        p99 = extra[min(len(extra) - 1, int(len(extra) * 0.99))]
        return Stalls(extra[-1], p99, time.perf_counter() - self._started, self._spans)


async def wait_for(condition: Callable[[], object], what: str) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + WAIT_S
    while not condition():
        if loop.time() > deadline:
            raise RuntimeError(f"timed out waiting for {what}")
        await asyncio.sleep(0.01)


class Journey:
    """The app's real services and pages against the benchmark server."""

    def __init__(self, server: ServerProcess, user: BenchUser, config_dir: Path) -> None:
        from hwclient.api import ApiClient
        from hwclient.i18n import Translators
        from hwclient.secrets import TokenStore
        from hwclient.session import Session
        from hwclient.settings import Settings
        from hwclient.ui.context import AppContext

        self.server = server
        self.user = user
        self.now = SERVER_START
        settings = Settings.load(config_dir)
        settings.language = "en"
        api = ApiClient(server.url)
        api.set_language("en")
        translators = Translators()
        translators.switch("en")
        self.ctx = AppContext(
            settings=settings,
            api=api,
            session=Session(api, settings, TokenStore(use_system=False)),
            translators=translators,
            clock=lambda: self.now,
        )
        self.pages: list[Any] = []
        self.booking: Any = None

    def set_time(self, when: datetime) -> None:
        self.now = when
        self.server.set_clock(when)

    def show(self, page: Any) -> Any:
        page.resize(960, 680)
        page.show()
        self.pages.append(page)
        return page

    async def start_like_the_app(self) -> None:
        """What the app has done before anyone clicks: list its pages (the side bar; their
        modules load on first visit) and ask the server for the client policy (its first
        request), so first-use costs are not counted twice."""
        from hwclient.ui import notifications  # noqa: F401 - imported by the app's Shell
        from hwclient.ui.pages import available_pages

        available_pages()  # the main window's side bar: finds page modules, imports none
        await self.ctx.api.client_policy()

    async def sign_in(self) -> None:
        from hwclient.ui.pages.signin import SignInPage

        signed_in: list[bool] = []
        self.ctx.signedIn.connect(lambda: signed_in.append(True))
        page = self.show(SignInPage(self.ctx))
        page.email.editor.setText(self.user.email)
        page.password_edit.setText(self.user.password)
        page.sign_in_button.click()
        await wait_for(lambda: signed_in, "sign-in")

    async def check(self) -> None:
        from hwclient.ui.pages.device_check import DeviceCheckPage

        page = self.show(DeviceCheckPage(self.ctx))
        await page.on_enter("bench")
        await wait_for(lambda: page.report is not None and not page.running, "the check")
        page.on_leave()

    async def book(self, day: date) -> None:
        from hwclient.ui.pages.booking import BookingPage, Step

        page = self.show(BookingPage(self.ctx))
        await page.on_enter("new")
        for row in range(page.office_list.count()):
            if page.office_list.item(row).data(256).id == OFFICE:  # Qt.UserRole
                page.office_list.setCurrentRow(row)
        page.next_button.click()
        await wait_for(lambda: day in page.calendar.free_days(), "free times")
        page.calendar.select_day(day)
        page.calendar.times.setCurrentRow(0)
        page.next_button.click()
        page.companions.boxes["family"].setChecked(True)
        page.note.setPlainText("Benchmark booking.")
        page.next_button.click()
        page.next_button.click()  # Book this session
        await wait_for(lambda: page.stack.currentIndex() == Step.DONE, "the booking")
        self.booking = page.booking

    async def join(self) -> None:
        from hwclient.ui.pages.join import JoinPage

        page = self.show(JoinPage(self.ctx))
        await page.on_enter(self.booking)
        for box in page.boxes:
            box.setChecked(True)
        page.launch_button.click()
        await wait_for(lambda: page.opened.isVisible() or page.message.isVisible(), "joining")
        if not page.opened.isVisible():
            raise RuntimeError(f"join failed: {page.message.text.text()}")

    async def close(self) -> None:
        for page in self.pages:
            page.close()
            page.deleteLater()
        await self.ctx.shutdown()


async def measured(meter: StallMeter, action: Callable[[], Awaitable[None]]) -> Stalls:
    meter.start()
    try:
        await action()
    finally:
        stalls = meter.stop()
    return stalls


async def run(server: ServerProcess, runs: int, config_dir: Path) -> dict[str, list[Stalls]]:
    user = await asyncio.to_thread(signed_in_user, server)
    journey = Journey(server, user, config_dir)
    meter = StallMeter()
    results: dict[str, list[Stalls]] = {}

    def add(name: str, stalls: Stalls) -> None:
        results.setdefault(name, []).append(stalls)

    try:
        await journey.start_like_the_app()
        add("sign-in", await measured(meter, journey.sign_in))
        for index in range(runs):
            day = FIRST_DAY + timedelta(days=index)
            check = await measured(meter, journey.check)
            add("device check", check)
            add("booking (office → booked)", await measured(meter, lambda d=day: journey.book(d)))
            journey.set_time(journey.booking.start - timedelta(minutes=2))
            add("join (link → Zoom opened)", await measured(meter, journey.join))
            journey.set_time(SERVER_START)
            idle = await measured(meter, lambda s=check.seconds: asyncio.sleep(s))
            add("idle loop (baseline)", idle)
    finally:
        await journey.close()
    return results


def report(results: dict[str, list[Stalls]]) -> None:
    idle = median(s.longest_ms for s in results["idle loop (baseline)"])
    rows = []
    for name, values in results.items():
        longest = max(s.longest_ms for s in values)
        typical = median(s.longest_ms for s in values)
        line = (
            f"longest {longest:6.1f} ms  median-of-runs {typical:6.1f} ms  "
            f"p99 {median(s.p99_ms for s in values):5.1f} ms  "
            f"({len(values)} run(s), {median(s.seconds for s in values):.2f} s each)"
        )
        if name != "idle loop (baseline)":
            line += f"  x{typical / idle if idle else float('inf'):.1f} idle  " + verdict(
                longest, STALL_TARGET_MS
            )
        rows.append((name, line))
    print_table(
        f"Event-loop stalls (5 ms Qt ticker; target <= {STALL_TARGET_MS:.0f} ms; {machine_note()})",
        rows,
    )


def explain(results: dict[str, list[Stalls]], sampler: StackSampler, top: int = 4) -> None:
    """The longest stalls of each operation and the code that was running in them."""
    print(f"\nWhere the loop stalled (gaps > {SPAN_MS:.0f} ms; frames sampled every 2 ms)")
    for name, values in results.items():
        spans = sorted((s for v in values for s in v.spans), key=lambda s: s[0] - s[1])[:top]
        if not spans:
            continue
        print(f"  {name}")
        for start, end in spans:
            print(f"    {(end - start) * 1000 - TICK_MS:6.1f} ms")
            for where, share in sampler.culprits(start, end):
                print(f"        {share:4.0%}  {where}")


def like_the_app(app: Any) -> None:
    """What hwclient's shell sets up before its loop runs: the style sheet (every widget
    is polished through it) and cycle collection on a UI-thread timer (its pauses land
    on the loop, so they count as stalls here too)."""
    from hwclient.ui import style
    from hwclient.ui.shell import collect_garbage_on_ui_thread

    style.apply(app)
    collect_garbage_on_ui_thread(app)


def main() -> int:
    parser = argparse.ArgumentParser(description="longest event-loop stalls in the app")
    parser.add_argument("--runs", type=int, default=3, help="runs of check, booking and join")
    parser.add_argument("--why", action="store_true", help="name the code behind each long stall")
    parser.add_argument(
        "--bare",
        action="store_true",
        help="without the shell's style sheet and timed cycle collection (as before 11:40 UTC)",
    )
    args = parser.parse_args()
    import qasync
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QApplication

    opened: list[str] = []

    def record_open(url: QUrl) -> bool:
        opened.append(url.toString())  # never start a browser or Zoom from a benchmark
        return True

    QDesktopServices.openUrl = staticmethod(record_open)  # type: ignore[method-assign]
    app = QApplication.instance() or QApplication(["hwclient-bench"])
    app.setQuitOnLastWindowClosed(False)  # as the app does: closing a page must not quit
    if not args.bare:
        like_the_app(app)
    sampler = StackSampler() if args.why else None
    if sampler is not None:
        sampler.start()
    with tempfile.TemporaryDirectory(prefix="hwbench-") as tmp, ServerProcess() as server:
        os.environ["HWCLIENT_CONFIG_DIR"] = str(Path(tmp) / "config")
        os.environ["HWCLIENT_LOG_DIR"] = str(Path(tmp) / "logs")
        with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner:
            results = runner.run(run(server, args.runs, Path(tmp) / "config"))
    report(results)
    print(f"  (Zoom links handed to the OS opener: {len(opened)})")
    if sampler is not None:
        sampler.stop()
        explain(results, sampler)
    return 0


if __name__ == "__main__":
    code = main()
    # Skip interpreter finalisation: PySide6 with qasync can abort while tearing down Qt
    # objects at exit ("none_dealloc"), which would turn a finished run into a failure.
    sys.stdout.flush()
    os._exit(code)
