"""A page body that scrolls as one column, so nothing is ever cut off.

Forms and explanations grow with the large default font and with long
translations (Portuguese, Nepali, Burmese); on a small laptop screen they must
scroll rather than squeeze or clip. Pages put their content here and keep the
buttons that must stay reachable (back, notices) outside it.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget


class ScrollColumn(QScrollArea):
    """The given widgets top to bottom, spare room left at the end, no frame."""

    def __init__(self, widgets: Iterable[QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        inner = QWidget()
        self.column = QVBoxLayout(inner)
        for widget in widgets:
            self.column.addWidget(widget)
        self.column.addStretch(1)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setWidget(inner)
