"""The start-up splash: the app's icon on screen while the rest loads.

Loading the network stack, the keyring and the pages takes a noticeable
while on an older PC (and the embedded demo server longer still). Without a
sign of life, people click the icon again or think the app is broken. So the
first thing the app does after creating the QApplication is show this splash,
and it waits (briefly, bounded) until it has been painted before the heavy
imports begin. It carries only the icon: no text, so nothing depends on the
language, which is not known yet. It uses QtCore/QtGui/QtWidgets and the icon
file only, so it costs almost nothing (bench/startup.py measures it).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QEventLoop, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QLabel, QWidget

SIZE = (280, 200)
ICON_PX = 112
PAINT_WAIT_MS = 250  # never hold up start-up longer than this for a slow window manager
CLOSE_FALLBACK_MS = 3000


def splash_pixmap(icon: QIcon, palette: QPalette, ratio: float = 1.0) -> QPixmap:
    """A card in the OS window colour with the icon in the middle (sharp on HiDPI)."""
    width, height = SIZE
    pixmap = QPixmap(round(width * ratio), round(height * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(palette.color(QPalette.ColorRole.Window))
    painter = QPainter(pixmap)
    try:
        painter.setPen(QColor(palette.color(QPalette.ColorRole.Mid)))
        painter.drawRect(0, 0, width - 1, height - 1)
        left, top = (width - ICON_PX) // 2, (height - ICON_PX) // 2
        icon.paint(painter, QRect(left, top, ICON_PX, ICON_PX))
    finally:
        painter.end()
    return pixmap


class _FirstPaint(QObject):
    """Quits a local event loop once the watched widget has been painted."""

    def __init__(self, loop: QEventLoop) -> None:
        super().__init__()
        self.loop = loop
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted = True
            self.loop.quit()  # takes effect once this paint has been done and flushed
        return False


class Splash(QLabel):
    """A frameless, centred picture.

    Not QSplashScreen: its show() blocks for up to a second waiting for the
    window manager (measured here, under Xvfb and offscreen alike).
    """

    def __init__(self, pixmap: QPixmap) -> None:
        super().__init__()
        self.setObjectName("startup_splash")
        self.setWindowFlags(Qt.WindowType.SplashScreen | Qt.WindowType.FramelessWindowHint)
        self.setPixmap(pixmap)
        self.setFixedSize(*SIZE)
        screen = QApplication.primaryScreen()
        if screen is not None:
            frame = self.frameGeometry()
            frame.moveCenter(screen.availableGeometry().center())
            self.move(frame.topLeft())


def show_splash(app: QApplication, icon: QIcon) -> Splash:
    """Show the splash and return once it is on screen (or PAINT_WAIT_MS passed)."""
    screen = app.primaryScreen()
    ratio = screen.devicePixelRatio() if screen is not None else 1.0
    splash = Splash(splash_pixmap(icon, app.palette(), ratio))
    wait_until_painted(splash)
    return splash


def wait_until_painted(widget: QWidget, timeout_ms: int = PAINT_WAIT_MS) -> bool:
    """Show `widget` and run Qt's events until its first paint; True when it was painted.

    Only used before the asyncio loop exists, so this small local loop cannot
    re-enter asyncio callbacks.
    """
    loop = QEventLoop()
    watcher = _FirstPaint(loop)
    timeout = QTimer(loop, singleShot=True, interval=timeout_ms)
    timeout.timeout.connect(loop.quit)
    widget.installEventFilter(watcher)
    timeout.start()
    widget.show()
    if not watcher.painted:
        loop.exec()
    timeout.stop()
    widget.removeEventFilter(watcher)
    return watcher.painted


def close_splash(splash: Splash | None, window: QWidget | None = None) -> None:
    """Close it once `window` has painted (no blank moment), or at once without one.

    Nothing here spins Qt's events (as QSplashScreen.finish() does), which
    under qasync would re-enter asyncio callbacks. A bounded timer closes the splash
    even if the window never paints (hidden to the tray, say).
    """
    if splash is None:
        return
    if window is None:
        _close(splash)
        return
    closer = _CloseOnPaint(splash, window)
    QApplication.instance().installEventFilter(closer)  # the window's children paint too
    QTimer.singleShot(CLOSE_FALLBACK_MS, closer, closer.close_now)


def _close(splash: Splash) -> None:
    splash.close()
    splash.deleteLater()


class _CloseOnPaint(QObject):
    """Closes the splash after the main window's first paint, then goes away itself."""

    def __init__(self, splash: Splash, window: QWidget) -> None:
        super().__init__(splash)  # lives as long as the splash
        self.splash: Splash | None = splash
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and self.splash is not None
            and isinstance(watched, QWidget)
            and watched.window() is self.window
        ):
            QTimer.singleShot(0, self, self.close_now)  # after this paint is on screen
        return False

    def close_now(self) -> None:
        QApplication.instance().removeEventFilter(self)
        splash, self.splash = self.splash, None
        if splash is not None:
            _close(splash)
