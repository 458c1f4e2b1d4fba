"""The base class of every page in the main window.

A page owns one step of the journey. It never constructs another page: it
emits `navigate(key, arg)` and the main window switches. It sets every
visible text in `retranslate()`, which runs at construction and again on
each live language switch (Qt sends LanguageChange to every widget when
translators change), so no text is ever left in the old language.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QWidget

from hwclient.ui.context import AppContext


class Page(QWidget):
    """One step of the journey, shown in the main window's stack."""

    navigate = Signal(str, object)  # (page key, optional argument)

    # Page key used by the main window's navigation ("home", "signin", ...).
    key: ClassVar[str] = ""
    # True for pages that need a signed-in session (the shell redirects to sign-in).
    requires_session: ClassVar[bool] = False

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        if self.key:
            self.setObjectName(f"page_{self.key}")

    def page_title(self) -> str:
        """Translated title shown in the header and the side bar."""
        return QCoreApplication.translate("Page", "Page")

    def retranslate(self) -> None:
        """(Re)set every visible text. Subclasses override and call nothing else."""

    async def on_enter(self, arg: object = None) -> None:
        """(Re)load data when the page is shown; `arg` comes from `navigate`."""

    def on_leave(self) -> None:
        """Stop timers, camera, microphone... when another page is shown."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
