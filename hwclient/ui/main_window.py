"""The main window: side bar of steps, a header with Back, banners, the page stack.

The window owns navigation so a person always sees where they are (the side
bar highlights the current step) and can go back. Pages are created on first
use from the registry in `hwclient.ui.pages`; pages that do not exist yet are
left out. App-wide events are handled here: a sign-out remembers where the
person was and returns there after signing in again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hwclient import __version__
from hwclient.api import ApiError, NetworkError
from hwclient.logs import diagnostic_info
from hwclient.paths import resource
from hwclient.ui import style
from hwclient.ui.context import AppContext
from hwclient.ui.demo_mailbox import DemoMailbox
from hwclient.ui.pages import page_available, page_class
from hwclient.ui.pages.base import Page
from hwclient.ui.widgets.banner import Banner

log = logging.getLogger(__name__)

# the largest first size; people can make the window bigger themselves
START_MAX = (1200, 860)
SIGNED_OUT_NAV = ("language", "check", "terms", "signin")
SIGNED_IN_NAV = ("home", "book", "bookings", "check", "account", "settings")
AUTH_PAGES = frozenset({"signin", "register", "verify_sent", "forgot"})
# where to go when a page is not available (yet)
FALLBACK = {"terms": "signin", "signin": "check", "book": "home", "bookings": "home"}


class MainWindow(QMainWindow):
    """The one window of the app."""

    pageChanged = Signal(str)  # key of the page now shown
    closeToTray = Signal()  # closed while "keep running in the tray" is on
    quitRequested = Signal()  # the app should end (menu Quit, or window closed without tray)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pages: dict[str, Page] = {}
        self.current_key = ""
        self._history: list[tuple[str, object]] = []
        self._resume: tuple[str, object] | None = None
        self._signed_in = False
        self.tray_available = False  # set by the shell when a tray icon is shown
        self._quitting = False
        self._build()
        self._connect()
        self.retranslate()

    # -- construction -----------------------------------------------------
    def _build(self) -> None:
        self.setObjectName("main_window")
        self.setMinimumSize(*style.MIN_WINDOW)
        self.setWindowIcon(QIcon(str(resource("icons", "app.svg"))))
        self.sidebar = QListWidget(objectName="sidebar")
        self.sidebar.setMinimumWidth(200)
        self.sidebar.setMaximumWidth(320)
        # Long step names (Burmese, Portuguese) wrap instead of scrolling sideways.
        self.sidebar.setWordWrap(True)
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sidebar.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.back_button = QPushButton(objectName="back_button")
        self.title_label = style.set_role(QLabel(objectName="page_title"), "title")
        self.title_label.setWordWrap(True)
        self.demo_banner = Banner("info", objectName="demo_banner")
        self.alert_banner = Banner("warn", objectName="alert_banner")
        self.stack = QStackedWidget(objectName="page_stack")
        self.setCentralWidget(self._layout_central())
        self._build_menu()
        self.demo_banner.setVisible(self.ctx.demo is not None)
        self.alert_banner.hide()

    def _layout_central(self) -> QWidget:
        header = QHBoxLayout()
        header.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.title_label, 1)
        right = QVBoxLayout()
        right.addWidget(self.demo_banner)
        right.addWidget(self.alert_banner)
        right.addLayout(header)
        right.addWidget(self.stack, 1)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.VLine)
        central = QWidget()
        row = QHBoxLayout(central)
        row.addWidget(self.sidebar)
        row.addWidget(line)
        row.addLayout(right, 1)
        return central

    def _build_menu(self) -> None:
        bar = self.menuBar()
        self.app_menu = bar.addMenu("")
        self.quit_action = QAction(self, shortcut=QKeySequence.StandardKey.Quit)
        self.app_menu.addAction(self.quit_action)
        self.help_menu = bar.addMenu("")
        self.copy_diag_action = QAction(self)
        self.about_action = QAction(self)
        self.help_menu.addAction(self.copy_diag_action)
        self.help_menu.addAction(self.about_action)
        self.mailbox_action = QAction(self)
        self.mailbox_action.setVisible(self.ctx.demo is not None)
        self.app_menu.insertAction(self.quit_action, self.mailbox_action)
        self.mailbox: DemoMailbox | None = None

    def _connect(self) -> None:
        # Click or Enter opens a step; moving the highlight with the arrow keys
        # (or the list taking focus) does not navigate by surprise.
        self.sidebar.itemClicked.connect(self._sidebar_clicked)
        self.sidebar.itemActivated.connect(self._sidebar_clicked)
        self.back_button.clicked.connect(self.go_back)
        self.quit_action.triggered.connect(self.quit_app)
        self.copy_diag_action.triggered.connect(self.copy_diagnostic_info)
        self.about_action.triggered.connect(self.show_about)
        self.mailbox_action.triggered.connect(self.show_mailbox)
        self.ctx.signedIn.connect(self._on_signed_in)
        self.ctx.signedOut.connect(self._on_signed_out)
        self.ctx.unexpectedError.connect(self.show_unexpected_error)

    # -- texts --------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Hello Work online counselling"))
        self.back_button.setText(self.tr("< &Back"))
        self.back_button.setAccessibleName(self.tr("Back to the previous step"))
        self.sidebar.setAccessibleName(self.tr("Steps"))
        self.app_menu.setTitle(self.tr("&App"))
        self.quit_action.setText(self.tr("&Quit"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.copy_diag_action.setText(self.tr("&Copy diagnostic info for the help desk"))
        self.about_action.setText(self.tr("&About this app"))
        self.mailbox_action.setText(self.tr("Demo &mailbox"))
        self._retranslate_demo_banner()
        self._rebuild_sidebar()
        self._update_header()

    def _retranslate_demo_banner(self) -> None:
        demo = self.ctx.demo
        if demo is None:
            return
        text = self.tr(
            "Demo mode: nothing here is real. Sign in with {email} and the password {password}."
        ).format(email=demo.demo_email or "", password=demo.demo_password or "")
        self.demo_banner.set_text(text)
        self.demo_banner.set_action(self.tr("Demo &mailbox"), self.show_mailbox)

    def show_mailbox(self) -> None:
        """The demo's mails (non-modal), so a demo registration can be completed."""
        if self.ctx.demo is None:
            return
        if self.mailbox is None:
            self.mailbox = DemoMailbox(self.ctx, self)
            self.mailbox.signInRequested.connect(lambda: self.go("signin"))
        self.mailbox.show()
        self.mailbox.raise_()
        self.mailbox.activateWindow()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- navigation ---------------------------------------------------------
    def nav_keys(self) -> list[str]:
        keys = SIGNED_IN_NAV if self._signed_in else SIGNED_OUT_NAV
        return [key for key in keys if page_available(key)]

    def nav_title(self, key: str) -> str:
        """Side-bar label; known here so no page is built just to name it (fast start)."""
        titles = {
            "language": self.tr("Language"),
            "check": self.tr("Check my device"),
            "terms": self.tr("Terms of use"),
            "signin": self.tr("Sign in"),
            "home": self.tr("Home"),
            "book": self.tr("Book a session"),
            "bookings": self.tr("My bookings"),
            "account": self.tr("My account"),
            "settings": self.tr("Settings"),
        }
        page = self.pages.get(key)
        return titles.get(key) or (page.page_title() if page else key)

    def _rebuild_sidebar(self) -> None:
        self.sidebar.blockSignals(True)
        self.sidebar.clear()
        for number, key in enumerate(self.nav_keys(), start=1):
            title = self.nav_title(key)
            label = f"{number}. {title}" if not self._signed_in else title
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.sidebar.addItem(item)
        self._select_in_sidebar(self.current_key)
        self.sidebar.blockSignals(False)

    def _select_in_sidebar(self, key: str) -> None:
        for row in range(self.sidebar.count()):
            item = self.sidebar.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == key:
                self.sidebar.setCurrentRow(row)
                return
        self.sidebar.setCurrentRow(-1)

    def _sidebar_clicked(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            key = item.data(Qt.ItemDataRole.UserRole)
            if key != self.current_key:
                self.go(key)

    def page(self, key: str) -> Page:
        """Return the page for `key`, creating it on first use."""
        if key not in self.pages:
            cls = page_class(key)
            if cls is None:
                raise KeyError(key)
            page = cls(self.ctx)
            page.navigate.connect(self.go)
            self.pages[key] = page
            self.stack.addWidget(page_frame(page))
        return self.pages[key]

    def go(self, key: str, arg: object = None, *, remember: bool = True) -> None:
        """Show a page. Unknown keys are logged and ignored, never a crash."""
        while not page_available(key) and key in FALLBACK:
            key, arg = FALLBACK[key], None
        if not page_available(key) or page_class(key) is None:
            log.warning("navigation to unavailable page %r ignored", key)
            return
        if self._needs_sign_in(key):
            self._resume = (key, arg)
            key, arg = "signin", None
        if remember and self.current_key and self.current_key != key:
            self._history.append((self.current_key, None))
            del self._history[:-20]
        self._show(key, arg)

    def _needs_sign_in(self, key: str) -> bool:
        if self._signed_in or not page_available("signin"):
            return False
        cls = page_class(key)
        return bool(cls and cls.requires_session)

    def _show(self, key: str, arg: object) -> None:
        previous = self.pages.get(self.current_key)
        if previous is not None and self.current_key != key:
            previous.on_leave()
        page = self.page(key)
        self.current_key = key
        self.stack.setCurrentWidget(frame_of(page))
        self._update_header()
        self.sidebar.blockSignals(True)
        self._select_in_sidebar(key)
        self.sidebar.blockSignals(False)
        self.ctx.run(page.on_enter(arg))
        self.pageChanged.emit(key)

    def go_back(self) -> None:
        if self._history:
            key, arg = self._history.pop()
            self._show(key, arg)

    def _update_header(self) -> None:
        page = self.pages.get(self.current_key)
        self.title_label.setText(page.page_title() if page else "")
        self.back_button.setEnabled(bool(self._history))

    # -- start ----------------------------------------------------------------
    async def start(self, *, first_run: bool) -> None:
        """First launch: language → check → terms → sign in. Later: home or sign in."""
        if first_run and page_available("language"):
            self.go("language", remember=False)
            return
        try:
            restored = await self.ctx.session.restore() is not None
        except NetworkError:
            self._offline_on_start()
            return
        except ApiError as exc:
            log.info("session not restored: %s", type(exc).__name__)
            restored = False
        self.alert_banner.hide()
        if restored:
            self.ctx.signedIn.emit()
        else:
            self.go("signin", remember=False)

    def _offline_on_start(self) -> None:
        """Keep the saved sign-in and offer Retry; the device check works offline."""
        self.show_alert(
            self.tr(
                "Could not reach the Hello Work service. Check your internet connection, "
                "then press Try again. You can check your device meanwhile."
            ),
            self.tr("&Try again"),
            self._retry_start,
        )
        self.go("check", remember=False)

    def _retry_start(self) -> None:
        """After an offline start: the check page was our fallback, not the person's choice."""
        self._resume = self._resume or ("home", None)
        self.ctx.run(self.start(first_run=False))

    def show_alert(
        self, text: str, action: str | None = None, callback: Callable[[], object] | None = None
    ) -> None:
        """The warning strip above the page (signed out, offline...)."""
        self.alert_banner.set_text(text)
        self.alert_banner.set_action(action, callback)
        self.alert_banner.show()

    # -- session events -----------------------------------------------------
    @property
    def signed_in(self) -> bool:
        return self._signed_in

    def _on_signed_in(self) -> None:
        self._signed_in = True
        self.alert_banner.hide()
        self._rebuild_sidebar()
        if self.current_key == "terms":
            return  # consent comes first; the terms page goes on from there
        if self._resume or self.current_key not in SIGNED_IN_NAV:
            key, arg = self._resume or ("home", None)
            self._resume = None
            self._history.clear()
            self.go(key, arg, remember=False)

    def _on_signed_out(self) -> None:
        was_signed_in = self._signed_in
        self._signed_in = False
        if self.current_key and self.current_key not in AUTH_PAGES:
            self._resume = (self.current_key, None)
        self._rebuild_sidebar()
        if was_signed_in:
            self.show_alert(
                self.tr("You were signed out. Please sign in again to continue where you were.")
            )
        self._history.clear()
        self.go("signin", remember=False)

    # -- help ---------------------------------------------------------------
    def copy_diagnostic_info(self) -> None:
        QGuiApplication.clipboard().setText(diagnostic_text())
        self.statusBar().showMessage(
            self.tr("Diagnostic info copied. You can paste it into a mail to the help desk."),
            10000,
        )

    def show_about(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About this app"))
        box.setText(
            self.tr("Hello Work online counselling, version {version}").format(version=__version__)
        )
        box.open()

    def show_unexpected_error(self, summary: str) -> None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Something went wrong"))
        box.setText(
            self.tr(
                "Something went wrong in the app. Please try again. If it happens again, "
                "copy the diagnostic info and send it to the help desk."
            )
        )
        copy = box.addButton(self.tr("&Copy diagnostic info"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        copy.clicked.connect(self.copy_diagnostic_info)
        box.setObjectName("unexpected_error_box")
        box.open()
        log.info("unexpected error shown to the user: %s", summary)

    # -- closing ------------------------------------------------------------
    @property
    def run_in_tray(self) -> bool:
        return self.tray_available and self.ctx.settings.run_in_tray and not self._quitting

    def quit_app(self) -> None:
        """Ask the app to end; app.py cleans up (tasks, server) while the loop still runs."""
        self._quitting = True
        self.quitRequested.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.run_in_tray:
            event.ignore()
            self.hide()
            self.closeToTray.emit()
            return
        super().closeEvent(event)
        self.quitRequested.emit()

    def resize_for_screen(self, available: QRect) -> None:
        """The first size: roomy on a large screen, within the work area on a small one."""
        self.resize(start_size(available, style.MIN_WINDOW))

    def bring_to_front(self) -> None:
        """Used by the single-instance server and the tray icon."""
        self.show()
        self.setWindowState(
            (self.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
        )
        self.raise_()
        self.activateWindow()


def page_frame(page: Page) -> QScrollArea:
    """A page in a frameless scroll area: with large OS text or a small screen,
    a page scrolls instead of being squeezed below the size its text needs
    (the window's minimum size would otherwise win over the page's)."""
    frame = QScrollArea(objectName="page_frame")
    frame.setFrameShape(QFrame.Shape.NoFrame)
    frame.setWidgetResizable(True)
    frame.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the page's controls
    frame.setWidget(page)
    return frame


def frame_of(page: Page) -> QWidget:
    """The stack's entry for `page` (its scroll area)."""
    viewport = page.parentWidget()
    frame = viewport.parentWidget() if viewport is not None else None
    return frame if isinstance(frame, QScrollArea) else page


def start_size(available: QRect, minimum: tuple[int, int]) -> QSize:
    """Roomy on a large screen, never bigger than the screen's work area."""
    width = min(max(minimum[0], round(available.width() * 0.75)), START_MAX[0])
    height = min(max(minimum[1], round(available.height() * 0.85)), START_MAX[1])
    return QSize(min(width, available.width()), min(height, available.height()))


def diagnostic_text() -> str:
    """The help-desk text: versions, OS, recent problems; nothing personal (hwclient.logs)."""
    return diagnostic_info()
