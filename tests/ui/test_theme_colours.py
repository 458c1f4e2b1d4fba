"""The app's colours for each OS scheme: readable pairs, nothing light left in dark mode.

The rendered pages are measured in test_theme_dark.py; these tests cover what a
screenshot of a resting window cannot show: hover and pressed buttons, every
banner kind, field errors, calendar days, and OS palettes that are unusual
(high contrast, low-contrast custom colours). They also check that the app
follows the OS when it switches between light and dark while running.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLineEdit,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

from hwclient.ui import style
from hwclient.ui.theme import (
    EDGE_CONTRAST,
    TEXT_CONTRAST,
    Theme,
    contrast,
    luminance,
    theme_for,
)
from hwclient.ui.widgets.banner import Banner
from hwclient.ui.widgets.form_fields import Field
from tests.ui.conftest import _qapp
from tests.ui.contrast import text_contrasts
from tests.ui.themes import gnome_dark, light_default, windows_dark

pytestmark = pytest.mark.gui
Role = QPalette.ColorRole


def _palette(window: str, text: str, button: str, button_text: str) -> QPalette:
    palette = QPalette(light_default())
    for role, colour in (
        (Role.Window, window),
        (Role.WindowText, text),
        (Role.Base, window),
        (Role.Text, text),
        (Role.Button, button),
        (Role.ButtonText, button_text),
    ):
        palette.setColor(QPalette.ColorGroup.All, role, QColor(colour))
    return palette


PALETTES: dict[str, Callable[[], QPalette]] = {
    "light": light_default,
    "windows_dark": windows_dark,
    "gnome_dark": gnome_dark,
    "high_contrast_black": lambda: _palette("#000000", "#ffffff", "#000000", "#ffff00"),
    "high_contrast_white": lambda: _palette("#ffffff", "#000000", "#ffffff", "#000000"),
    # a home-made scheme whose button text is too faint: the app must not copy that
    "faint_buttons": lambda: _palette("#3a3a3a", "#e0e0e0", "#808080", "#999999"),
}


@pytest.fixture(params=list(PALETTES))
def theme(request: pytest.FixtureRequest) -> Theme:
    _qapp()
    return theme_for(PALETTES[request.param]())


def text_pairs(t: Theme) -> dict[str, tuple[str, str]]:
    """Every (text, background) the app itself decides on."""
    pairs = {
        "window text": (t.text, t.window),
        "button": (t.button_text, t.button),
        "button hovered": (t.button_text, t.button_hover),
        "button pressed": (t.button_text, t.button_pressed),
        "main button": (t.on_accent, t.accent),
        "field error": (t.field_error[1], t.field_error[0]),
        "free calendar day": (t.free_day[1], t.free_day[0]),
        "Sunday on window": (t.sunday, t.window),
        "Saturday on window": (t.saturday, t.window),
        "Sunday on base": (t.sunday, t.base),
        "Saturday on base": (t.saturday, t.base),
    }
    pairs.update({f"{kind} banner": (t.banner_text, bg) for kind, bg in t.banners.items()})
    return pairs


def test_every_text_colour_is_readable_on_its_background(theme: Theme) -> None:
    faint = {
        name: f"{fg} on {bg} = {contrast(fg, bg):.2f}:1"
        for name, (fg, bg) in text_pairs(theme).items()
        if contrast(fg, bg) < TEXT_CONTRAST
    }
    assert faint == {}


def test_edges_and_focus_rings_show_against_what_is_next_to_them(theme: Theme) -> None:
    edges = {
        "button and field edge on window": (theme.edge, theme.window),
        "focus ring on window": (theme.accent, theme.window),
        "main button on window": (theme.accent, theme.window),
        "main button's focus ring on window": (theme.focus_on_accent, theme.window),
        "main button's focus ring on its fill": (theme.focus_on_accent, theme.accent),
        "disabled text on window": (theme.muted_text, theme.window),
    }
    faint = {
        name: f"{a} next to {b} = {contrast(a, b):.2f}:1"
        for name, (a, b) in edges.items()
        if contrast(a, b) < EDGE_CONTRAST
    }
    assert faint == {}


def test_disabled_text_looks_different_from_enabled_text(theme: Theme) -> None:
    assert contrast(theme.muted_text, theme.window) < contrast(theme.text, theme.window) * 0.7


@pytest.mark.parametrize("name", ["windows_dark", "gnome_dark"])
def test_the_dark_style_sheet_paints_nothing_light(name: str) -> None:
    """A pale patch in a dark window glares, and white text on it would vanish."""
    _qapp()
    sheet = style.stylesheet(theme_for(PALETTES[name]()), 12.0)
    backgrounds = re.findall(r"background: (#[0-9a-fA-F]{6})", sheet)
    assert backgrounds, "the style sheet sets no backgrounds: nothing was checked"
    light = [c for c in backgrounds if luminance(QColor(c)) > 0.3]
    assert light == []


def colour_declarations(sheet: str) -> dict[tuple[str, str], str]:
    """(selector, property) -> value, for every declaration that names a #rrggbb colour."""
    found = {}
    for selector, body in re.findall(r"([^{}]+)\{([^}]*)\}", sheet):
        for prop, value in re.findall(r"([\w-]+)\s*:\s*([^;]+)", body):
            if re.search(r"#[0-9a-fA-F]{6}", value):
                found[(" ".join(selector.split()), prop)] = value.strip()
    return found


def test_no_colour_of_the_light_style_is_left_in_the_dark_one() -> None:
    """Every colour the app sets is chosen per scheme, so none stays light-only in dark mode."""
    _qapp()
    light = colour_declarations(style.stylesheet(theme_for(light_default()), 12.0))
    dark = colour_declarations(style.stylesheet(theme_for(windows_dark()), 12.0))
    assert light.keys() == dark.keys()
    assert len(light) > 10
    same = {key: value for key, value in light.items() if dark[key] == value}
    assert same == {}


@pytest.fixture
def app() -> Iterator[QApplication]:
    """The styled app; its palette and style sheet are put back afterwards."""
    app = _qapp()
    palette, sheet = QPalette(app.palette()), app.styleSheet()
    yield app
    app.setPalette(palette)
    app.setStyleSheet(sheet)


def test_switching_the_os_to_dark_while_running_restyles_the_app(app: QApplication) -> None:
    app.setPalette(light_default())
    style.apply(app)
    banner = Banner("warn")
    banner.set_text("You were signed out. Please sign in again.")
    light_bg = banner.palette().color(banner.backgroundRole())

    app.setPalette(windows_dark())  # what Qt does when the OS switches to dark mode
    QApplication.processEvents()

    assert app.styleSheet() == style.stylesheet(theme_for(windows_dark()), app.font().pointSizeF())
    text = banner.text.palette().color(banner.text.foregroundRole())
    background = banner.palette().color(banner.backgroundRole())
    assert background != light_bg
    assert luminance(background) < 0.1
    assert contrast(text, background) >= TEXT_CONTRAST
    banner.deleteLater()


@pytest.mark.parametrize("scheme", ["light", "windows_dark"])
def test_a_field_error_is_readable_and_matches_the_scheme(app: QApplication, scheme: str) -> None:
    """Field errors used to be pale pink in dark mode too: a glaring patch."""
    app.setPalette(PALETTES[scheme]())
    window = QWidget()
    field = Field(QLineEdit())
    field.set_texts("E-mail address")
    field.set_error("Please check your e-mail address.")
    QVBoxLayout(window).addWidget(field)
    window.show()
    QApplication.processEvents()
    measured = {m.path.rsplit("/", 1)[-1]: m for m in text_contrasts(window)}
    window.close()
    window.deleteLater()
    error = measured["field_error"]
    assert error.ratio >= TEXT_CONTRAST, str(error)
    assert (luminance(error.background) < 0.1) == (scheme != "light"), str(error)


@pytest.mark.parametrize("scheme", ["light", "windows_dark", "gnome_dark"])
def test_an_empty_check_box_and_radio_button_can_be_seen(app: QApplication, scheme: str) -> None:
    """Their edge must stand out from the window (3:1); in dark mode it used to vanish."""
    app.setPalette(PALETTES[scheme]())
    window = QWidget()
    boxes = [QCheckBox("I will not record the session."), QRadioButton("English")]
    layout = QVBoxLayout(window)
    for box in boxes:
        layout.addWidget(box)
    window.show()
    QApplication.processEvents()
    image = window.grab().toImage()
    background = window.palette().color(QPalette.ColorRole.Window)
    edges = {}
    elements = (QStyle.SubElement.SE_CheckBoxIndicator, QStyle.SubElement.SE_RadioButtonIndicator)
    for box, element in zip(boxes, elements, strict=True):
        option = QStyleOptionButton()
        box.initStyleOption(option)
        area = box.style().subElementRect(element, option, box).translated(box.pos())
        pixels = [
            QColor(image.pixel(x, y))
            for y in range(area.top(), area.bottom() + 1)
            for x in range(area.left(), area.right() + 1)
        ]
        edges[type(box).__name__] = max(contrast(c, background) for c in pixels)
    window.close()
    window.deleteLater()
    assert min(edges.values()) >= EDGE_CONTRAST, edges
