"""Update prompts: a newer version is offered, a too-old version is required to update.

The server's client policy names the latest and the minimum version. Below
the minimum (or on any 426 answer) the app cannot talk to the service, so
the person gets a dialog whose one action opens the download page. A newer
version that is not required only shows a banner with a Download button.
The app never downloads or runs installers itself: the OS and the person
stay in control.
"""

from __future__ import annotations

import logging
from enum import StrEnum

from packaging.version import InvalidVersion, Version
from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from hwclient import __version__
from hwclient.api import ApiError, ClientPolicy
from hwclient.ui.context import AppContext
from hwclient.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class UpdateNeed(StrEnum):
    NONE = "none"
    AVAILABLE = "available"
    REQUIRED = "required"


def update_need(current: str, latest: str, minimum: str) -> UpdateNeed:
    """Compare versions (PEP 440); an unreadable policy never blocks the app."""
    try:
        now = Version(current)
        if minimum and now < Version(minimum):
            return UpdateNeed.REQUIRED
        if latest and now < Version(latest):
            return UpdateNeed.AVAILABLE
    except InvalidVersion:
        log.warning("unreadable version in the client policy")
    return UpdateNeed.NONE


class UpdatePrompt(QObject):
    """Listens for "update required" and checks the policy once at start."""

    def __init__(self, ctx: AppContext, window: MainWindow, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.window = window
        self.dialog: QMessageBox | None = None
        self.need = UpdateNeed.NONE
        self.download_url = ""
        ctx.updateRequired.connect(self.require)

    async def check_policy(self, current: str = __version__) -> UpdateNeed:
        try:
            policy: ClientPolicy = await self.ctx.api.client_policy()
        except ApiError as exc:
            log.info("client policy not available: %s", type(exc).__name__)
            return UpdateNeed.NONE
        need = update_need(current, policy.latest_version, policy.minimum_version)
        if need == UpdateNeed.REQUIRED:
            self.require(policy.download_url)
        elif need == UpdateNeed.AVAILABLE:
            self.offer(policy.latest_version, policy.download_url)
        return need

    def offer(self, latest: str, url: str) -> None:
        self.need = UpdateNeed.AVAILABLE
        self.download_url = url
        self.ctx.updateAvailable.emit(latest, url)
        self.window.show_alert(
            self.tr("A new version of this app ({version}) is available.").format(version=latest),
            self.tr("&Download"),
            self.open_download,
        )

    def require(self, url: str) -> None:
        """Show (once) the dialog that explains the app must be updated."""
        self.need = UpdateNeed.REQUIRED
        self.download_url = url or self.download_url
        if self.dialog is not None and self.dialog.isVisible():
            return
        box = QMessageBox(self.window)
        box.setObjectName("update_required_box")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Please update the app"))
        box.setText(
            self.tr(
                "This version of the app is too old to use the service. Please download "
                "and install the new version. Your bookings are kept."
            )
        )
        download = box.addButton(
            self.tr("&Download the new version"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QMessageBox.StandardButton.Close)
        download.clicked.connect(self.open_download)
        self.dialog = box
        box.open()

    def open_download(self) -> None:
        if self.download_url.startswith("https://"):
            QDesktopServices.openUrl(QUrl(self.download_url))
        else:
            log.warning("refused a download link that is not https")
