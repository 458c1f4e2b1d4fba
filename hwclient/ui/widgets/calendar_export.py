""" "Add to calendar": save a booking as an .ics file the person's calendar app opens.

The file is made on this PC (hwclient.booking.booking_ics), in the person's
language and with the office's phone number, and without any join link or
passcode (calendars sync to other devices). The save dialog is shown with
`open()` so the event loop keeps running, and the write happens off the UI
thread.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from hwclient.api.models import Booking, Office
from hwclient.booking import booking_ics, japan_day
from hwclient.i18n import translate
from hwclient.ui.context import AppContext

log = logging.getLogger(__name__)


def suggested_path(booking: Booking) -> str:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    name = f"hellowork-{japan_day(booking.start).isoformat()}.ics"
    return str(Path(folder) / name) if folder else name


async def write_calendar_file(path: str, data: bytes) -> None:
    await asyncio.to_thread(Path(path).write_bytes, data)


def ask_and_save_calendar(
    parent: QWidget,
    ctx: AppContext,
    booking: Booking,
    office: Office | None,
    done: Callable[[str | None, str], None],
) -> QFileDialog:
    """Open a save dialog; `done(path, "")` after writing, `done(None, error)` if that failed."""
    data = booking_ics(booking, office, ctx.language, ctx.now())
    dialog = QFileDialog(
        parent,
        translate("CalendarExport", "Save to your calendar"),
        suggested_path(booking),
        translate("CalendarExport", "Calendar files (*.ics)"),
    )
    dialog.setObjectName("calendar_save_dialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix("ics")

    async def save(path: str) -> None:
        try:
            await write_calendar_file(path, data)
        except OSError:
            log.warning("could not write the calendar file", exc_info=True)
            done(
                None,
                translate(
                    "CalendarExport",
                    "The file could not be saved there. Please choose another folder.",
                ),
            )
            return
        done(path, "")

    dialog.fileSelected.connect(lambda path: ctx.run(save(path)))
    dialog.open()
    return dialog
