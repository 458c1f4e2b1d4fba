"""One measured start, in its own process: `bare` (a plain QWidget) or `app` (hwclient).

Prints `painted` when the first widget paints (the window is on screen) and,
for the app, `home` once the home page is shown with nothing left loading.
The parent (bench/startup.py) times the lines as they arrive and reads this
process's memory while it idles. Nothing is imported before the mode needs it,
so the bare baseline pays only for PySide6 and the app pays for what it loads.
The app runs through its real entry point (`hwclient.cli.main`); the only
hook wraps `Shell.start` to install the paint watcher once the QApplication exists.
"""

from __future__ import annotations

import sys
from typing import Any

POLL_MS = 10


def report(event: str) -> None:
    print(event, flush=True)


def paint_watcher(app: Any, then: Any = None) -> Any:
    """An app-wide event filter that reports the first Paint, then removes itself."""
    from PySide6.QtCore import QEvent, QObject

    class FirstPaint(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                app.removeEventFilter(self)
                report("painted")
                if then is not None:
                    then()
            return False

    watcher = FirstPaint()
    app.installEventFilter(watcher)
    return watcher


def run_bare() -> int:
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication(sys.argv[:1])
    window = QWidget()
    window.setWindowTitle("baseline")
    window.resize(960, 680)
    keep = paint_watcher(app)
    window.show()
    code = app.exec()
    del keep
    return code


def run_app(argv: list[str]) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    import hwclient.ui.app as app_module

    original = app_module.Shell.start
    kept: list[Any] = []

    def watch_home(window: Any) -> None:
        timer = QTimer()
        timer.setInterval(POLL_MS)

        def poll() -> None:
            if window.current_key == "home" and window.ctx.pending_tasks == 0:
                timer.stop()
                report("home")

        timer.timeout.connect(poll)
        timer.start()
        kept.append(timer)

    def start(shell: Any, *, first_run: bool) -> None:
        app = QApplication.instance()
        kept.append(paint_watcher(app, lambda: watch_home(shell.window)))
        original(shell, first_run=first_run)

    app_module.Shell.start = start  # type: ignore[method-assign]
    from hwclient.cli import main

    return main(argv)


if __name__ == "__main__":
    mode = sys.argv[1]
    sys.exit(run_bare() if mode == "bare" else run_app(sys.argv[2:]))
