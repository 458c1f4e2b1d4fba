"""Start the desktop app: the QApplication and the splash first, the rest after.

This module stays light on purpose: between the click on the icon and the
first thing on screen there is only Python, Qt and the splash (measured by
bench/startup.py). The slow part (asyncio, the network stack, the keyring,
the window and its pages) lives in hwclient.ui.shell and is imported only
once the splash has been painted.
"""

from __future__ import annotations

import argparse
import sys

from PySide6.QtWidgets import QApplication

from hwclient import APP_AUTHOR, APP_NAME, __version__
from hwclient.ui.splash import show_splash
from hwclient.ui.widgets.icons import app_icon


def run_gui(args: argparse.Namespace) -> int:
    """Entry point used by `hwclient [--demo] [--server URL] [--lang CODE]`."""
    app = make_application()
    splash = show_splash(app, app_icon())
    from hwclient.ui.shell import run_shell

    return run_shell(app, args, splash)


def make_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_NAME)
    app.setWindowIcon(app_icon())
    app.setQuitOnLastWindowClosed(False)  # the window decides (tray mode)
    return app
