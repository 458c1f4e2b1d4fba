"""Form building blocks for the account and booking pages.

Each field puts its label above the input (long translations wrap instead of
clipping), an optional help text before the person types, and an error text
right under the input, marked with an icon and words so it is never colour
alone. Screen readers get the label as the input's accessible name.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hwclient.ui import style
from hwclient.ui.messages import UserMessage
from hwclient.ui.widgets.banner import Banner


class PasswordEdit(QWidget):
    """A password input with a Show/Hide button, so typing mistakes can be seen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.toggle = QPushButton()
        self.toggle.setCheckable(True)
        self.toggle.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.toggle.toggled.connect(self._toggled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.toggle)
        self.setFocusProxy(self.edit)
        self.retranslate()

    def retranslate(self) -> None:
        shown = self.toggle.isChecked()
        self.toggle.setText(self.tr("Hide") if shown else self.tr("Show"))
        self.toggle.setAccessibleName(
            self.tr("Hide the password") if shown else self.tr("Show the password")
        )

    def _toggled(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.edit.setEchoMode(mode)
        self.retranslate()

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:
        self.edit.setText(text)

    def clear(self) -> None:
        self.edit.clear()


class Field(QWidget):
    """Label above, help text, the input, and an inline error under it."""

    def __init__(self, editor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.label = style.wrap(QLabel())
        self.label.setStyleSheet("font-weight: bold;")  # tells the label from its help text
        self.help = style.wrap(QLabel())
        self.help.hide()
        self.error = style.wrap(QLabel())
        self.error.setObjectName("field_error")  # coloured by the app style for light or dark
        self.error.hide()
        target = editor.edit if isinstance(editor, PasswordEdit) else editor
        self.label.setBuddy(target)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        box.addWidget(self.label)
        box.addWidget(self.help)
        box.addWidget(editor)
        box.addWidget(self.error)

    def set_texts(self, label: str, help_text: str = "") -> None:
        self.label.setText(label)
        self.help.setText(help_text)
        self.help.setVisible(bool(help_text))
        target = self.editor.edit if isinstance(self.editor, PasswordEdit) else self.editor
        target.setAccessibleName(label.replace("&", ""))
        target.setAccessibleDescription(help_text)

    def set_error(self, text: str) -> None:
        """Show or clear ("" ) the error; the ⚠ mark carries it without colour."""
        self.error.setText(f"⚠ {text}" if text else "")
        self.error.setVisible(bool(text))

    def error_text(self) -> str:
        return self.error.text().removeprefix("⚠ ")


def line_edit(object_name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(object_name)
    edit.setClearButtonEnabled(True)
    return edit


class MessageBanner(Banner):
    """A Banner that shows a UserMessage (what happened + what to do next)."""

    def __init__(self, parent: QWidget | None = None, *, objectName: str = "") -> None:
        super().__init__("error", parent, objectName=objectName)
        self.message: UserMessage | None = None
        self.hide()

    def show_message(self, message: UserMessage, kind: str = "error") -> None:
        self.message = message
        self.set_kind(kind)
        self.set_text(message.full)
        self.show()

    def show_text(self, text: str, kind: str = "info") -> None:
        self.message = None
        self.set_kind(kind)
        self.set_text(text)
        self.set_action(None)
        self.show()

    def clear(self) -> None:
        self.message = None
        self.set_action(None)
        self.hide()
