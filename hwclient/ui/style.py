"""The app's look: large text, big buttons, strong focus marks, OS light or dark.

Many users are older or read Japanese as a second language, so the base font
is at least 12 pt (and follows the OS size when that is larger), buttons are
tall with clear verbs, and the keyboard focus is a thick ring that is always
visible. Colours come from the OS palette through `theme` and follow a
switch between light and dark while the app runs; we only add emphasis
(primary button, banners), never information by colour alone.

The focus ring is a border that gets thicker while the padding inside gets
thinner by the same amount, so focus never moves or covers the text (a Qt
`outline` is drawn over the text box and hid the first and last letters).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from hwclient.ui.theme import Theme, indicator_backdrop, theme_for

MIN_POINT_SIZE = 12.0
TITLE_SCALE = 1.6
# Fits a 1280x720 screen (a laptop at 150-200 %) with its title bar and taskbar.
MIN_WINDOW = (960, 640)
# Focus ring and resting edge of buttons, fields and lists, in pixels.
RING = 3
EDGE = 1


def base_point_size() -> float:
    font = QGuiApplication.font()
    size = font.pointSizeF() if font.pointSizeF() > 0 else MIN_POINT_SIZE
    return max(MIN_POINT_SIZE, size)


def stylesheet(theme: Theme, point_size: float) -> str:
    """The whole application's style sheet for `theme` at the base font size."""
    pad = round(point_size * 0.6)
    return "".join(
        (
            _buttons(theme, pad, point_size),
            _primary_buttons(theme),
            _fields(theme),
            _checks(theme, pad, round(point_size * 1.6)),
            _text_roles(point_size),
            _surfaces(theme),
            _lists(theme, pad, point_size),
        )
    )


def _box(border: int, vertical: int, horizontal: int) -> str:
    """Border width + padding; the sum stays the same whether focused or not."""
    gap = RING - border
    return f"border-width: {border}px; padding: {vertical + gap}px {horizontal + gap}px;"


def _buttons(t: Theme, pad: int, point_size: float) -> str:
    return f"""
QPushButton {{ background: {t.button}; color: {t.button_text}; border-style: solid;
    border-color: {t.edge}; border-radius: 6px; {_box(EDGE, pad, pad * 2)}
    min-height: {round(point_size * 2)}px; }}
QPushButton:hover {{ background: {t.button_hover}; }}
QPushButton:pressed, QPushButton:checked {{ background: {t.button_pressed}; }}
QPushButton:focus {{ border-color: {t.accent}; {_box(RING, pad, pad * 2)} }}
QPushButton:disabled {{ background: {t.window}; color: {t.muted_text}; border-style: dashed;
    border-color: {t.muted_text}; {_box(EDGE, pad, pad * 2)} }}
"""


def _primary_buttons(t: Theme) -> str:
    return f"""
QPushButton[primary="true"] {{ background: {t.accent}; color: {t.on_accent};
    border-color: {t.accent}; font-weight: bold; }}
QPushButton[primary="true"]:focus {{ border-color: {t.focus_on_accent}; }}
QPushButton[primary="true"]:disabled {{ background: {t.window}; color: {t.muted_text};
    border-color: {t.muted_text}; }}
"""


def _fields(t: Theme) -> str:
    return f"""
QLineEdit, QTextEdit, QPlainTextEdit {{ background: {t.base}; border-style: solid;
    border-color: {t.edge}; border-radius: 4px; }}
QLineEdit {{ {_box(EDGE, 2, 4)} }}
QLineEdit:focus {{ border-color: {t.accent}; {_box(RING, 2, 4)} }}
QTextEdit, QPlainTextEdit {{ {_box(EDGE, 0, 0)} }}
QTextEdit:focus, QPlainTextEdit:focus {{ border-color: {t.accent}; {_box(RING, 0, 0)} }}
QLabel#field_error {{ background: {t.field_error[0]}; color: {t.field_error[1]};
    border-radius: 4px; padding: 4px; }}
"""


def _checks(t: Theme, pad: int, box: int) -> str:
    # A transparent ring is always there, so taking focus only colours it.
    return f"""
QCheckBox::indicator, QRadioButton::indicator {{ width: {box}px; height: {box}px; }}
QCheckBox, QRadioButton {{ spacing: {pad}px; min-height: {box}px; padding: 2px;
    border: {RING}px solid transparent; border-radius: 4px; }}
QCheckBox:focus, QRadioButton:focus {{ border-color: {t.accent}; }}
"""


def _text_roles(point_size: float) -> str:
    return f"""
QLabel[role="title"] {{ font-size: {point_size * TITLE_SCALE:.1f}pt; font-weight: bold; }}
QLabel[role="subtitle"] {{ font-size: {point_size * 1.2:.1f}pt; font-weight: bold; }}
QLabel[role="big"] {{ font-size: {point_size * 2.2:.1f}pt; font-weight: bold; }}
"""


def _surfaces(t: Theme) -> str:
    banners = "".join(
        f'QFrame[banner="{kind}"] {{ background: {colour}; border-radius: 6px; }}\n'
        f'QFrame[banner="{kind}"] QLabel {{ color: {t.banner_text}; }}\n'
        for kind, colour in t.banners.items()
    )
    card = f'QFrame[card="true"] {{ border: 1px solid {t.card_edge}; border-radius: 8px; }}\n'
    # Separator lines (HLine 4, VLine 5): soft, not the OS palette's bright white in dark mode.
    lines = f'QFrame[frameShape="4"], QFrame[frameShape="5"] {{ color: {t.card_edge}; }}\n'
    return banners + card + lines


def _lists(t: Theme, pad: int, point_size: float) -> str:
    # No dotted rectangle over the current item: the highlight shows it, the ring shows focus.
    # Chosen items and selected text in the accent: some OS highlights (Qt's own light
    # blue) carry white text at less than 4.5:1.
    return f"""
QAbstractItemView, QLineEdit, QTextEdit, QPlainTextEdit {{
    selection-background-color: {t.accent}; selection-color: {t.on_accent}; }}
QCalendarWidget QWidget#qt_calendar_navigationbar {{ background: {t.accent}; }}
QCalendarWidget QToolButton {{ color: {t.on_accent}; }}
QListWidget {{ border-style: solid; border-color: {t.edge}; outline: 0; {_box(EDGE, 0, 0)} }}
QListWidget:focus {{ border-color: {t.accent}; {_box(RING, 0, 0)} }}
QListWidget#sidebar {{ font-size: {point_size * 1.05:.1f}pt; }}
QListWidget#sidebar::item {{ padding: {pad}px; }}
QListWidget#sidebar::item:selected {{ background: {t.accent}; color: {t.on_accent}; }}
"""


def apply(app: QApplication) -> None:
    """Set the base font and the style sheet, and keep following the OS light/dark switch."""
    font = QFont(app.font())
    font.setPointSizeF(base_point_size())
    app.setFont(font)
    _restyle(app)
    if not app.property("hwclientFollowsScheme"):
        # Qt hands a running app the new OS palette on a light/dark switch.
        app.paletteChanged.connect(lambda _palette: _restyle(app))
        app.setProperty("hwclientFollowsScheme", True)


def _restyle(app: QApplication) -> None:
    theme = theme_for(app.palette())
    sheet = stylesheet(theme, app.font().pointSizeF())
    if sheet != app.styleSheet():  # setting the sheet may report a palette change again
        app.setStyleSheet(sheet)
    _show_indicator_edges(app, theme)


def _show_indicator_edges(app: QApplication, theme: Theme) -> None:
    """Check boxes and radio buttons get a palette whose edge colour shows on the window."""
    palette = QPalette(app.palette())
    palette.setColor(QPalette.ColorRole.Window, QColor(indicator_backdrop(theme)))
    for class_name in ("QCheckBox", "QRadioButton"):
        if QApplication.palette(class_name) != palette:
            app.setPalette(palette, class_name)


def current_theme() -> Theme:
    """The colours in use now, for widgets that paint some themselves (calendar)."""
    return theme_for(QGuiApplication.palette())


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
