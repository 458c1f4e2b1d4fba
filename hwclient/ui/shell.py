"""Everything after the splash: services, asyncio loop, window, tray.

hwclient.ui.app shows the splash first; this module holds what is slow to
import (asyncio, qasync, the network stack, the pages) and runs the app.
One asyncio loop (qasync) drives both Qt and the network, so nothing blocks
the UI. Start-up order matters: the single-instance check comes before any
main window (a second launch only wakes the first), translators before any
widget (so the first paint is in the right language), and at quit every task
is cancelled and awaited before the loop closes.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import logging
import signal
import sys
import traceback
from types import TracebackType

import qasync
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from hwclient import APP_NAME
from hwclient.api import InsecureServerURL
from hwclient.demo import DemoUnavailable, start_demo_server
from hwclient.i18n import Translators, language, system_language
from hwclient.logs import setup_logging, shutdown_logging
from hwclient.ui import style
from hwclient.ui.context import AppContext
from hwclient.ui.single_instance import SingleInstance
from hwclient.ui.splash import Splash, close_splash

log = logging.getLogger(__name__)


def run_shell(app: QApplication, args: argparse.Namespace, splash: Splash | None = None) -> int:
    """Run the app in `app` (made by hwclient.ui.app); the splash closes when the window shows."""
    setup_logging()
    instance = SingleInstance(instance_key(args))
    if not instance.acquire():
        close_splash(splash)
        log.info("another window is already open; asked it to come to the front")
        return 0
    style.apply(app)
    sys.excepthook = _excepthook
    gc_timer = collect_garbage_on_ui_thread(app)
    try:
        with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner:
            return runner.run(_main(app, args, instance, splash))
    finally:
        gc_timer.stop()
        gc.enable()
        instance.release()
        shutdown_logging()


def _quit_on_signals(quit_event: asyncio.Event) -> None:
    """Ctrl+C in a terminal or a polite kill ends the app cleanly (tasks cancelled, logs closed)."""
    loop = asyncio.get_running_loop()
    for name in ("SIGINT", "SIGTERM"):
        number = getattr(signal, name, None)
        if number is not None:
            signal.signal(number, lambda *_args: loop.call_soon_threadsafe(quit_event.set))


def collect_garbage_on_ui_thread(app: QApplication, interval_ms: int = 500) -> QTimer:
    """Run Python's cycle collector only on the UI thread.

    The collector runs in whichever thread happens to allocate; with the demo
    server and worker threads in this process, it could free a Qt object from
    the wrong thread, leaving Qt a dangling timer (a crash later). So
    automatic collection is off and this timer collects, generation by
    generation, as the thresholds say.
    """
    gc.disable()
    timer = QTimer(app)
    timer.setInterval(interval_ms)

    def collect() -> None:
        counts, thresholds = gc.get_count(), gc.get_threshold()
        for generation in (2, 1, 0):
            if counts[generation] > thresholds[generation]:
                gc.collect(generation)
                break

    timer.timeout.connect(collect)
    timer.start()
    return timer


def instance_key(args: argparse.Namespace) -> str:
    """One window per settings folder; the demo may run beside the real app."""
    from hwclient.settings import config_dir

    mode = "demo" if args.demo else "app"
    return f"{APP_NAME}-{mode}-{config_dir()}"


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """Last resort: the traceback goes to the log, the person gets kind words."""
    log.error("unhandled exception:\n%s", "".join(traceback.format_exception(kind, exc, tb)))
    ctx = _CURRENT.get("ctx")
    if isinstance(ctx, AppContext):
        ctx.unexpectedError.emit(kind.__name__)


_CURRENT: dict[str, object] = {}


async def _main(
    app: QApplication,
    args: argparse.Namespace,
    instance: SingleInstance,
    splash: Splash | None = None,
) -> int:
    # Cleanup must happen while the loop still runs, so quitting sets this event
    # and `_main` returns after cleaning up (which ends the loop), rather than
    # app.quit() stopping the loop under pending network tasks.
    quit_event = asyncio.Event()
    app.aboutToQuit.connect(quit_event.set)
    _quit_on_signals(quit_event)
    try:
        ctx = await build_context(args)
    except (DemoUnavailable, InsecureServerURL) as exc:
        log.error("cannot start: %s", exc)
        close_splash(splash)
        await show_startup_error(exc.user_message())
        return 1
    _CURRENT["ctx"] = ctx
    first_run = not (args.lang or ctx.settings.language)
    shell = Shell(ctx)
    instance.activated.connect(shell.window.bring_to_front)
    shell.window.quitRequested.connect(quit_event.set)
    shell.start(first_run=first_run)
    close_splash(splash, shell.window)
    log.info("window shown (first run: %s, demo: %s)", first_run, ctx.demo is not None)
    await quit_event.wait()
    shell.stop()
    await ctx.shutdown()
    if ctx.demo is not None:
        await asyncio.to_thread(ctx.demo.stop)
    _CURRENT.clear()
    log.info("closed cleanly")
    return 0


async def show_startup_error(text: str) -> None:
    """A message before any window exists; shown with open(), awaited without exec()."""
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text, QMessageBox.StandardButton.Close)
    closed: asyncio.Future[int] = asyncio.get_running_loop().create_future()
    box.finished.connect(lambda result: closed.done() or closed.set_result(result))
    box.open()
    await closed


async def build_context(args: argparse.Namespace) -> AppContext:
    """Create the services the pages use; `--demo` starts the embedded server first."""
    from hwclient.api import ApiClient
    from hwclient.session import Session
    from hwclient.settings import Settings

    settings = Settings.load()
    demo = None
    server_url = args.server or settings.server_url
    if args.demo:
        demo = await asyncio.to_thread(start_demo_server)
        server_url = demo.url
    code = initial_language(args.lang, settings.language, system_language())
    translators = Translators()
    translators.switch(code)
    api = ApiClient(server_url)
    api.set_language(code)
    session = Session(api, settings)
    return AppContext(
        settings=settings, api=api, session=session, translators=translators, demo=demo
    )


def initial_language(cli: str | None, saved: str | None, system: str) -> str:
    """--lang wins, then the person's earlier choice, then the OS language (first run)."""
    return language(cli or saved or system).code


class Shell:
    """The window plus everything around it: tray, reminders, update prompt."""

    def __init__(self, ctx: AppContext) -> None:
        from hwclient.ui.main_window import MainWindow
        from hwclient.ui.notifications import ReminderNotifier
        from hwclient.ui.tray import Tray
        from hwclient.ui.update import UpdatePrompt

        self.ctx = ctx
        self.window = MainWindow(ctx)
        self.tray = Tray(ctx, self.window)
        self.notifier = ReminderNotifier(ctx, self.tray)
        self.updates = UpdatePrompt(ctx, self.window)

    def start(self, *, first_run: bool) -> None:
        self.tray.show()
        self.window.tray_available = self.tray.available()
        screen = QApplication.primaryScreen()
        if screen is not None:
            self.window.resize_for_screen(screen.availableGeometry())
        self.window.show()
        self.notifier.start()
        self.ctx.run(self.window.start(first_run=first_run))
        self.ctx.run(self.updates.check_policy())

    def stop(self) -> None:
        self.notifier.stop()
        self.tray.hide()
        self.window.hide()
