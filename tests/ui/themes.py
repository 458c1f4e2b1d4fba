"""OS colour schemes to run the app under, as the platform would hand them to Qt.

The offscreen test platform has no dark mode of its own, so these palettes are
built the way Qt's platform themes build them: `windows_dark` follows the dark
palette of Qt's Windows theme (background #1e1e1e, button twice as light,
white text, the default blue accent), `gnome_dark` the Adwaita dark colours
Qt gets from GNOME. Setting one on the application is what an OS switch to
dark mode does to a running app.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QColor, QPalette

Role = QPalette.ColorRole
Group = QPalette.ColorGroup


def _dark(
    window: str, base: str, button: str, accent: str, link: str, text: str = "#ffffff"
) -> QPalette:
    palette = QPalette()
    fg, bg, btn, hi = QColor(text), QColor(window), QColor(button), QColor(accent)
    roles = {
        Role.WindowText: fg,
        Role.Text: fg,
        Role.ButtonText: fg,
        Role.BrightText: QColor("#99ebff"),
        Role.Window: bg,
        Role.Base: QColor(base),
        Role.AlternateBase: bg.lighter(130),
        Role.Button: btn,
        Role.Light: btn.lighter(200),
        Role.Midlight: btn.lighter(150),
        Role.Mid: btn.darker(150),
        Role.Dark: btn.darker(200),
        Role.Shadow: QColor("#000000"),
        Role.Highlight: hi,
        Role.HighlightedText: QColor("#000000" if hi.lightness() > 128 else "#ffffff"),
        Role.Link: QColor(link),
        Role.LinkVisited: QColor(link).darker(120),
        Role.ToolTipBase: btn,
        Role.ToolTipText: fg,
        Role.PlaceholderText: fg.darker(150),
    }
    for role, colour in roles.items():
        palette.setColor(Group.All, role, colour)
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(Group.Disabled, role, QColor("#7a7a7a"))
    return palette


def windows_dark() -> QPalette:
    return _dark("#1e1e1e", "#2d2d2d", "#3c3c3c", "#0078d4", "#4cc2ff")


def gnome_dark() -> QPalette:
    return _dark("#242424", "#1e1e1e", "#303030", "#3584e4", "#78aeed")


def light_default() -> QPalette:
    """Qt's own light palette (Fusion), what the offscreen platform starts with."""
    from PySide6.QtWidgets import QApplication

    return QApplication.style().standardPalette()


DARK_THEMES: dict[str, Callable[[], QPalette]] = {
    "windows_dark": windows_dark,
    "gnome_dark": gnome_dark,
}
