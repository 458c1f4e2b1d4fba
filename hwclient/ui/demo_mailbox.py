"""`hwclient --demo`: a window showing the mails the embedded server "sent".

In the demo no real mail leaves the computer; the server writes each mail
into a folder instead. Without this window nobody could finish a demo
registration, because the verification link only exists in that mail. The
link to this demo server's own /verify page is completed inside the app (no
browser needed); any other link goes to the OS opener.
"""

from __future__ import annotations

import asyncio
import html
import logging
import re
from datetime import datetime
from email.message import EmailMessage
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from PySide6.QtCore import QEvent, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hwclient.api import ApiError, NetworkError
from hwclient.ui.context import AppContext
from hwclient.ui.messages import message_for_error
from hwclient.ui.widgets.banner import Banner

log = logging.getLogger(__name__)

POLL_MS = 2000
_URL = re.compile(r"https?://[^\s<>\"']+")


def read_mails(folder: Path) -> list[EmailMessage]:
    """The outbox, newest first (blocking file reads: call it in a worker thread)."""
    from hwserver.mail import read_outbox  # only present in builds that include the demo

    return list(reversed(read_outbox(folder)))


def plain_body(message: EmailMessage) -> str:
    part = message.get_body(("plain",)) if message.is_multipart() else message
    if part is None:
        return ""
    content = part.get_content()
    return content if isinstance(content, str) else ""


def body_html(text: str) -> str:
    """Plain text as HTML with its web addresses turned into links."""
    pieces: list[str] = []
    last = 0
    for match in _URL.finditer(text):
        pieces.append(html.escape(text[last : match.start()]))
        url = match.group(0).rstrip(".,)")
        pieces.append(f'<a href="{html.escape(url)}">{html.escape(url)}</a>')
        last = match.start() + len(url)
    pieces.append(html.escape(text[last:]))
    return "".join(pieces).replace("\r\n", "\n").replace("\n", "<br>")


def verification_token(url: str, server_url: str) -> str | None:
    """The token when `url` is this demo server's /verify link, else None."""
    link, server = urlsplit(url), urlsplit(server_url)
    if (link.scheme, link.netloc) != (server.scheme, server.netloc) or link.path != "/verify":
        return None
    tokens = parse_qs(link.query).get("token", [])
    return tokens[0] if tokens and tokens[0].strip() else None


def _sent_at(message: EmailMessage) -> datetime | None:
    try:
        return parsedate_to_datetime(str(message["Date"])) if message["Date"] else None
    except (TypeError, ValueError):
        return None


class DemoMailbox(QWidget):
    """Non-modal window: the list of demo mails and the selected one's text."""

    signInRequested = Signal()  # a registration was just completed here

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.mails: list[EmailMessage] = []
        self._reading: asyncio.Task[None] | None = None
        self._build()
        self.timer = QTimer(self, interval=POLL_MS)
        self.timer.timeout.connect(self.refresh)
        self.retranslate()

    def _build(self) -> None:
        self.setObjectName("demo_mailbox")
        self.resize(820, 600)
        self.intro = QLabel(wordWrap=True)
        self.list = QTreeWidget(objectName="mail_list")
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.list.header().setStretchLastSection(True)
        self.list.currentItemChanged.connect(self._show_current)
        self.body = QTextBrowser(objectName="mail_body")
        self.body.setOpenLinks(False)
        self.body.anchorClicked.connect(self.open_link)
        self.status = Banner("info", objectName="mailbox_status")
        self.status.hide()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.list)
        split.addWidget(self.body)
        split.setStretchFactor(1, 2)
        column = QVBoxLayout(self)
        column.addWidget(self.intro)
        column.addWidget(self.status)
        column.addWidget(split, 1)
        self.setTabOrder(self.list, self.body)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Demo mailbox"))
        self.intro.setText(
            self.tr(
                "In the demo, mails are not really sent. They appear here instead. "
                "Select a mail to read it, and click its link to continue."
            )
        )
        self.list.setHeaderLabels([self.tr("Time"), self.tr("To"), self.tr("Subject")])
        self.list.setAccessibleName(self.tr("Mails, newest first"))
        self.body.setAccessibleName(self.tr("Text of the selected mail"))
        self._fill_list()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- polling ------------------------------------------------------------
    def showEvent(self, event: QEvent) -> None:  # type: ignore[override]
        super().showEvent(event)
        self.timer.start()
        self.refresh()

    def hideEvent(self, event: QEvent) -> None:  # type: ignore[override]
        self.timer.stop()
        super().hideEvent(event)

    def refresh(self) -> None:
        """Read the outbox again unless a read is still running."""
        if self.ctx.demo is None or (self._reading is not None and not self._reading.done()):
            return
        self._reading = self.ctx.run(self._read(Path(self.ctx.demo.mail_outbox)))

    async def _read(self, folder: Path) -> None:
        try:
            mails = await asyncio.to_thread(read_mails, folder)
        except (OSError, ValueError, ImportError) as exc:
            log.warning("demo outbox not readable: %s", type(exc).__name__)
            return
        if [m["Message-ID"] for m in mails] != [m["Message-ID"] for m in self.mails]:
            self.mails = mails
            self._fill_list()

    def _fill_list(self) -> None:
        selected = self.list.currentItem()
        keep = selected.data(0, Qt.ItemDataRole.UserRole) if selected else None
        self.list.clear()
        for index, message in enumerate(self.mails):
            sent = _sent_at(message)
            when = sent.astimezone().strftime("%Y-%m-%d %H:%M:%S") if sent else ""
            item = QTreeWidgetItem([when, str(message["To"] or ""), str(message["Subject"] or "")])
            item.setData(0, Qt.ItemDataRole.UserRole, str(message["Message-ID"] or index))
            self.list.addTopLevelItem(item)
            if keep is not None and item.data(0, Qt.ItemDataRole.UserRole) == keep:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.topLevelItemCount():
            self.list.setCurrentItem(self.list.topLevelItem(0))
        if not self.mails:
            self.body.setPlainText(self.tr("No mails yet. Register an account to receive one."))

    def _show_current(self, item: QTreeWidgetItem | None) -> None:
        row = self.list.indexOfTopLevelItem(item) if item is not None else -1
        if 0 <= row < len(self.mails):
            text = plain_body(self.mails[row])
            self.body.setHtml(body_html(text or self.tr("This mail has no text.")))

    # -- links --------------------------------------------------------------
    def open_link(self, url: QUrl) -> None:
        """This server's /verify link is completed in-app; anything else opens outside."""
        demo = self.ctx.demo
        token = verification_token(url.toString(), demo.url) if demo is not None else None
        if token is None:
            QDesktopServices.openUrl(url)
            return
        self.ctx.run(self.verify(token))

    async def verify(self, token: str) -> None:
        self._say(self.tr("Completing your registration…"), "info")
        try:
            await self.ctx.api.verify_email(token)
        except (ApiError, NetworkError) as exc:
            self._say(message_for_error(exc).full, "error")
            return
        self._say(self.tr("Your registration is complete. You can sign in now."), "ok")
        self.signInRequested.emit()

    def _say(self, text: str, kind: str) -> None:
        self.status.set_kind(kind)
        self.status.set_text(text)
        self.status.show()
