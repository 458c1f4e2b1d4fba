"""Who will be in the room: companions must be declared before the session.

The terms require a private room or declared companions, and the counsellor
needs to know in advance whether to arrange for an interpreter; so each role
is one clear check box, the interpreter asks for the language, and "other"
asks who. No I/O here: the page turns the answers into the booking request.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLabel, QLineEdit, QWidget

from hwclient.api.models import Companion
from hwclient.i18n import LANGUAGES, translate
from hwclient.ui import style

ROLES = ("family", "supporter", "interpreter", "carer", "other")


def language_name(tag: str) -> str:
    """A language as its speakers write it (English, Tiếng Việt...), for any BCP 47 tag."""
    for lang in LANGUAGES:
        if lang.bcp47.lower() == tag.lower() and lang.code != "ja_easy":
            return lang.native_name
    from PySide6.QtCore import QLocale

    name = QLocale(tag.replace("-", "_")).nativeLanguageName()
    return name or tag


def interpreter_languages(office_languages: tuple[str, ...]) -> list[str]:
    """The office's own languages first, then ours, without Japanese (no interpreter needed)."""
    tags: list[str] = []
    for tag in [*office_languages, *(lang.bcp47 for lang in LANGUAGES)]:
        if tag.lower().startswith("ja") or tag in tags:
            continue
        tags.append(tag)
    return tags


class CompanionsEditor(QWidget):
    """Check boxes per companion role, the interpreter's language and a note for "other"."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = style.wrap(QLabel(objectName="companions_intro"))
        self.boxes = {role: QCheckBox(objectName=f"companion_{role}") for role in ROLES}
        self.language = QComboBox(objectName="interpreter_language")
        self.other_note = QLineEdit(objectName="companion_other_note")
        self.other_note.setMaxLength(200)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.intro, 0, 0, 1, 2)
        for row, role in enumerate(ROLES, start=1):
            grid.addWidget(self.boxes[role], row, 0)
            self.boxes[role].toggled.connect(self._toggled)
        grid.addWidget(self.language, ROLES.index("interpreter") + 1, 1)
        grid.addWidget(self.other_note, ROLES.index("other") + 1, 1)
        grid.setColumnStretch(1, 1)
        self.other_note.textChanged.connect(self.changed)
        self.language.currentIndexChanged.connect(self.changed)
        self.set_office_languages(())
        self._toggled()
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Please be in a private room during the session. If someone will be with you, "
                "tick who it is, so the counsellor knows:"
            )
        )
        texts = {
            "family": self.tr("A &family member"),
            "supporter": self.tr("A &support worker"),
            "interpreter": self.tr("An &interpreter, for this language:"),
            "carer": self.tr("A &carer"),
            "other": self.tr("Someone &else (please say who):"),
        }
        for role, text in texts.items():
            self.boxes[role].setText(text)
        self.language.setAccessibleName(self.tr("Language of the interpreter"))
        self.other_note.setAccessibleName(self.tr("Who else will be with you"))
        self.other_note.setPlaceholderText(self.tr("For example: a friend"))

    def set_office_languages(self, tags: tuple[str, ...]) -> None:
        current = self.language.currentData()
        self.language.blockSignals(True)
        self.language.clear()
        for tag in interpreter_languages(tags):
            self.language.addItem(language_name(tag), tag)
        index = self.language.findData(current)
        self.language.setCurrentIndex(max(index, 0))
        self.language.blockSignals(False)

    def _toggled(self, *_: object) -> None:
        self.language.setEnabled(self.boxes["interpreter"].isChecked())
        self.other_note.setEnabled(self.boxes["other"].isChecked())
        self.changed.emit()

    def companions(self) -> tuple[Companion, ...]:
        chosen: list[Companion] = []
        for role in ROLES:
            if not self.boxes[role].isChecked():
                continue
            note = self.other_note.text().strip() if role == "other" else None
            chosen.append(Companion(role, note or None))  # type: ignore[arg-type]
        return tuple(chosen)

    def interpreter_language(self) -> str | None:
        if not self.boxes["interpreter"].isChecked():
            return None
        return self.language.currentData()

    def clear(self) -> None:
        for box in self.boxes.values():
            box.setChecked(False)
        self.other_note.clear()

    def summary(self) -> str:
        """One line for the confirm page and My bookings."""
        return describe_companions(self.companions(), self.interpreter_language())


def describe_companions(companions: tuple[Companion, ...], interpreter: str | None) -> str:
    """Who comes along, in words (shared by the confirm step and My bookings)."""
    if not companions:
        return translate("Companions", "No one: I will be alone in a private room.")
    names = {
        "family": translate("Companions", "a family member"),
        "supporter": translate("Companions", "a support worker"),
        "interpreter": translate("Companions", "an interpreter"),
        "carer": translate("Companions", "a carer"),
        "other": translate("Companions", "someone else"),
    }
    parts = []
    for companion in companions:
        text = names.get(companion.role, companion.role)
        if companion.role == "interpreter" and interpreter:
            text += f" ({language_name(interpreter)})"
        if companion.note:
            text += f" ({companion.note})"
        parts.append(text)
    return ", ".join(parts)
