"""How much room a control really leaves for its text, as the style draws it.

A push button's widget rectangle includes the style sheet's border and
padding, so comparing the text with the widget's width misses a text that
runs under the padding or the focus ring. Here the room is the style's own
contents rectangle (what is left inside border and padding), and a text
fits when its advance, plus the icon, is no wider than that.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionFrame,
    QWidget,
)

from tests.i18n.widgets import display_text, widget_path

SE = QStyle.SubElement


def _button_option(button: QPushButton | QCheckBox | QRadioButton) -> QStyleOptionButton:
    option = QStyleOptionButton()
    button.initStyleOption(option)
    return option


def text_room(widget: QWidget) -> QRect:
    """The rectangle the style leaves for `widget`'s text (its own coordinates)."""
    if isinstance(widget, QPushButton):
        element = SE.SE_PushButtonContents
        return widget.style().subElementRect(element, _button_option(widget), widget)
    if isinstance(widget, (QCheckBox, QRadioButton)):
        element = (
            SE.SE_CheckBoxContents if isinstance(widget, QCheckBox) else (SE.SE_RadioButtonContents)
        )
        return widget.style().subElementRect(element, _button_option(widget), widget)
    if isinstance(widget, QLineEdit):
        option = QStyleOptionFrame()
        widget.initStyleOption(option)
        return widget.style().subElementRect(SE.SE_LineEditContents, option, widget)
    return widget.contentsRect()


def text_width(widget: QPushButton | QCheckBox | QRadioButton) -> int:
    """Widest line of the shown text (mnemonic marks removed), plus the icon and its gap."""
    metrics = widget.fontMetrics()
    lines = display_text(widget.text()).split("\n")
    width = max(metrics.horizontalAdvance(line) for line in lines)
    if not widget.icon().isNull():
        width += widget.iconSize().width() + 4
    return width


def cut_off(root: QWidget) -> list[str]:
    """Visible buttons whose text is wider than the room inside their border and padding,
    and labels shown smaller than they need (their size hint)."""
    bad = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.width() <= 0:
            continue
        problem = _problem(widget)
        if problem:
            bad.append(f"{widget_path(widget, root)}: {problem}")
    return bad


def _problem(widget: QWidget) -> str:
    if isinstance(widget, (QPushButton, QCheckBox, QRadioButton)) and widget.text():
        need, room = text_width(widget), text_room(widget).width()
        return f"text needs {need}px, has {room}px" if need > room else ""
    if isinstance(widget, QLabel) and widget.text() and not widget.wordWrap():
        need = widget.minimumSizeHint()
        if need.width() > widget.width() or need.height() > widget.height():
            return f"needs {need.width()}x{need.height()}, shown {widget.width()}x{widget.height()}"
    if isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
        need_height = widget.heightForWidth(widget.width())
        if need_height > widget.height():
            return f"wrapped text needs {need_height}px high, shown {widget.height()}px"
    return ""
