"""A month calendar that shows which days have free times, and the times of a day.

Days with free times are bold, underlined and tinted, and their tooltip says
how many times are free; other days are dimmed, and choosing one says "no free
times" in words. So the meaning never rests on colour alone. The tint and the
day names' colours come from the app theme, so they stay readable in dark mode
and are redrawn when the OS switches between light and dark. The widget does
no I/O: it asks for a month with `monthRequested` and the page answers with
`add_slots` once the server replied.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hwclient.api.models import Slot
from hwclient.ui import style
from hwclient.ui.messages import format_day, format_time, to_jst


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def month_range(year: int, month: int) -> tuple[date, date]:
    first = date(year, month, 1)
    following = date(year + (month == 12), month % 12 + 1, 1)
    return first, following - timedelta(days=1)


class SlotCalendar(QWidget):
    """Calendar of bookable days + the list of free times on the chosen day."""

    monthRequested = Signal(int, int)  # year, month now visible: the page loads its slots
    slotChosen = Signal(object)  # Slot, or None when the choice was cleared

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slots_by_day: dict[date, list[Slot]] = defaultdict(list)
        self.loaded_months: set[tuple[int, int]] = set()
        self.busy_days: set[date] = set()
        self.bookable: tuple[date, date] | None = None  # set by reset()
        self.calendar = QCalendarWidget(objectName="slot_calendar")
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.day_label = style.set_role(style.wrap(QLabel(objectName="slot_day")), "subtitle")
        self.times = QListWidget(objectName="slot_times")
        self.times.setMinimumWidth(220)
        # Long "(N places left)" texts wrap onto a second line instead of
        # hiding behind a sideways scroll bar.
        self.times.setWordWrap(True)
        self.times.setSpacing(2)
        self.times.setResizeMode(QListView.ResizeMode.Adjust)
        self.times.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.times.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.empty_label = style.wrap(QLabel(objectName="slot_empty"))
        self.calendar.selectionChanged.connect(self._day_changed)
        self.calendar.currentPageChanged.connect(self._page_changed)
        self.times.currentItemChanged.connect(self._time_changed)
        right = QVBoxLayout()
        right.addWidget(self.day_label)
        right.addWidget(self.empty_label)
        right.addWidget(self.times, 1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.calendar, 3)
        row.addLayout(right, 2)
        self.retranslate()

    def retranslate(self) -> None:
        self.calendar.setLocale(QLocale())  # month and day names follow a live language switch
        self.calendar.setHorizontalHeaderFormat(self._day_header_format())
        self.calendar.setAccessibleName(self.tr("Calendar: days in bold have free times"))
        self.times.setAccessibleName(self.tr("Free times on the chosen day"))
        self._paint_days()
        self._show_day()

    def _day_header_format(self) -> QCalendarWidget.HorizontalHeaderFormat:
        """Short day names, unless they are so long (Burmese) that the calendar gets too wide.

        The narrow names are the locale's own one-letter forms, as printed calendars use them.
        """
        locale = self.calendar.locale()
        font = self.calendar.font()
        font.setBold(True)
        metrics = QFontMetrics(font)
        names = [locale.dayName(day, QLocale.FormatType.ShortFormat) for day in range(1, 8)]
        widest = max(metrics.horizontalAdvance(name) for name in names)
        if widest <= metrics.horizontalAdvance("0000") * 2:
            return QCalendarWidget.HorizontalHeaderFormat.ShortDayNames
        return QCalendarWidget.HorizontalHeaderFormat.SingleLetterDayNames

    # -- data from the page ---------------------------------------------------
    def reset(self, first: date, last: date) -> None:
        """New office: forget every slot; only days first..last can be chosen."""
        self.slots_by_day.clear()
        self.loaded_months.clear()
        self.bookable = (first, last)
        self.calendar.blockSignals(True)  # the page asks for the month once, not per change
        self.calendar.setDateRange(_qdate(first), _qdate(last))
        self.calendar.setSelectedDate(_qdate(first))
        self.calendar.blockSignals(False)
        self._paint_days()
        self._show_day()

    def add_slots(self, year: int, month: int, slots: list[Slot]) -> None:
        """Replace the free times of one month with what the server just said."""
        first, last = month_range(year, month)
        for day in [d for d in self.slots_by_day if first <= d <= last]:
            del self.slots_by_day[day]
        for slot in sorted(slots, key=lambda s: s.start):
            self.slots_by_day[to_jst(slot.start).date()].append(slot)
        self.loaded_months.add((year, month))
        self._paint_days()
        self._show_day()

    def remove_slot(self, slot_id: str) -> None:
        """Drop a time the server said is gone, at once (before the fresh list arrives)."""
        for day, slots in self.slots_by_day.items():
            self.slots_by_day[day] = [s for s in slots if s.id != slot_id]
        self._paint_days()
        self._show_day()

    def set_busy_days(self, days: set[date]) -> None:
        """Days that already hold one of the person's sessions (one a day)."""
        self.busy_days = set(days)
        self._paint_days()
        self._show_day()

    def free_days(self) -> list[date]:
        return sorted(day for day, slots in self.slots_by_day.items() if slots)

    def select_day(self, day: date) -> None:
        self.calendar.setSelectedDate(_qdate(day))
        self._show_day()

    def selected_day(self) -> date:
        return _pydate(self.calendar.selectedDate())

    def selected_slot(self) -> Slot | None:
        item = self.times.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def select_slot(self, slot_id: str) -> bool:
        for row in range(self.times.count()):
            item = self.times.item(row)
            if item.data(Qt.ItemDataRole.UserRole).id == slot_id:
                self.times.setCurrentRow(row)
                return True
        return False

    def request_visible_month(self) -> None:
        self.monthRequested.emit(self.calendar.yearShown(), self.calendar.monthShown())

    # -- painting -------------------------------------------------------------
    def _paint_days(self) -> None:
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clear all
        if self.bookable is None:
            return
        theme = style.current_theme()
        self._paint_day_names(theme)
        dim = QTextCharFormat()
        dim.setForeground(QBrush(self.palette().color(self.palette().ColorRole.PlaceholderText)))
        day, last = self.bookable
        while day <= last:
            slots = self.slots_by_day.get(day, [])
            fmt = self._free_format(len(slots), theme.free_day) if slots else dim
            self.calendar.setDateTextFormat(_qdate(day), fmt)
            day += timedelta(days=1)

    def _free_format(self, count: int, colours: tuple[str, str]) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setFontWeight(700)
        fmt.setFontUnderline(True)
        background, text = colours
        fmt.setBackground(QBrush(QColor(background)))
        fmt.setForeground(QBrush(QColor(text)))
        fmt.setToolTip(self.tr("%n free time(s)", "", count))
        return fmt

    def _paint_day_names(self, theme: style.Theme) -> None:
        """Sunday red, Saturday blue (as in Japanese calendars), readable on either theme."""
        for day, colour in (
            (Qt.DayOfWeek.Sunday, theme.sunday),
            (Qt.DayOfWeek.Saturday, theme.saturday),
        ):
            fmt = QTextCharFormat()
            fmt.setForeground(QBrush(QColor(colour)))
            self.calendar.setWeekdayTextFormat(day, fmt)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            # the OS switched between light and dark
            self._paint_days()
        super().changeEvent(event)

    def _page_changed(self, year: int, month: int) -> None:
        self.monthRequested.emit(year, month)

    def _day_changed(self) -> None:
        self._show_day()

    def _show_day(self) -> None:
        """List the chosen day's times; a time chosen before stays chosen if still free."""
        previous = self.selected_slot()
        day = self.selected_day()
        self.day_label.setText(format_day(day))
        self.times.blockSignals(True)
        self.times.clear()
        for slot in self.slots_by_day.get(day, []):
            item = QListWidgetItem(self._slot_text(slot))
            item.setData(Qt.ItemDataRole.UserRole, slot)
            self.times.addItem(item)
        kept = previous is not None and self.select_slot(previous.id)
        self.times.blockSignals(False)
        self.empty_label.setText(self._empty_text(day))
        self.empty_label.setVisible(bool(self.empty_label.text()))
        self.slotChosen.emit(self.selected_slot() if kept else None)

    def _empty_text(self, day: date) -> str:
        if day in self.busy_days:
            return self.tr(
                "You already have a session on this day. Only one session a day is possible."
            )
        if self.slots_by_day.get(day):
            return self.tr("Choose a time:")
        if (day.year, day.month) not in self.loaded_months:
            return self.tr("Looking for free times…")
        return self.tr("No free times on this day. Days in bold have free times.")

    def _slot_text(self, slot: Slot) -> str:
        text = self.tr("{start} – {end}   ({places})").format(
            start=format_time(slot.start),
            end=format_time(slot.end),
            places=self.tr("%n place(s) left", "", slot.available),
        )
        # The wide gap (kept by the translations) becomes a line break: the time
        # stays on one line and the places count reads whole on the next.
        return text.replace("   ", "\n", 1)

    def _time_changed(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        self.slotChosen.emit(item.data(Qt.ItemDataRole.UserRole) if item is not None else None)
