"""A coloured strip with an icon, a message and an optional action button.

Used for the demo notice, "you were signed out", offline with Retry and
update available. The icon and the words carry the meaning; the colour only
adds emphasis.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from hwclient.ui.widgets.icons import status_icon

KINDS = ("info", "warn", "error", "ok")


class Banner(QFrame):
    """Message strip; `set_action` adds one button (e.g. Retry, Download)."""

    def __init__(
        self,
        kind: str = "info",
        parent: QWidget | None = None,
        *,
        objectName: str = "",
    ) -> None:
        super().__init__(parent)
        if objectName:
            self.setObjectName(objectName)
        self.icon = QLabel()
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button = QPushButton()
        self.button.hide()
        self._callback: Callable[[], None] | None = None
        self.button.clicked.connect(self._clicked)
        row = QHBoxLayout(self)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.text, 1)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.set_kind(kind)

    def set_kind(self, kind: str) -> None:
        self.kind = kind if kind in KINDS else "info"
        self.setProperty("banner", self.kind)
        self.icon.setPixmap(status_icon(_ICON_FOR_KIND[self.kind]).pixmap(28, 28))
        self.style().unpolish(self)
        self.style().polish(self)

    def set_text(self, text: str) -> None:
        self.text.setText(text)
        self.setAccessibleName(text)

    def set_action(self, label: str | None, callback: Callable[[], None] | None = None) -> None:
        """Show one button with `label` calling `callback`; None hides it."""
        self._callback = callback
        self.button.setVisible(bool(label))
        self.button.setText(label or "")

    def _clicked(self) -> None:
        if self._callback is not None:
            self._callback()


_ICON_FOR_KIND = {"info": "info", "warn": "warn", "error": "fail", "ok": "pass"}
