"""Text contrast as a person sees it: measured on the rendered window, not the code.

WCAG 2.x AA asks for 4.5:1 between text and what is behind it. The colours
are read from a picture of the whole window (so style sheet backgrounds of
banners and cards, palette roles and per-widget colours all count as drawn):
the most common colour in the text's area is its background, the colour
that stands out most from it is the text. Anti-aliasing only ever blends
towards the background, so this can under-rate contrast but never over-rate it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QLabel,
    QListWidget,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

from hwclient.ui.theme import TEXT_CONTRAST, contrast
from tests.i18n.widgets import display_text, widget_path

#: colours seen fewer times than this in an area are stray pixels, not text
MIN_PIXELS = 3


@dataclass(frozen=True)
class Measured:
    path: str
    text: str
    foreground: QColor
    background: QColor

    @property
    def ratio(self) -> float:
        return contrast(self.foreground, self.background)

    def __str__(self) -> str:
        return (
            f"{self.path} {self.text[:40]!r}: {self.foreground.name()} on "
            f"{self.background.name()} = {self.ratio:.2f}:1"
        )


class Picture:
    """A window's rendered pixels, with colour counts for any area of it."""

    def __init__(self, window: QWidget) -> None:
        self.window = window
        image = window.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
        self.width, self.height = image.width(), image.height()
        self.ratio = image.devicePixelRatio()
        self.pixels = memoryview(image.constBits()).cast("I")
        self._image = image  # keeps the pixel buffer alive

    def colours(self, area: QRect) -> Counter[int]:
        """Colour counts (0xAARRGGBB) inside `area`, given in the window's coordinates."""
        r = self.ratio
        left, top = max(0, int(area.left() * r)), max(0, int(area.top() * r))
        right = min(self.width, int((area.right() + 1) * r))
        bottom = min(self.height, int((area.bottom() + 1) * r))
        counts: Counter[int] = Counter()
        for y in range(top, bottom):
            counts.update(self.pixels[y * self.width + left : y * self.width + right])
        return counts

    def measure(self, area: QRect, path: str, text: str, whole: bool = True) -> Measured | None:
        """`whole`: all of the text is on screen; a sliver scrolled half out of view
        may show no text at all, so one plain colour there means nothing to read
        (while a whole text area in one colour is text nobody can see)."""
        counts = self.colours(area)
        if not counts:
            return None
        background = QColor.fromRgb(counts.most_common(1)[0][0])
        candidates = [QColor.fromRgb(c) for c, n in counts.items() if n >= MIN_PIXELS]
        foreground = max(candidates, key=lambda c: contrast(c, background))
        if foreground == background and not whole:
            return None
        return Measured(path, text, foreground, background)


def text_area(widget: QWidget) -> QRect | None:
    """Where a widget draws its text, in its own coordinates (None: no text shown)."""
    if isinstance(widget, QLabel):
        if not widget.text() or widget.pixmap().width() > 0:
            return None
        return widget.contentsRect()
    if isinstance(widget, (QCheckBox, QRadioButton)) and widget.text():
        option = QStyleOptionButton()
        widget.initStyleOption(option)
        element = (
            QStyle.SubElement.SE_CheckBoxContents
            if isinstance(widget, QCheckBox)
            else QStyle.SubElement.SE_RadioButtonContents
        )
        return widget.style().subElementRect(element, option, widget)
    if isinstance(widget, QPushButton) and widget.text():
        return _button_text_area(widget)
    return None


def _button_text_area(button: QPushButton) -> QRect:
    """The text's own box, centred as push buttons draw it (borders left out)."""
    metrics = button.fontMetrics()
    room = button.contentsRect()
    width = min(metrics.horizontalAdvance(display_text(button.text())), room.width())
    height = min(metrics.height(), room.height())
    box = QRect(0, 0, width, height)
    box.moveCenter(room.center())
    return box


def text_contrasts(window: QWidget) -> list[Measured]:
    """Every enabled, visible text in `window` (labels, buttons, list items), measured."""
    picture = Picture(window)
    found: list[Measured] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or not widget.isEnabled():
            continue
        if isinstance(widget, QListWidget):
            found.extend(_list_items(picture, widget))
            continue
        area = text_area(widget)
        if area is None:
            continue
        whole = QRect(widget.mapTo(window, area.topLeft()), area.size())
        shown = on_screen(widget, whole, window)
        if shown.isEmpty():
            continue
        text = widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else ""
        measured = picture.measure(shown, widget_path(widget, window), text, shown == whole)
        if measured is not None:
            found.append(measured)
    return found


def on_screen(widget: QWidget, area: QRect, window: QWidget) -> QRect:
    """The part of `area` (window coordinates) that `widget`'s parents do not cut away,
    e.g. the part of a button in a scroll area that is scrolled into view."""
    shown = QRect(area)
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        shown = shown.intersected(
            QRect(parent.mapTo(window, parent.rect().topLeft()), parent.size())
        )
        parent = parent.parentWidget()
    return shown


def _list_items(picture: Picture, widget: QListWidget) -> list[Measured]:
    viewport = widget.viewport()
    found = []
    for row in range(widget.count()):
        item = widget.item(row)
        if item.isHidden() or not item.text():
            continue
        whole = widget.visualItemRect(item)
        rect = whole.intersected(viewport.rect())
        if rect.isEmpty():
            continue
        shown = QRect(viewport.mapTo(picture.window, rect.topLeft()), rect.size())
        path = f"{widget_path(widget, picture.window)}:item{row}"
        measured = picture.measure(shown, path, item.text(), rect == whole)
        if measured is not None:
            found.append(measured)
    return found


def too_faint(window: QWidget, minimum: float = TEXT_CONTRAST) -> list[str]:
    """Texts drawn with less contrast than `minimum`, one readable line each."""
    return [str(m) for m in text_contrasts(window) if m.ratio < minimum]
