"""The keyboard focus ring: always visible, and never over the text.

People who use the keyboard follow the focus ring from control to control.
It used to be drawn over the text box of a button (a 3 px outline hid the
first and last letters, and on a main button it was the same colour as the
fill). Here each kind of control is drawn unfocused and focused, in the
light and dark schemes: the room for the text must not change, the text
must fit in it, the pixels of the text must stay exactly the same, and the
ring must stand out from the window (3:1).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from hwclient.ui import style
from hwclient.ui.theme import EDGE_CONTRAST, contrast
from tests.ui.conftest import _qapp
from tests.ui.text_room import text_room, text_width
from tests.ui.themes import light_default, windows_dark

pytestmark = pytest.mark.gui

SCHEMES = {"light": light_default, "dark": windows_dark}


@pytest.fixture(params=list(SCHEMES))
def form(request: pytest.FixtureRequest) -> Iterator[dict[str, QWidget]]:
    """Typical controls in a shown window, under the light or the dark OS scheme."""
    app = _qapp()
    palette, sheet = QPalette(app.palette()), app.styleSheet()
    app.setPalette(SCHEMES[request.param]())
    style.apply(app)
    window = QWidget()
    controls: dict[str, QWidget] = {
        "button": QPushButton("Check &again"),
        "main button": style.make_primary(QPushButton("&Join the session")),
        "Japanese main button": style.make_primary(QPushButton("同意して次へ(&C)")),
        "toggle": QPushButton("Show"),
        "check box": QCheckBox("A &family member"),
        "radio button": QRadioButton("日本語"),
        "spare": QPushButton("Other"),  # takes the focus away
    }
    controls["toggle"].setCheckable(True)
    layout = QVBoxLayout(window)
    for control in controls.values():
        layout.addWidget(control)
    window.show()
    QApplication.processEvents()
    yield controls
    window.close()
    window.deleteLater()
    app.setPalette(palette)
    app.setStyleSheet(sheet)


def _focus(widget: QWidget, focused: bool, spare: QWidget) -> None:
    (widget if focused else spare).setFocus()
    QApplication.processEvents()
    assert widget.hasFocus() is focused


def _pixels(image: QImage, area: QRect) -> list[int]:
    return [
        image.pixel(x, y)
        for y in range(area.top(), area.bottom() + 1)
        for x in range(area.left(), area.right() + 1)
    ]


WITH_TEXT = ["button", "main button", "Japanese main button", "toggle", "check box", "radio button"]


@pytest.mark.parametrize("name", WITH_TEXT)
def test_focus_keeps_the_text_where_it_was_and_whole(name: str, form: dict[str, QWidget]) -> None:
    control = form[name]
    _focus(control, False, form["spare"])
    room_before, image_before = text_room(control), control.grab().toImage()
    _focus(control, True, form["spare"])
    room_after, image_after = text_room(control), control.grab().toImage()

    assert room_after == room_before, "taking the focus moved or shrank the text"
    assert text_width(control) <= room_after.width(), "the text is wider than its room"
    assert _pixels(image_after, room_after) == _pixels(image_before, room_before), (
        "the focus mark is drawn over the text"
    )


@pytest.mark.parametrize("name", WITH_TEXT)
def test_the_focus_ring_stands_out_from_the_window(name: str, form: dict[str, QWidget]) -> None:
    control = form[name]
    window = control.window()  # check boxes carry their own "window" colour (their edge)
    window_colour = window.palette().color(QPalette.ColorRole.Window)
    _focus(control, False, form["spare"])
    before = control.grab().toImage()
    _focus(control, True, form["spare"])
    after = control.grab().toImage()
    middle = after.height() // 2
    edge = [QColor(after.pixel(x, middle)) for x in range(3)]  # the left side of the ring
    assert [QColor(before.pixel(x, middle)) for x in range(3)] != edge, "focus shows no ring"
    assert max(contrast(c, window_colour) for c in edge) >= EDGE_CONTRAST


def test_lists_and_fields_keep_their_content_in_place_when_focused(
    form: dict[str, QWidget],
) -> None:
    """The ring of a list or a text field grows inwards into padding, not over the items."""
    spare = form["spare"]
    parent = spare.parentWidget()
    assert parent is not None
    items = QListWidget(parent)
    items.addItems(["Hello Work Kawabata", "Hello Work Midoridai"])
    field = QLineEdit(parent)
    field.setText("name@example.jp")
    for widget in (items, field):
        widget.show()
        _focus(widget, False, spare)
        before = items.viewport().geometry() if widget is items else text_room(field)
        _focus(widget, True, spare)
        after = items.viewport().geometry() if widget is items else text_room(field)
        assert after == before, type(widget).__name__
