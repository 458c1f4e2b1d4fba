"""The app's colours, worked out from the OS palette so text always stays readable.

The OS decides light or dark (and the window, text and button colours); the
app only adds emphasis: the accent of the main action and the focus ring,
tinted banners, the free days of the booking calendar. Each added colour is
picked per scheme and every text colour is checked against the colour behind
it (WCAG AA, 4.5:1; 3:1 for edges and focus rings), falling back to black or
white when an unusual OS palette would make a pairing too faint. Nothing here
touches widgets: `style` turns a Theme into the style sheet.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

# WCAG AA minimum for body text, and for edges, icons and focus marks.
TEXT_CONTRAST = 4.5
EDGE_CONTRAST = 3.0

_Role = QPalette.ColorRole

# Banner backgrounds with the text drawn on them: (light scheme, dark scheme).
BANNERS = {
    "info": ("#e8f0fe", "#0f3050"),
    "warn": ("#fff4ce", "#4a3b00"),
    "error": ("#fde7e9", "#5c1a1a"),
    "ok": ("#e6f4ea", "#12391f"),
}
BANNER_TEXT = ("#1f1f1f", "#f2f2f2")
# Filled main button and focus ring. Each shows on its window (3:1), carries its
# button text (4.5:1) and the black or white ring a focused main button gets (3:1).
ACCENT = ("#0b57d0", "#3d8fe0")
RING_ON_ACCENT = ("#000000", "#ffffff")
FIELD_ERROR = (("#fde7e9", "#8a1020"), ("#5c1a1a", "#ffd7d9"))  # (background, text)
FREE_DAY = (("#cfe8d5", "#000000"), ("#1e4d2b", "#ffffff"))
# Day names in the calendar header as Japanese calendars colour them.
SUNDAY = ("#b3261e", "#ff8a80")
SATURDAY = ("#0b57d0", "#8ab8ff")


def luminance(color: QColor) -> float:
    """WCAG relative luminance of an sRGB colour (0 black .. 1 white)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(v) for v in (color.redF(), color.greenF(), color.blueF()))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(a: QColor | str, b: QColor | str) -> float:
    """WCAG contrast ratio, 1 (same colour) .. 21 (black on white)."""
    high, low = sorted((luminance(QColor(a)), luminance(QColor(b))), reverse=True)
    return (high + 0.05) / (low + 0.05)


def mix(a: QColor | str, b: QColor | str, weight: float) -> QColor:
    """`weight` of colour a, the rest of colour b."""
    ca, cb = QColor(a), QColor(b)
    return QColor.fromRgbF(
        ca.redF() * weight + cb.redF() * (1 - weight),
        ca.greenF() * weight + cb.greenF() * (1 - weight),
        ca.blueF() * weight + cb.blueF() * (1 - weight),
    )


def readable_on(background: QColor | str, preferred: QColor | str) -> str:
    """`preferred` if it is readable on `background`, else black or white, whichever is."""
    return readable_on_all([background], preferred)


def readable_on_all(backgrounds: list[QColor | str], preferred: QColor | str) -> str:
    """A text colour for several backgrounds (a button's rest, hover and pressed states)."""

    def worst(colour: QColor | str) -> float:
        return min(contrast(colour, background) for background in backgrounds)

    if worst(preferred) >= TEXT_CONTRAST:
        return QColor(preferred).name()
    return max(("#000000", "#ffffff"), key=worst)


def edge_between(near: QColor | str, far: QColor | str, minimum: float = EDGE_CONTRAST) -> str:
    """The colour closest to `far` on the way to `near` that still shows on `far`.

    Used for edges and muted text: as soft as possible, but never invisible.
    """
    for step in range(20, 101, 5):
        colour = mix(near, far, step / 100).name()  # judged as it will be drawn: #rrggbb
        if contrast(colour, far) >= minimum:
            return colour
    return readable_on(far, near)


def is_dark(palette: QPalette) -> bool:
    """Dark scheme: the window is darker than the text on it."""
    window = luminance(palette.color(_Role.Window))
    return window < luminance(palette.color(_Role.WindowText))


@dataclass(frozen=True)
class Theme:
    """Every colour the style sheet and the app's own painting use, as #rrggbb."""

    dark: bool
    window: str
    text: str
    base: str
    button: str
    button_text: str
    button_hover: str
    button_pressed: str
    edge: str  # borders of buttons and fields: visible on the window
    card_edge: str  # soft outline that groups a card's content
    muted_text: str  # disabled text: faded, but still readable
    accent: str  # main action and focus ring
    on_accent: str
    focus_on_accent: str  # focus ring around a button filled with the accent
    banner_text: str
    banners: dict[str, str]
    field_error: tuple[str, str]
    free_day: tuple[str, str]
    sunday: str
    saturday: str


def theme_for(palette: QPalette) -> Theme:
    """The app's colours for the OS palette `palette`."""
    dark = is_dark(palette)
    pick = int(dark)
    window = palette.color(_Role.Window).name()
    text = readable_on(window, palette.color(_Role.WindowText))
    button = palette.color(_Role.Button).name()
    accent = ACCENT[pick]
    hover, pressed = mix(accent, button, 0.15).name(), mix(accent, button, 0.3).name()
    return Theme(
        dark=dark,
        window=window,
        text=text,
        base=palette.color(_Role.Base).name(),
        button=button,
        button_text=readable_on_all([button, hover, pressed], palette.color(_Role.ButtonText)),
        button_hover=hover,
        button_pressed=pressed,
        edge=edge_between(text, window),
        card_edge=edge_between(text, window, 1.6),
        muted_text=edge_between(text, window),
        accent=accent,
        on_accent=readable_on(accent, "#ffffff"),
        focus_on_accent=RING_ON_ACCENT[pick],
        banner_text=BANNER_TEXT[pick],
        banners={kind: colours[pick] for kind, colours in BANNERS.items()},
        field_error=FIELD_ERROR[pick],
        free_day=FREE_DAY[pick],
        sunday=SUNDAY[pick],
        saturday=SATURDAY[pick],
    )


def indicator_backdrop(theme: Theme) -> str:
    """The "window" colour to hand check boxes and radio buttons so their edge shows.

    Fusion (Qt's own style, also used by Qt on Windows 10 in dark mode) draws
    the edge of a box or a circle 40 % darker than the window: on a dark window
    it vanishes, and even on Qt's light grey it is only 2:1, so an empty box is
    hard to see. These buttons paint no background of their own, so a stronger
    "window" changes only that edge. It aims at 4.5:1, as the thin anti-aliased
    circle of a radio button shows lighter than its colour.
    """
    for step in range(0, 101, 5):
        colour = mix(theme.text, theme.window, step / 100)
        edge = colour.darker(140).lighter(110)  # as Fusion derives it
        if contrast(edge, theme.window) >= TEXT_CONTRAST:
            return colour.name()
    return theme.text
