"""A check box whose text wraps: long sentences (and long translations) never clip.

QCheckBox cannot wrap its text, and the join checklist and the settings are
whole sentences. This pairs a box with a word-wrapping label; clicking the
label toggles the box, and the box carries the sentence as its accessible
name, so screen readers and the keyboard work as with a plain check box.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QWidget


class _ClickLabel(QLabel):
    clicked = Signal()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class WrappedCheckBox(QWidget):
    toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None, *, name: str = "") -> None:
        super().__init__(parent)
        if name:
            self.setObjectName(name)
        self.box = QCheckBox()
        self.label = _ClickLabel()
        self.label.setWordWrap(True)
        self.label.setBuddy(self.box)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.label, 1)
        self.box.toggled.connect(self.toggled)
        self.label.clicked.connect(self.box.toggle)
        self.setFocusProxy(self.box)

    def setText(self, text: str) -> None:
        self.label.setText(text)
        self.box.setAccessibleName(text.replace("&", ""))

    def text(self) -> str:
        return self.label.text()

    def isChecked(self) -> bool:
        return self.box.isChecked()

    def setChecked(self, checked: bool) -> None:
        self.box.setChecked(checked)
