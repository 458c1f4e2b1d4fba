"""Settings: language (live), reminders, tray, the server address, help-desk info.

Every change is saved at once (no Save button to forget); the server address
is checked first, because a wrong or unsafe one would stop everything.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hwclient.api import InsecureServerURL, normalize_server_url
from hwclient.i18n import LANGUAGES
from hwclient.settings import SettingsSaveError
from hwclient.ui import style
from hwclient.ui.context import AppContext
from hwclient.ui.main_window import diagnostic_text
from hwclient.ui.pages.base import Page
from hwclient.ui.widgets.wrapped_check import WrappedCheckBox

NOTIFY_FIELDS = ("notify_day_before", "notify_30_min_before", "notify_join_open")


class SettingsPage(Page):
    key = "settings"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._build()
        self.retranslate()  # also loads the current values

    def _build(self) -> None:
        self.language_label = QLabel()
        self.language_box = QComboBox(objectName="language_box")
        for lang in LANGUAGES:
            self.language_box.addItem(lang.native_name, lang.code)
        self.language_label.setBuddy(self.language_box)
        self.reminders_group = QGroupBox()
        self.notify_boxes = {name: WrappedCheckBox(name=name) for name in NOTIFY_FIELDS}
        self.tray_box = WrappedCheckBox(name="run_in_tray")
        self.server_label = QLabel()
        self.server_edit = QLineEdit(objectName="server_edit")
        self.server_button = QPushButton(objectName="server_save")
        self.server_label.setBuddy(self.server_edit)
        self.server_note = style.wrap(QLabel(objectName="server_note"))
        self.diag_button = QPushButton(objectName="copy_diagnostics")
        self.status = style.wrap(QLabel(objectName="settings_status"))
        self._arrange()
        self.language_box.activated.connect(self._language_chosen)
        for name, box in self.notify_boxes.items():
            box.toggled.connect(lambda on, n=name: self._set(n, on))
        self.tray_box.toggled.connect(lambda on: self._set("run_in_tray", on))
        self.server_button.clicked.connect(self._save_server)
        self.diag_button.clicked.connect(self._copy_diagnostics)

    def _arrange(self) -> None:
        reminders = QVBoxLayout(self.reminders_group)
        for box in self.notify_boxes.values():
            reminders.addWidget(box)
        server_row = QHBoxLayout()
        server_row.addWidget(self.server_edit, 1)
        server_row.addWidget(self.server_button)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.language_label, self.language_box)
        form.addRow(self.server_label, server_row)
        page = QVBoxLayout(self)
        page.addLayout(form)
        page.addWidget(self.server_note)
        page.addWidget(self.reminders_group)
        page.addWidget(self.tray_box)
        page.addWidget(self.status)
        page.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.diag_button)
        row.addStretch(1)
        page.addLayout(row)

    def page_title(self) -> str:
        return self.tr("Settings")

    def retranslate(self) -> None:
        self.language_label.setText(self.tr("&Language:"))
        self.reminders_group.setTitle(self.tr("Reminders"))
        texts = {
            "notify_day_before": self.tr("Remind me the &day before my session"),
            "notify_30_min_before": self.tr("Remind me &30 minutes before, to check my device"),
            "notify_join_open": self.tr("Tell me when I can &join"),
        }
        for name, box in self.notify_boxes.items():
            box.setText(texts[name])
        self.tray_box.setText(
            self.tr("&Keep running in the tray when the window is closed (for reminders)")
        )
        self.server_label.setText(self.tr("&Server address:"))
        self.server_button.setText(self.tr("Use this &address"))
        self.load()
        self.diag_button.setText(self.tr("&Copy diagnostic info for the help desk"))

    async def on_enter(self, arg: object = None) -> None:
        self.load()
        self.status.setText("")

    def load(self) -> None:
        s = self.ctx.settings
        index = self.language_box.findData(self.ctx.language)
        self.language_box.setCurrentIndex(max(0, index))
        for name, box in self.notify_boxes.items():
            box.box.blockSignals(True)
            box.setChecked(bool(getattr(s, name)))
            box.box.blockSignals(False)
        self.tray_box.box.blockSignals(True)
        self.tray_box.setChecked(s.run_in_tray)
        self.tray_box.box.blockSignals(False)
        self.server_edit.setText(s.server_url)
        in_use = self.ctx.api.base_url
        note = self.tr("Change the server address only if your Hello Work office asks you to.")
        if in_use != s.server_url:
            note += " " + self.tr("Right now the app is using {url}.").format(url=in_use)
        self.server_note.setText(note)

    # -- changes ------------------------------------------------------------------
    def _language_chosen(self, index: int) -> None:
        code = self.language_box.itemData(index)
        if code and code != self.ctx.language:
            self.ctx.set_language(code)

    def _set(self, name: str, value: bool) -> None:
        setattr(self.ctx.settings, name, value)
        self._save()

    def _save(self) -> bool:
        try:
            self.ctx.settings.save()
        except SettingsSaveError as exc:
            self.status.setText(exc.user_message())
            return False
        self.status.setText(self.tr("Saved."))
        return True

    def _save_server(self) -> None:
        try:
            url = normalize_server_url(self.server_edit.text().strip())
        except InsecureServerURL as exc:
            self.status.setText(exc.user_message())
            return
        except ValueError:
            self.status.setText(
                self.tr("This does not look like a web address. Please check it and try again.")
            )
            return
        self.ctx.settings.server_url = url
        self.server_edit.setText(url)
        if self._save():
            self.status.setText(
                self.tr("Saved. The app will use this address the next time it starts.")
            )

    def _copy_diagnostics(self) -> None:
        QGuiApplication.clipboard().setText(diagnostic_text())
        self.status.setText(
            self.tr("Diagnostic info copied. You can paste it into a mail to the help desk.")
        )
