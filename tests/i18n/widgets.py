"""What a person sees in a window: its visible texts, and the ones cut off.

The tests judge the screen, not the code: every visible label, button, group
title, field placeholder and side-bar item is collected with a readable path
(object names, else class names) so a failure says where to look.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QWidget,
)


@dataclass(frozen=True)
class Shown:
    path: str  # where the text is, e.g. "main_window/page_home/join_button"
    text: str  # as shown (rich text reduced to plain text)


def widget_path(widget: QWidget, root: QWidget) -> str:
    parts: list[str] = []
    current: QWidget | None = widget
    while current is not None and current is not root:
        parent = current.parentWidget()
        name = current.objectName()
        if not name:
            siblings = [w for w in _children(parent) if type(w) is type(current)]
            index = siblings.index(current) if current in siblings else 0
            name = f"{type(current).__name__}[{index}]"
        parts.append(name)
        current = parent
    parts.append(root.objectName() or type(root).__name__)
    return "/".join(reversed(parts))


def _children(parent: QWidget | None) -> list[QWidget]:
    if parent is None:
        return []
    return parent.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)


def is_rich(text: str, text_format: Qt.TextFormat = Qt.TextFormat.AutoText) -> bool:
    if text_format == Qt.TextFormat.AutoText:
        return QtGui.Qt.mightBeRichText(text)
    return text_format == Qt.TextFormat.RichText


def plain(text: str, text_format: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    """Rich text as the reader sees it (tags gone, entities decoded)."""
    if is_rich(text, text_format):
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()
    return text


def shown_texts(root: QWidget) -> list[Shown]:
    """Every text the person can see now, the window title first."""
    out = [Shown(root.objectName() or "window", root.windowTitle())]
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        path = widget_path(widget, root)
        for suffix, text in _texts_of(widget):
            if text.strip():
                out.append(Shown(path + suffix, text))
    return out


def _texts_of(widget: QWidget) -> list[tuple[str, str]]:
    if isinstance(widget, QLabel):
        return [("", plain(widget.text(), widget.textFormat()))]
    if isinstance(widget, QAbstractButton):
        return [("", widget.text())]
    if isinstance(widget, QGroupBox):
        return [(":title", widget.title())]
    if isinstance(widget, QLineEdit):
        return [(":placeholder", widget.placeholderText())]
    if isinstance(widget, QListWidget) and widget.objectName() == "sidebar":
        return [(f":item{row}", widget.item(row).text()) for row in range(widget.count())]
    return []


def display_text(text: str) -> str:
    """A button or label text without its mnemonic marks (`&Back` shows as `Back`)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _widest_line(metrics: QFontMetrics, text: str) -> int:
    return max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)


def clipped(root: QWidget) -> list[str]:
    """Visible labels and buttons whose text is wider than the widget showing it.

    Word-wrapping labels grow instead of clipping and are left out; for the
    rest the text's own width (rich text: its layout's width) is compared with
    the room the widget really has.
    """
    bad = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.width() <= 0:
            continue
        need = _needed_width(widget)
        if need is not None and need > widget.contentsRect().width() + 1:
            path = widget_path(widget, root)
            bad.append(f"{path}: needs {need}px, has {widget.contentsRect().width()}px")
    return bad


def _needed_width(widget: QWidget) -> int | None:
    if isinstance(widget, QListWidget):  # a list scrolled sideways hides the end of its items
        bar = widget.horizontalScrollBar()
        return widget.contentsRect().width() + bar.maximum() if bar.isVisible() else None
    if isinstance(widget, QLabel):
        if widget.wordWrap() or not widget.text() or widget.pixmap().width() > 0:
            return None
        if is_rich(widget.text(), widget.textFormat()):
            return widget.minimumSizeHint().width() - 2 * widget.margin()
        return _widest_line(widget.fontMetrics(), display_text(widget.text()))
    if isinstance(widget, QPushButton):
        text = display_text(widget.text())
        icon = widget.iconSize().width() + 4 if not widget.icon().isNull() else 0
        return _widest_line(widget.fontMetrics(), text) + icon if text else None
    if isinstance(widget, QAbstractButton):  # check boxes, radio buttons: indicator + text
        return widget.sizeHint().width() if widget.text() else None
    return None
