"""One check result as a row: icon + status in words, title, detail, what to do.

The status is always spelled out next to its icon ("Problem", "OK"...), so
it never depends on colour. Where the OS has a settings page for the fix,
an "Open the setting" button hands its URI to the OS; where there is a web
page explaining it, a "More information" button opens that.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from hwclient.checks.model import CheckResult, Status
from hwclient.ui import style
from hwclient.ui.widgets.icons import status_icon

ICON_SIZE = 32


def status_word(status: Status | str) -> str:
    """Plain word for a status, shown beside the icon."""
    words = {
        Status.PASS: QCoreApplication.translate("StatusRow", "OK"),
        Status.WARN: QCoreApplication.translate("StatusRow", "Needs attention"),
        Status.FAIL: QCoreApplication.translate("StatusRow", "Problem"),
        Status.UNKNOWN: QCoreApplication.translate("StatusRow", "Could not check"),
    }
    return words.get(Status(status), words[Status.UNKNOWN])


class StatusRow(QFrame):
    """A result row; `openRequested(uri)` when a settings or help button is pressed."""

    openRequested = Signal(str)

    def __init__(self, result: CheckResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"result_{result.id}")
        self.setProperty("card", True)
        self.icon = QLabel()
        self.status_label = QLabel(objectName="status_word")
        self.title = style.set_role(QLabel(objectName="result_title"), "subtitle")
        self.detail = style.wrap(QLabel(objectName="result_detail"))
        self.remedy = style.wrap(QLabel(objectName="result_remedy"))
        for label in (self.title, self.detail, self.remedy):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.settings_button = QPushButton(objectName="open_setting_button")
        self.link_button = QPushButton(objectName="more_info_button")
        self.settings_button.clicked.connect(lambda: self._open(self.result.settings_uri))
        self.link_button.clicked.connect(lambda: self._open(self.result.link))
        self._layout()
        self.set_result(result)

    def _layout(self) -> None:
        grid = QGridLayout(self)
        left = QWidget()
        left_col = QHBoxLayout(left)
        left_col.setContentsMargins(0, 0, 0, 0)
        left_col.addWidget(self.icon)
        grid.addWidget(left, 0, 0, 2, 1, Qt.AlignmentFlag.AlignTop)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.status_label, 0, Qt.AlignmentFlag.AlignTop)
        grid.addLayout(head, 0, 1)
        grid.addWidget(self.detail, 1, 1)
        grid.addWidget(self.remedy, 2, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.settings_button)
        buttons.addWidget(self.link_button)
        buttons.addStretch(1)
        grid.addLayout(buttons, 3, 1)
        grid.setColumnStretch(1, 1)

    def set_result(self, result: CheckResult) -> None:
        self.result = result
        self.icon.setPixmap(status_icon(result.status.value).pixmap(ICON_SIZE, ICON_SIZE))
        self.title.setText(result.title)
        self.detail.setText(result.detail)
        self.detail.setVisible(bool(result.detail))
        show_remedy = bool(result.remedy) and result.status != Status.PASS
        self.remedy.setVisible(show_remedy)
        self.settings_button.setVisible(bool(result.settings_uri) and show_remedy)
        self.link_button.setVisible(bool(result.link) and result.status != Status.PASS)
        self.retranslate()

    def retranslate(self) -> None:
        word = status_word(self.result.status)
        self.status_label.setText(word)
        self.remedy.setText(
            QCoreApplication.translate("StatusRow", "What to do: {remedy}").format(
                remedy=self.result.remedy
            )
        )
        self.settings_button.setText(QCoreApplication.translate("StatusRow", "Open the &setting"))
        self.link_button.setText(QCoreApplication.translate("StatusRow", "More &information"))
        self.setAccessibleName(f"{self.result.title}: {word}")

    def _open(self, uri: str | None) -> None:
        if uri:
            self.openRequested.emit(uri)
