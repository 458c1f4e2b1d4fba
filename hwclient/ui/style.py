"""The app's look: large text, big buttons, strong focus marks.

Many users are older or read Japanese as a second language, so the base font
is at least 12 pt (and follows the OS size when that is larger), buttons are
tall with clear verbs, and the keyboard focus is always visible. Colours come
from the palette so the OS dark/light scheme is followed; we only add
emphasis (primary button, banners), never information by colour alone.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

MIN_POINT_SIZE = 12.0
TITLE_SCALE = 1.6
MIN_WINDOW = (960, 680)


def base_point_size() -> float:
    font = QGuiApplication.font()
    size = font.pointSizeF() if font.pointSizeF() > 0 else MIN_POINT_SIZE
    return max(MIN_POINT_SIZE, size)


def _is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def stylesheet(dark: bool, point_size: float) -> str:
    accent = "#5aa9ff" if dark else "#0b57d0"
    on_accent = "#000000" if dark else "#ffffff"
    warn_bg = "#4a3b00" if dark else "#fff4ce"
    error_bg = "#5c1a1a" if dark else "#fde7e9"
    info_bg = "#0f3050" if dark else "#e8f0fe"
    ok_bg = "#12391f" if dark else "#e6f4ea"
    pad = round(point_size * 0.6)
    box = round(point_size * 1.6)  # big enough to hit, and to see the tick
    return f"""
QPushButton {{ padding: {pad}px {pad * 2}px; min-height: {round(point_size * 2)}px; }}
QPushButton[primary="true"] {{ background: {accent}; color: {on_accent}; font-weight: bold;
    border: 2px solid {accent}; border-radius: 6px; }}
QPushButton[primary="true"]:disabled {{ background: palette(mid); border-color: palette(mid);
    color: palette(window); }}
QPushButton:focus, QCheckBox:focus, QRadioButton:focus, QListWidget:focus, QLineEdit:focus {{
    outline: 3px solid {accent}; }}
QCheckBox::indicator, QRadioButton::indicator {{ width: {box}px; height: {box}px; }}
QCheckBox, QRadioButton {{ spacing: {pad}px; min-height: {box + 8}px; }}
QLabel[role="title"] {{ font-size: {point_size * TITLE_SCALE:.1f}pt; font-weight: bold; }}
QLabel[role="subtitle"] {{ font-size: {point_size * 1.2:.1f}pt; font-weight: bold; }}
QLabel[role="big"] {{ font-size: {point_size * 2.2:.1f}pt; font-weight: bold; }}
QFrame[banner="info"] {{ background: {info_bg}; border-radius: 6px; }}
QFrame[banner="warn"] {{ background: {warn_bg}; border-radius: 6px; }}
QFrame[banner="error"] {{ background: {error_bg}; border-radius: 6px; }}
QFrame[banner="ok"] {{ background: {ok_bg}; border-radius: 6px; }}
QFrame[card="true"] {{ border: 1px solid palette(mid); border-radius: 8px; }}
QListWidget#sidebar {{ font-size: {point_size * 1.05:.1f}pt; }}
QListWidget#sidebar::item {{ padding: {pad}px; }}
QListWidget#sidebar::item:selected {{ background: {accent}; color: {on_accent}; }}
"""


def apply(app: QApplication) -> None:
    """Set the base font and the style sheet on the whole application."""
    font = QFont(app.font())
    font.setPointSizeF(base_point_size())
    app.setFont(font)
    app.setStyleSheet(stylesheet(_is_dark(app.palette()), font.pointSizeF()))


def make_primary(button: QAbstractButton) -> QAbstractButton:
    """Mark the one main action of a page (filled accent colour)."""
    button.setProperty("primary", True)
    _repolish(button)
    return button


def set_role(label: QLabel, role: str) -> QLabel:
    """Give a label a text role: "title", "subtitle" or "big"."""
    label.setProperty("role", role)
    _repolish(label)
    return label


def wrap(label: QLabel) -> QLabel:
    """Labels grow with long translations instead of clipping."""
    label.setWordWrap(True)
    return label


def _repolish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)
