"""Step 1 on first launch: choose the language, each shown in its own script.

Choosing switches the whole app at once, so the person immediately sees
whether they can read it; nothing else is asked on this page.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from hwclient.i18n import LANGUAGES
from hwclient.ui import style
from hwclient.ui.context import AppContext
from hwclient.ui.pages.base import Page

COLUMNS = 2
# The word "language" in our languages: readable before any choice is made,
# so it is deliberately not translated.
MULTILINGUAL_HEADING = " · ".join(
    (
        "言語",
        "Language",
        "语言",
        "語言",
        "언어",
        "Ngôn ngữ",
        "Wika",
        "Idioma",
        "भाषा",
        "Bahasa",
        "ภาษา",
        "ဘာသာစကား",
    )
)


class LanguagePage(Page):
    key = "language"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.heading = style.set_role(style.wrap(QLabel(MULTILINGUAL_HEADING)), "subtitle")
        self.intro = style.wrap(QLabel())
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        grid = QGridLayout()
        for index, lang in enumerate(LANGUAGES):
            button = QRadioButton(lang.native_name)
            button.setObjectName(f"lang_{lang.code}")
            button.setAccessibleName(lang.native_name)
            button.setProperty("langCode", lang.code)
            self.group.addButton(button)
            self.buttons[lang.code] = button
            grid.addWidget(button, index // COLUMNS, index % COLUMNS)
        self.continue_button = style.make_primary(QPushButton(objectName="continue_button"))
        self.group.buttonClicked.connect(self._chosen)
        self.continue_button.clicked.connect(self._continue)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(grid)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.continue_button)
        layout.addLayout(row)
        self._check(ctx.language)
        self.retranslate()

    def page_title(self) -> str:
        return self.tr("Language")

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr("Choose the language for this app. You can change it later in Settings.")
        )
        self.continue_button.setText(self.tr("&Continue"))

    async def on_enter(self, arg: object = None) -> None:
        self._check(self.ctx.language)
        button = self.buttons.get(self.ctx.language)
        if button is not None:
            button.setFocus()

    def selected(self) -> str:
        button = self.group.checkedButton()
        return str(button.property("langCode")) if button else self.ctx.language

    def _check(self, code: str) -> None:
        button = self.buttons.get(code)
        if button is not None:
            button.setChecked(True)

    def _chosen(self, button: QRadioButton) -> None:
        code = str(button.property("langCode"))
        if code != self.ctx.language:
            self.ctx.set_language(code)

    def _continue(self) -> None:
        self.ctx.set_language(self.selected())
        self.navigate.emit("check", None)
