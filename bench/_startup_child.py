"""One measured start, in its own process: `bare` (a plain QWidget), `deps`, `deps-text` or `app`.

Prints `painted` when the first widget paints (a window is on screen: for
the app, its start-up splash), for the app also `window` when the main window
first paints and `home` once the home page is shown with nothing left loading.
The parent (bench/startup.py) times the lines as they arrive and reads this
process's memory while it idles. Nothing is imported before the mode needs it,
so the bare baseline pays only for PySide6 and the app pays for what it loads.
The app runs through its real entry point (`hwclient.cli.main`); the only
hook wraps `make_application` to install the paint watcher once the QApplication exists.
"""

from __future__ import annotations

import sys
from typing import Any

POLL_MS = 10


def report(event: str) -> None:
    print(event, flush=True)


def paint_watcher(app: Any, on_paint: Any) -> Any:
    """An app-wide event filter calling on_paint(widget) for each Paint until it returns True."""
    from PySide6.QtCore import QEvent, QObject

    class PaintWatcher(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and on_paint(obj):
                app.removeEventFilter(self)
            return False

    watcher = PaintWatcher()
    app.installEventFilter(watcher)
    return watcher


def run_bare() -> int:
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication(sys.argv[:1])
    window = QWidget()
    window.setWindowTitle("baseline")
    window.resize(960, 680)
    keep = paint_watcher(app, lambda _widget: report("painted") or True)
    window.show()
    code = app.exec()
    del keep
    return code


def text_window() -> Any:
    """A plain window with a little text in ordinary widgets: a step list, two
    labels, a field and two buttons (about what a sign-in screen shows).
    Drawing any text loads fonts and glyph caches that the bare window never needs."""
    from PySide6.QtWidgets import (
        QHBoxLayout,
        QLabel,
        QLineEdit,
        QListWidget,
        QPushButton,
        QVBoxLayout,
        QWidget,
    )

    window = QWidget()
    window.resize(960, 680)
    row = QHBoxLayout(window)
    steps = QListWidget()
    steps.addItems(["1. Language", "2. Check my device", "3. Terms of use", "4. Sign in"])
    row.addWidget(steps)
    column = QVBoxLayout()
    row.addLayout(column, 1)
    column.addWidget(QLabel("Sign in"))
    column.addWidget(QLabel("Please sign in with the e-mail address you registered."))
    column.addWidget(QLineEdit("someone@example.jp"))
    column.addWidget(QPushButton("Sign in"))
    column.addWidget(QPushButton("Create an account"))
    column.addStretch(1)
    return window


def run_deps(server_url: str, with_text: bool) -> int:
    """A window plus the libraries the app cannot start without, used as it uses them.

    The floor under the app's memory: Qt's event loop under qasync, one
    request through httpx (with the app's import settings) and the keyring
    backend loaded; `with_text` also draws some text in ordinary widgets.
    What the app uses beyond this is its own windows and code.
    """
    import importlib

    # First, as in the app: PySide's cheap import hook, httpx without its CLI.
    for name in ("hwclient.ui", "hwclient.api._httpx_setup"):
        importlib.import_module(name)
    import asyncio

    import httpx
    import keyring
    import qasync
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication(sys.argv[:1])
    window = text_window() if with_text else QWidget()
    window.resize(960, 680)
    keep = paint_watcher(app, lambda _widget: report("painted") or True)

    async def main() -> None:
        window.show()
        async with httpx.AsyncClient(base_url=server_url) as client:
            (await client.get("/healthz")).raise_for_status()
        keyring.get_keyring()
        report("home")
        await asyncio.Event().wait()  # idle until the parent ends the process

    with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner:
        runner.run(main())
    del keep
    return 0


def run_app(argv: list[str]) -> int:
    """The real entry point; the hook only watches paints once the QApplication exists."""
    import hwclient.ui.app as app_module

    original = app_module.make_application
    kept: list[Any] = []
    seen: set[str] = set()

    def on_paint(widget: Any) -> bool:
        if "painted" not in seen:
            seen.add("painted")
            report("painted")  # the first window: the splash
        if widget.isWidgetType() and widget.window().objectName() == "main_window":
            report("window")
            watch_home(widget.window())
            return True
        return False

    def watch_home(window: Any) -> None:
        from PySide6.QtCore import QTimer

        timer = QTimer()
        timer.setInterval(POLL_MS)

        def poll() -> None:
            if window.current_key == "home" and window.ctx.pending_tasks == 0:
                timer.stop()
                report("home")

        timer.timeout.connect(poll)
        timer.start()
        kept.append(timer)

    def make_application() -> Any:
        app = original()
        kept.append(paint_watcher(app, on_paint))
        return app

    app_module.make_application = make_application  # type: ignore[assignment]
    from hwclient.cli import main

    return main(argv)


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "bare":
        sys.exit(run_bare())
    if mode in ("deps", "deps-text"):
        sys.exit(run_deps(sys.argv[2], with_text=mode == "deps-text"))
    sys.exit(run_app(sys.argv[2:]))
