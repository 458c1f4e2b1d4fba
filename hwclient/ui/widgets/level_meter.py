"""Microphone level: a bar that moves when the person speaks, plus the words for it.

`LevelMeter` draws the level as a bar with tick marks and a text percentage,
and remembers whether any voice-level sound was heard, which the page
reports in words ("We can hear you"). The levels come from
`microphone.MicrophoneMonitor`; this module needs no QtMultimedia, so the
page can show the bar before that (heavier) library is loaded.
"""

from __future__ import annotations

from array import array

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

HEARD_THRESHOLD = 0.12  # a normal speaking voice near a laptop microphone
FULL_SCALE = 32768.0


def peak_level(pcm: bytes) -> float:
    """Peak of little-endian signed 16-bit samples, 0.0 … 1.0."""
    usable = len(pcm) - len(pcm) % 2
    if usable <= 0:
        return 0.0
    samples = array("h")
    samples.frombytes(pcm[:usable])
    peak = max(max(samples), -min(samples))
    return min(1.0, peak / FULL_SCALE)


class LevelMeter(QWidget):
    """A horizontal bar with ten ticks; the level is also the accessible value."""

    heard = Signal()  # first time the level passed the speaking threshold

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.level = 0.0
        self.was_heard = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def sizeHint(self) -> QSize:
        return QSize(240, max(24, self.fontMetrics().height() + 8))

    def reset(self) -> None:
        self.level = 0.0
        self.was_heard = False
        self.update()

    def set_level(self, level: float) -> None:
        # Fast attack, slow release: speech looks steady instead of flickering.
        level = max(0.0, min(1.0, level))
        self.level = level if level > self.level else self.level * 0.8 + level * 0.2
        self.setAccessibleDescription(f"{round(self.level * 100)} %")
        if level >= HEARD_THRESHOLD and not self.was_heard:
            self.was_heard = True
            self.heard.emit()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(rect, 4, 4)
        filled = QRectF(rect.x(), rect.y(), rect.width() * self.level, rect.height())
        painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(filled, 4, 4)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        for tick in range(1, 10):
            x = rect.x() + rect.width() * tick / 10
            painter.drawLine(int(x), int(rect.bottom() - 5), int(x), int(rect.bottom()))
        painter.end()
