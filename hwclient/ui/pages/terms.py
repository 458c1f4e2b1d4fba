"""Terms of use: show the server's current version and record consent to exactly it.

Consent is only meaningful for the text the person actually saw, so the page
sends the version it displayed; if the terms changed in between, the server
answers `terms-outdated` and the new text is loaded and shown again. When a
new version replaces one the person already agreed to, the page says so and
shows what changed, so nobody has to re-read everything to spot a difference.
Zoom's own terms are acknowledged separately because they are a third party's.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from hwclient.api.errors import ApiError, TermsOutdated
from hwclient.api.models import Terms
from hwclient.ui import style
from hwclient.ui.context import AppContext
from hwclient.ui.messages import format_day, message_for_error
from hwclient.ui.pages.account_flow import (
    is_signed_in,
    remember_agreed_terms,
    remembered_terms_version,
)
from hwclient.ui.pages.base import Page
from hwclient.ui.widgets.banner import Banner
from hwclient.ui.widgets.form_fields import MessageBanner

log = logging.getLogger(__name__)

ZOOM_TERMS_URL = "https://explore.zoom.us/en/terms/"
ZOOM_PRIVACY_URL = "https://explore.zoom.us/en/privacy/"


class TermsPage(Page):
    """Read the terms, tick two boxes, agree; the server records the exact version."""

    key = "terms"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.terms: Terms | None = None
        self.previous_version: str | None = None
        self.read_to_end = False
        self.next_page: tuple[str, Any] = ("home", None)
        self._build()
        self.retranslate()
        ctx.languageChanged.connect(self._language_changed)

    def _language_changed(self, _code: str) -> None:
        """The terms themselves come from the server: fetch them in the new language."""
        if self.terms is not None:
            self.ctx.run(self.load())

    # -- layout -------------------------------------------------------------
    def _build(self) -> None:
        self.changed_banner = Banner("warn", objectName="terms_changed")
        self.changed_banner.hide()
        self.meta = style.wrap(QLabel(objectName="terms_meta"))
        self.browser = QTextBrowser(objectName="terms_text")
        self.browser.setOpenExternalLinks(True)
        self.browser.verticalScrollBar().valueChanged.connect(self._check_scrolled)
        self.browser.verticalScrollBar().rangeChanged.connect(self._check_scrolled)
        self.read_hint = style.wrap(QLabel(objectName="terms_read_hint"))
        self.agree_box = QCheckBox(objectName="terms_agree")
        self.zoom_label = style.wrap(QLabel(objectName="zoom_terms_links"))
        self.zoom_label.setOpenExternalLinks(True)
        self.zoom_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.zoom_box = QCheckBox(objectName="zoom_agree")
        self.error = MessageBanner(objectName="terms_error")
        self.agree_button = style.make_primary(QPushButton(objectName="terms_agree_button"))
        self.reload_button = QPushButton(objectName="terms_reload")
        self.reload_button.hide()
        for box in (self.agree_box, self.zoom_box):
            box.toggled.connect(self._update_button)
        self.agree_button.clicked.connect(self._agree_clicked)
        self.reload_button.clicked.connect(lambda: self.ctx.run(self.load()))
        buttons = QHBoxLayout()
        buttons.addWidget(self.reload_button)
        buttons.addStretch(1)
        buttons.addWidget(self.agree_button)
        box = QVBoxLayout(self)
        box.addWidget(self.changed_banner)
        box.addWidget(self.meta)
        box.addWidget(self.browser, 1)
        box.addWidget(self.read_hint)
        box.addWidget(self.agree_box)
        box.addWidget(self.zoom_label)
        box.addWidget(self.zoom_box)
        box.addWidget(self.error)
        box.addLayout(buttons)
        self._update_button()

    def page_title(self) -> str:
        return self.tr("Terms of use")

    def retranslate(self) -> None:
        self.agree_box.setText(self.tr("I have read the terms of use and I &agree to them."))
        self.zoom_label.setText(
            self.tr(
                'The sessions take place in Zoom. Please also read Zoom\'s <a href="{terms}">'
                'terms of service</a> and <a href="{privacy}">privacy statement</a>.'
            ).format(terms=ZOOM_TERMS_URL, privacy=ZOOM_PRIVACY_URL)
        )
        self.zoom_box.setText(self.tr("I accept &Zoom's terms of service and privacy statement."))
        self.agree_button.setText(self.tr("Agree and &continue"))
        self.reload_button.setText(self.tr("&Try again"))
        self.browser.setAccessibleName(self.tr("Terms of use text"))
        self._show_meta()
        self._update_read_hint()

    # -- data ---------------------------------------------------------------
    async def on_enter(self, arg: object = None) -> None:
        if isinstance(arg, dict) and arg.get("next"):
            self.next_page = (str(arg["next"]), arg.get("next_arg"))
        await self.load()

    async def load(self) -> None:
        """Fetch the current terms in the UI language and what the person agreed to before."""
        self.error.clear()
        self.reload_button.hide()
        self.agree_button.setEnabled(False)
        try:
            self.terms = await self.ctx.api.current_terms(self.ctx.language)
            self.previous_version = await self._previous_version()
        except ApiError as exc:
            self.error.show_message(message_for_error(exc))
            self.reload_button.show()
            return
        self._show_terms()

    async def _previous_version(self) -> str | None:
        if is_signed_in(self.ctx):
            me = await self.ctx.api.me()
            if me.consented_terms_version:
                return me.consented_terms_version
        return remembered_terms_version(self.ctx)

    def _show_terms(self) -> None:
        terms = self.terms
        if terms is None:
            return
        self.read_to_end = False
        self.browser.setMarkdown(terms.body)
        self.browser.verticalScrollBar().setValue(0)
        changed = bool(self.previous_version) and self.previous_version != terms.version
        self.changed_banner.setVisible(changed)
        self._show_meta()
        self._check_scrolled()

    def _show_meta(self) -> None:
        terms = self.terms
        if terms is None:
            self.meta.setText(self.tr("Loading the terms of use…"))
            return
        self.meta.setText(
            self.tr("<b>{title}</b><br>Version {version}, in effect from {date}").format(
                title=terms.title, version=terms.version, date=format_day(terms.effective_on)
            )
        )
        summary = terms.changes_summary or ""
        text = self.tr(
            "The terms of use have changed since you last agreed. Please read them and agree again."
        )
        if summary:
            text += "\n" + self.tr("What changed: {summary}").format(summary=summary)
        self.changed_banner.set_text(text)

    # -- agreeing -----------------------------------------------------------
    def _check_scrolled(self, *_: object) -> None:
        bar = self.browser.verticalScrollBar()
        if self.terms is not None and bar.value() >= bar.maximum():
            self.read_to_end = True
        self._update_read_hint()
        self._update_button()

    def _update_read_hint(self) -> None:
        if self.read_to_end:
            self.read_hint.setText(self.tr("✓ You have read to the end."))
        else:
            self.read_hint.setText(self.tr("Please read the terms to the end (scroll down)."))

    def _update_button(self, *_: object) -> None:
        ready = (
            self.terms is not None
            and self.read_to_end
            and self.agree_box.isChecked()
            and self.zoom_box.isChecked()
        )
        self.agree_button.setEnabled(ready)

    def _agree_clicked(self) -> None:
        self.ctx.run(self.agree())

    async def agree(self) -> None:
        """Record consent to the version shown; reload if it changed meanwhile."""
        terms = self.terms
        if terms is None:
            return
        self.agree_button.setEnabled(False)
        self.error.clear()
        try:
            if is_signed_in(self.ctx):
                await self.ctx.api.consent(terms.version)
            remember_agreed_terms(self.ctx, terms.version)
        except TermsOutdated as exc:
            self.agree_box.setChecked(False)
            self.zoom_box.setChecked(False)
            await self.load()
            self.error.show_message(message_for_error(exc), "warn")
            return
        except ApiError as exc:
            self.error.show_message(message_for_error(exc))
            self._update_button()
            return
        self.agree_box.setChecked(False)
        self.zoom_box.setChecked(False)
        target = self.next_page if is_signed_in(self.ctx) else ("signin", None)
        self.next_page = ("home", None)
        self.navigate.emit(*target)
