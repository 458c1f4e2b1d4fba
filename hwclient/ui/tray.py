"""System tray icon: reminders as native notifications, and a menu to come back.

With "keep running in the tray" on, closing the window leaves the icon, so
reminders still arrive. Where there is no tray (some Linux desktops, tests),
notifications fall back to a banner in the window and a taskbar alert, so a
reminder is never lost silently.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from hwclient.ui.context import AppContext
from hwclient.ui.main_window import MainWindow
from hwclient.ui.widgets.icons import app_icon

MESSAGE_MS = 20_000


@dataclass(frozen=True)
class Notice:
    """One notification and where clicking it leads (page key and argument)."""

    title: str
    text: str
    page: str = "home"
    arg: object = None
    action: str = ""  # label of the in-window banner button, e.g. "Check my device now"


class Tray(QObject):
    shown = Signal(object)  # every Notice, as shown (tests, logs)

    def __init__(self, ctx: AppContext, window: MainWindow, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.window = window
        self.last: Notice | None = None
        self.icon = QSystemTrayIcon(app_icon(), self)
        self.menu = QMenu()
        self.open_action = QAction(self)
        self.check_action = QAction(self)
        self.bookings_action = QAction(self)
        self.quit_action = QAction(self)
        for action in (self.open_action, self.check_action, self.bookings_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        self.icon.setContextMenu(self.menu)
        self.open_action.triggered.connect(window.bring_to_front)
        self.check_action.triggered.connect(lambda: self._open_page("check", "home"))
        self.bookings_action.triggered.connect(lambda: self._open_page("bookings", None))
        self.quit_action.triggered.connect(window.quit_app)
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(self._message_clicked)
        ctx.languageChanged.connect(lambda _code: self.retranslate())
        self.retranslate()

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show(self) -> None:
        if self.available():
            self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    def retranslate(self) -> None:
        self.icon.setToolTip(self.tr("Hello Work online counselling"))
        self.open_action.setText(self.tr("&Open"))
        self.check_action.setText(self.tr("&Check my device"))
        self.bookings_action.setText(self.tr("My &bookings"))
        self.quit_action.setText(self.tr("&Quit"))

    def notify(self, notice: Notice) -> None:
        """A native notification when there is a tray; else a banner and a taskbar alert."""
        self.last = notice
        if self.available() and self.icon.isVisible() and self.icon.supportsMessages():
            self.icon.showMessage(
                notice.title, notice.text, QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS
            )
        if self.window.isVisible() or not self.available():
            self._banner(notice)
        self.shown.emit(notice)

    def _banner(self, notice: Notice) -> None:
        self.window.show_alert(
            f"{notice.title}\n{notice.text}",
            notice.action or None,
            lambda: self._open_page(notice.page, notice.arg),
        )
        QApplication.alert(self.window)

    def _message_clicked(self) -> None:
        if self.last is not None:
            self._open_page(self.last.page, self.last.arg)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.window.bring_to_front()

    def _open_page(self, key: str, arg: object) -> None:
        self.window.bring_to_front()
        self.window.go(key, arg)
